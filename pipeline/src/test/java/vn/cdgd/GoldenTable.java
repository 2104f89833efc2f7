package vn.cdgd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A warehouse table as text that is the same on every machine: its key columns first, then the
 * others in the table's order; rows sorted by the key (plain string order, no locale); doubles
 * rounded to {@value #DECIMALS} decimal places and written without exponent or trailing zeros;
 * null as {@code \N}. Compared row by row with a golden CSV file, so a difference names the table,
 * the row's key, the column and both values.
 */
public record GoldenTable(
    String name, List<String> key, List<String> columns, List<List<String>> rows) {
  public static final int DECIMALS = 6;
  /** {@code -Dgolden.update=true} rewrites the golden files from what the code produces now. */
  public static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final String NULL = "\\N";
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setNullString(NULL).setRecordSeparator("\n").get();
  private static final int SHOWN = 20;

  public GoldenTable {
    int[] keyAt = key.stream().mapToInt(columns::indexOf).toArray();
    for (int i = 0; i < keyAt.length; i++) {
      if (keyAt[i] != i) {
        throw new IllegalArgumentException(
            name + ": key " + key + " must be the first columns of " + columns);
      }
    }
    Comparator<List<String>> byKey = (a, b) -> 0;
    for (int i = 0; i < key.size(); i++) {
      int column = i;
      byKey = byKey.thenComparing(
          row -> row.get(column), Comparator.nullsFirst(Comparator.naturalOrder()));
    }
    List<List<String>> sorted = new ArrayList<>(rows);
    sorted.sort(byKey);
    rows = List.copyOf(sorted.stream().map(java.util.Collections::unmodifiableList).toList());
  }

  /**
   * The Parquet table under {@code folder} (hive partitions included) as DuckDB reads it, without
   * the {@code omitted} columns.
   */
  public static GoldenTable read(
      String name, Path folder, List<String> key, java.util.Set<String> omitted) {
    Properties properties = new Properties();
    properties.setProperty("autoinstall_known_extensions", "false");
    properties.setProperty("autoload_known_extensions", "false");
    String sql = "select * from read_parquet('" + folder + "/**/*.parquet',"
        + " hive_partitioning = true, hive_types_autocast = false)";
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:", properties);
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      List<String> inFile = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        inFile.add(meta.getColumnName(i));
      }
      List<String> columns = new ArrayList<>(key);
      inFile.stream().filter(c -> !key.contains(c) && !omitted.contains(c)).forEach(columns::add);
      List<List<String>> rows = new ArrayList<>();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (String column : columns) {
          row.add(format(rs.getObject(inFile.indexOf(column) + 1)));
        }
        rows.add(row);
      }
      return new GoldenTable(name, key, columns, rows);
    } catch (SQLException e) {
      throw new IllegalStateException(name + ": " + sql, e);
    }
  }

  /** One value as written in a golden file. */
  public static String format(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return Double.toString(d);
      }
      BigDecimal rounded =
          BigDecimal.valueOf(d).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
      return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    // Strings, whole numbers, booleans, and dates (ISO in both java.sql and java.time).
    return value.toString();
  }

  public String csv() {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord(columns);
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public static GoldenTable parse(String name, List<String> key, String csv) {
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), FORMAT)) {
      List<CSVRecord> records = parser.getRecords();
      List<String> columns = records.isEmpty() ? List.of() : records.get(0).toList();
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : records.subList(Math.min(1, records.size()), records.size())) {
        rows.add(new ArrayList<>(record.toList()));
      }
      return new GoldenTable(name, key, columns, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What differs from {@code golden}, one line each (the first {@value #SHOWN} and a count of the
   * rest): other columns, a key twice, rows missing or new, and each value that changed.
   */
  public List<String> differencesFrom(GoldenTable golden) {
    List<String> found = new ArrayList<>();
    if (!columns.equals(golden.columns)) {
      found.add(name + ": columns are " + columns + ", the golden file has " + golden.columns);
      return found;
    }
    Map<List<String>, List<String>> expected = byKey(golden, found);
    Map<List<String>, List<String>> actual = byKey(this, found);
    for (Map.Entry<List<String>, List<String>> row : expected.entrySet()) {
      List<String> now = actual.get(row.getKey());
      if (now == null) {
        found.add(
            name + " " + describe(row.getKey()) + ": in the golden file, no longer in the table");
        continue;
      }
      for (int i = key.size(); i < columns.size(); i++) {
        String was = row.getValue().get(i);
        String is = now.get(i);
        if (!java.util.Objects.equals(was, is)) {
          found.add(name + " " + describe(row.getKey()) + " " + columns.get(i)
              + ": golden " + shown(was) + ", now " + shown(is));
        }
      }
    }
    for (List<String> now : actual.keySet()) {
      if (!expected.containsKey(now)) {
        found.add(name + " " + describe(now) + ": new in the table, not in the golden file");
      }
    }
    if (found.size() > SHOWN) {
      int more = found.size() - SHOWN;
      found = new ArrayList<>(found.subList(0, SHOWN));
      found.add("… and " + more + " more");
    }
    return found;
  }

  /**
   * Fails unless this table equals the golden file (which must exist); with {@code
   * -Dgolden.update=true} writes the file first.
   */
  public void assertMatchesGolden(Path file) {
    try {
      if (UPDATE) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv(), StandardCharsets.UTF_8);
      }
      assertThat(file)
          .as("golden file of " + name + " (mvn test -Dgolden.update=true writes it)")
          .isRegularFile();
      GoldenTable golden = parse(name, key, Files.readString(file, StandardCharsets.UTF_8));
      assertThat(differencesFrom(golden))
          .as(name + " against " + file + " (mvn test -Dgolden.update=true rewrites it)")
          .isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<List<String>, List<String>> byKey(GoldenTable table, List<String> found) {
    Map<List<String>, List<String>> rows = new LinkedHashMap<>();
    for (List<String> row : table.rows) {
      List<String> rowKey = row.subList(0, key.size());
      if (rows.put(rowKey, row) != null) {
        found.add(table == this ? name + " " + describe(rowKey) + ": key twice in the table"
            : name + " " + describe(rowKey) + ": key twice in the golden file");
      }
    }
    return rows;
  }

  private String describe(List<String> rowKey) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < key.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(key.get(i)).append('=').append(shown(rowKey.get(i)));
    }
    return text.append(']').toString();
  }

  private static String shown(String value) {
    return value == null ? "null" : value;
  }
}
