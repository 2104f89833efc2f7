package vn.cdgd.staging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.types.StructType;
import vn.cdgd.store.VersionCheckFailure;

/**
 * Checks a written staging version before it is published: every table is there with the schema
 * of {@link StagingTables} and the number of rows its write job counted. The files are checked by
 * their Parquet footers (schema and row counts), read on the driver: reading every table back
 * through Spark would cost a Spark job per table for what the footers already say. Files of years
 * carried from the previous version are checked like the ones written.
 */
final class StagingCheck {
  private StagingCheck() {}

  static void verify(Path version, Map<String, Long> expectedRows) {
    verify(version, StagingTables.SCHEMAS, expectedRows);
  }

  /** The same check on any set of tables (the restricted store's). */
  static void verify(Path version, Map<String, StructType> schemas, Map<String, Long> expectedRows) {
    Configuration hadoop = new Configuration();
    for (Map.Entry<String, StructType> table : schemas.entrySet()) {
      List<Path> files = StagingLayout.parquetFiles(version.resolve(table.getKey()));
      if (files.isEmpty()) {
        throw new VersionCheckFailure("staging table " + table.getKey() + " has no Parquet file in " + version);
      }
      String[] expected = table.getValue().fieldNames();
      long rows = 0;
      for (Path file : files) {
        try (ParquetFileReader reader = ParquetFileReader.open(
            HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), hadoop))) {
          String[] written = reader.getFooter().getFileMetaData().getSchema().getFields().stream()
              .map(Type::getName).toArray(String[]::new);
          if (!Arrays.equals(written, expected)) {
            throw new VersionCheckFailure(
                "staging table " + table.getKey() + " has columns " + Arrays.toString(written)
                    + ", expected " + Arrays.toString(expected));
          }
          rows += reader.getRecordCount();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the footer of " + file, e);
        }
      }
      Long wanted = expectedRows.get(table.getKey());
      if (wanted == null || rows != wanted) {
        throw new VersionCheckFailure(
            "staging table " + table.getKey() + " has " + rows + " rows, expected " + wanted);
      }
    }
  }

  /** The rows the files hold, by their footers. */
  static long rows(List<Path> files) {
    long rows = 0;
    for (long inFile : rowsOfEach(files)) {
      rows += inFile;
    }
    return rows;
  }

  /** The rows each file holds, by its footer, in the order of {@code files}. */
  static long[] rowsOfEach(List<Path> files) {
    Configuration hadoop = new Configuration();
    long[] rows = new long[files.size()];
    for (int i = 0; i < rows.length; i++) {
      Path file = files.get(i);
      try (ParquetFileReader reader = ParquetFileReader.open(
          HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), hadoop))) {
        rows[i] = reader.getRecordCount();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the footer of " + file, e);
      }
    }
    return rows;
  }
}
