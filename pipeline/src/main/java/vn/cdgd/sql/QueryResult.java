package vn.cdgd.sql;

import java.util.List;

/**
 * What one statement gave back, small enough for a console to print: its columns and its rows as
 * plain Java values ({@link ValueReader} says which). A statement that returns no rows (a {@code
 * SET}, a {@code CREATE TEMP TABLE}) has no columns and {@link #hasRows()} false.
 */
public record QueryResult(List<Column> columns, List<List<Object>> rows, boolean hasRows) {

  public QueryResult {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** The result of a statement that returns no rows. */
  public static QueryResult done() {
    return new QueryResult(List.of(), List.of(), false);
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  /** A column as DuckDB typed it: {@code type} is DuckDB's name, such as {@code DECIMAL(18,3)}. */
  public record Column(String name, String type) {

    /** Numbers are right-aligned in the table and written as JSON numbers. */
    public boolean numeric() {
      String base = type.replaceFirst("\\(.*", "").trim();
      return switch (base) {
        case "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT",
            "UINTEGER", "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE", "DECIMAL" -> true;
        default -> false;
      };
    }
  }
}
