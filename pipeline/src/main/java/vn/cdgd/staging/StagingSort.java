package vn.cdgd.staging;

import vn.cdgd.parquet.SparkValueOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * The order of a staging table's rows inside a year's file: school year, unit, submission, then
 * the columns that tell a submission's rows apart. The same rows thus always give the same file,
 * whichever order tasks and runs produced them in. Strings compare by code point, which is the
 * order of their UTF-8 bytes (Spark's order, in which files written by Spark were sorted), nulls
 * first.
 */
final class StagingSort {
  private StagingSort() {}

  static List<String> keys(String table) {
    List<String> keys = new ArrayList<>(List.of("school_year", "unit_code", "submission_id"));
    switch (table) {
      case StagingTables.FIGURE -> keys.add("field_code");
      case StagingTables.AWARD, StagingTables.OFFICER, StagingTables.AWARD_RECIPIENT,
          StagingTables.OFFICER_IDENTITY -> keys.add("row_number");
      // Every column: two issues may share a cell and a rule.
      case StagingTables.ISSUE -> keys.addAll(List.of("origin", "sheet", "cell", "rule", "message", "file",
          "field_code", "value", "level"));
      default -> keys.add("file");
    }
    return keys;
  }

  /** The order of {@code table}'s rows, which have {@code schema}'s columns. */
  static Comparator<Row> of(String table, StructType schema) {
    List<String> keys = keys(table);
    int[] positions = keys.stream().mapToInt(schema::fieldIndex).toArray();
    return (a, b) -> {
      for (int p : positions) {
        int c = SparkValueOrder.compare(a.get(p), b.get(p));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }

}
