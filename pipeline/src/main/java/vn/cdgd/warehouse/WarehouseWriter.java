package vn.cdgd.warehouse;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Writes one warehouse table into a version folder: partitioned by school year when it has one (so
 * a query on one year reads one folder), rows sorted so the same inputs give the same files.
 */
final class WarehouseWriter {
  private WarehouseWriter() {}

  static long write(SparkSession spark, String table, Dataset<Row> rows, Path version) {
    List<String> columns = Arrays.asList(rows.columns());
    Column[] order = columns.stream().filter(c -> !c.equals("value")).map(c -> col(c)).toArray(Column[]::new);
    String path = version.resolve(table).toString();
    boolean byYear = columns.contains("school_year")
        && !table.equals("dim_school_year") && !table.equals("mart_target_progress");
    // One write job per table, the rows counted as they pass into the files (an accumulator of
    // the write's own result stage, applied once per task): no job of its own to count them.
    LongAccumulator counted = spark.sparkContext().longAccumulator("cdgd rows of " + table);
    // One sorted file per partition: no global sort job, and the same rows give the same file.
    Dataset<Row> sorted = (byYear ? rows.repartition(col("school_year")) : rows.repartition(1))
        .sortWithinPartitions(order);
    Dataset<Row> counting = sorted.mapPartitions(
        (MapPartitionsFunction<Row, Row>) partition -> new Counting(partition, counted),
        Encoders.row(rows.schema()));
    if (byYear) {
      counting.write().mode("errorifexists").partitionBy("school_year").parquet(path);
    } else {
      counting.write().mode("errorifexists").parquet(path);
    }
    long count = counted.value();
    if (byYear && count == 0) {
      // An empty table written by partition leaves no file at all; unpartitioned, Spark writes one
      // file with the schema, so the table still exists for DuckDB and the analysts' views.
      deleteTree(version.resolve(table));
      rows.limit(0).repartition(1).write().mode("errorifexists").parquet(path);
    }
    return count;
  }

  /** Passes rows through, counting them. */
  private record Counting(Iterator<Row> rows, LongAccumulator counted) implements Iterator<Row> {
    @Override
    public boolean hasNext() {
      return rows.hasNext();
    }

    @Override
    public Row next() {
      counted.add(1);
      return rows.next();
    }
  }

  private static void deleteTree(Path folder) {
    try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(folder)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.delete(p);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot remove " + folder, e);
    }
  }
}
