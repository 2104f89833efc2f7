package vn.cdgd.build;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.cdgd.spark.CountedWrite;
import vn.cdgd.store.VersionedStore;

/**
 * Writes one warehouse table into a version folder: partitioned by school year when it has one (so
 * a query on one year reads one folder), rows sorted so the same inputs give the same files. Each
 * school year is one file whichever way the rows reach the writer: a small table is written by one
 * task with no shuffle before it; a large one is first spread by year over the cluster.
 */
final class WarehouseWriter {
  private WarehouseWriter() {}

  static long write(SparkSession spark, String table, Dataset<Row> rows, Path version, boolean oneTask) {
    List<String> columns = Arrays.asList(rows.columns());
    Column[] order = columns.stream().filter(c -> !c.equals("value")).map(c -> col(c)).toArray(Column[]::new);
    String path = version.resolve(table).toString();
    boolean byYear = byYear(table, columns);
    // One write job per table, the rows counted as they pass into the files (CountedWrite).
    // One sorted file per year (or per table): no global sort job, and the same rows give the same
    // file. coalesce(1) keeps a small table off the shuffle that repartition costs: adaptive
    // execution runs each shuffle as a Spark job of its own.
    Dataset<Row> spread = oneTask ? rows.coalesce(1) : byYear ? rows.repartition(col("school_year")) : rows.repartition(1);
    CountedWrite counting = CountedWrite.of(spark, table, spread.sortWithinPartitions(order));
    if (byYear) {
      counting.rows().write().mode("errorifexists").partitionBy("school_year").parquet(path);
    } else {
      counting.rows().write().mode("errorifexists").parquet(path);
    }
    long count = counting.count();
    if (byYear && count == 0) {
      // An empty table written by partition leaves no file at all; unpartitioned, Spark writes one
      // file with the schema, so the table still exists for DuckDB and the analysts' views.
      VersionedStore.deleteTree(version.resolve(table));
      rows.limit(0).repartition(1).write().mode("errorifexists").parquet(path);
    }
    return count;
  }

  /** Whether a table is written as one folder per school year: a table of facts or marts by year. */
  static boolean byYear(String table, List<String> columns) {
    return columns.contains("school_year")
        && !table.equals("dim_school_year") && !table.equals("mart_target_progress");
  }
}
