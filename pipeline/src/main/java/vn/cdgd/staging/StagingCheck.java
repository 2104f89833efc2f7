package vn.cdgd.staging;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Checks a written staging version before it is published: every table is there with the schema
 * of {@link StagingTables} and the number of rows that was meant to be written.
 */
final class StagingCheck {
  private StagingCheck() {}

  static void verify(SparkSession spark, Path version, Map<String, Long> expectedRows) {
    verify(spark, version, StagingTables.SCHEMAS, expectedRows);
  }

  /** The same check on any set of tables (the restricted store's). */
  static void verify(SparkSession spark, Path version, Map<String, StructType> schemas, Map<String, Long> expectedRows) {
    for (Map.Entry<String, StructType> table : schemas.entrySet()) {
      Path folder = version.resolve(table.getKey());
      StructType written = spark.read().parquet(folder.toString()).schema();
      String[] expected = table.getValue().fieldNames();
      if (!Arrays.equals(written.fieldNames(), expected)) {
        throw new IllegalStateException(
            "staging table " + table.getKey() + " has columns " + Arrays.toString(written.fieldNames())
                + ", expected " + Arrays.toString(expected));
      }
      long rows = spark.read().parquet(folder.toString()).count();
      Long wanted = expectedRows.get(table.getKey());
      if (wanted == null || rows != wanted) {
        throw new IllegalStateException(
            "staging table " + table.getKey() + " has " + rows + " rows, expected " + wanted);
      }
    }
  }
}
