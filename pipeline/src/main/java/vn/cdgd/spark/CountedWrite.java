package vn.cdgd.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * Rows counted as they pass into a write: no second job computes them again to count them. The
 * accumulator is updated in the write's own (result) stage, which Spark applies once per task even
 * when a task is retried. Used by the staging and the warehouse writers alike.
 */
public final class CountedWrite {
  private final Dataset<Row> rows;
  private final LongAccumulator counted;

  private CountedWrite(Dataset<Row> rows, LongAccumulator counted) {
    this.rows = rows;
    this.counted = counted;
  }

  /** The same rows, in the same order, counted when a write consumes them. */
  public static CountedWrite of(SparkSession spark, String table, Dataset<Row> rows) {
    LongAccumulator counted = spark.sparkContext().longAccumulator("cdgd rows of " + table);
    Dataset<Row> counting = rows.mapPartitions(
        (MapPartitionsFunction<Row, Row>) partition -> new Counting(partition, counted),
        Encoders.row(rows.schema()));
    return new CountedWrite(counting, counted);
  }

  /** The rows to write. */
  public Dataset<Row> rows() {
    return rows;
  }

  /** How many rows the write wrote; read after the write has run. */
  public long count() {
    return counted.value();
  }

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
}
