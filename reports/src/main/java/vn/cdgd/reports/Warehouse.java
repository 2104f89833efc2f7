package vn.cdgd.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import vn.cdgd.duckdb.DuckDb;
import vn.cdgd.duckdb.WarehouseViews;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One published warehouse version read through DuckDB in memory, one view per table folder (the
 * analysts' contract of {@code cdgd sql}, built by the same {@link WarehouseViews}). Rows come back
 * as maps of column name to value.
 */
final class Warehouse implements AutoCloseable {
  private final Connection connection;

  private Warehouse(Connection connection) {
    this.connection = connection;
  }

  /**
   * The warehouse at {@code version} (a version folder or the {@code current} link); DuckDB's home
   * and extension folders are kept in {@code duckdbHome}, so nothing goes to {@code ~/.duckdb}.
   */
  static Warehouse open(Path version, Path duckdbHome) {
    if (!Files.isDirectory(version)) {
      throw new ReportException(ReportException.Kind.CONFIG,
          "Chưa có kho dữ liệu đã công bố tại " + version + ". Hãy chạy cdgd build (hoặc cdgd run) trước.");
    }
    Connection connection = DuckDb.inMemory(duckdbHome);
    try (Statement statement = connection.createStatement()) {
      Path folder = version.toRealPath();
      for (Path table : WarehouseViews.tableFolders(folder)) {
        statement.execute(WarehouseViews.createView(table));
      }
      // The reports read the published version and nothing else, whatever their SQL says.
      DuckDb.lockTo(connection, folder);
      return new Warehouse(connection);
    } catch (SQLException | IOException e) {
      closeQuietly(connection);
      throw new IllegalStateException("cannot open the warehouse at " + version + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  /** Rows of a query with {@code ?} parameters, in the query's order. */
  List<Map<String, Object>> rows(String sql, Object... parameters) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            Object value = rs.getObject(c);
            row.put(meta.getColumnLabel(c), value instanceof java.math.BigDecimal big ? big.doubleValue() : value);
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + e.getMessage() + "\n" + sql, e);
    }
  }

  boolean exists(String sql, Object... parameters) {
    return !rows(sql, parameters).isEmpty();
  }

  @Override
  public void close() {
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // An in-memory database loses nothing on close.
    }
  }
}
