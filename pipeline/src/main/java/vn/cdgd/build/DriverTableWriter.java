package vn.cdgd.build;

import vn.cdgd.parquet.SparkValueOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.cdgd.parquet.ParquetRowWriter;

/**
 * Writes a table held on the driver into a version folder exactly as {@link WarehouseWriter} lays
 * a Spark table out (one folder {@code school_year=…} per year without the column in the file, or
 * one file; rows sorted by every column but {@code value}; an empty table by year as one file with
 * the whole schema), but without a Spark job: for a table of a few thousand rows, a Spark write's
 * planning, generated code and task cost seconds, the bytes milliseconds.
 */
final class DriverTableWriter {
  static final String YEAR = "school_year";
  private static final String FILE = "part-00000.snappy.parquet";

  private DriverTableWriter() {}

  static long write(String table, List<Row> rows, StructType schema, Path version, Configuration hadoop) {
    Path folder = version.resolve(table);
    List<String> columns = Arrays.asList(schema.fieldNames());
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(order(schema));
    if (!WarehouseWriter.byYear(table, columns) || sorted.isEmpty()) {
      return ParquetRowWriter.write(folder.resolve(FILE).toUri(), schema, sorted.iterator(), hadoop);
    }
    int year = columns.indexOf(YEAR);
    StructType fileSchema = new StructType(Arrays.stream(schema.fields())
        .filter(f -> !f.name().equals(YEAR)).toArray(StructField[]::new));
    // Null years last in the map, as any order of folders is the same table.
    Map<String, List<Row>> byYear = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    for (Row row : sorted) {
      byYear.computeIfAbsent(row.getString(year), y -> new ArrayList<>()).add(without(row, year));
    }
    long written = 0;
    for (Map.Entry<String, List<Row>> part : byYear.entrySet()) {
      // Spark's own name for the folder, so a null year is __HIVE_DEFAULT_PARTITION__ as Spark writes it.
      String partition = ExternalCatalogUtils.getPartitionPathString(YEAR, part.getKey());
      written += ParquetRowWriter.write(folder.resolve(partition).resolve(FILE).toUri(), fileSchema,
          part.getValue().iterator(), hadoop);
    }
    return written;
  }

  /** Spark's ascending order (nulls first, strings by their UTF-8 bytes) on every column but value. */
  static Comparator<Row> order(StructType schema) {
    Comparator<Row> order = (a, b) -> 0;
    String[] names = schema.fieldNames();
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals("value")) {
        continue;
      }
      int column = i;
      order = order.thenComparing((a, b) -> SparkValueOrder.compare(a.get(column), b.get(column)));
    }
    return order;
  }

  private static Row without(Row row, int column) {
    Object[] values = new Object[row.length() - 1];
    for (int i = 0, j = 0; i < row.length(); i++) {
      if (i != column) {
        values[j++] = row.get(i);
      }
    }
    return RowFactory.create(values);
  }
}
