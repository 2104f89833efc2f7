package vn.cdgd.sql;

import vn.cdgd.reports.duckdb.DuckDb;
import vn.cdgd.reports.duckdb.WarehouseViews;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cdgd.conf.Workspace;

/**
 * SQL over the published warehouse, through DuckDB in memory: the views of the analysts' contract
 * ({@code dim_unit}, {@code fct_figure}, {@code mart_indicator}, …) and nothing from staging. The
 * {@code current} link is resolved once, when the console opens, so a build that publishes a new
 * version meanwhile does not change the data under a running session. No Spark here: a question
 * must answer in a second, not after a JVM full of Spark has started.
 */
public final class WarehouseConsole implements AutoCloseable {
  private final Connection connection;
  private final Path version;
  private final List<String> views;

  private WarehouseConsole(Connection connection, Path version, List<String> views) {
    this.connection = connection;
    this.version = version;
    this.views = List.copyOf(views);
  }

  /**
   * The console over the workspace's published warehouse; DuckDB's home and extension folder are
   * kept in the workspace's output folder, so nothing is written to {@code ~/.duckdb}.
   *
   * @throws WarehouseNotPublishedException when no build has published a warehouse yet
   */
  public static WarehouseConsole open(Workspace workspace) {
    Path link = workspace.warehouse().resolve("current");
    if (!Files.isDirectory(link)) {
      throw new WarehouseNotPublishedException(link);
    }
    return open(realPath(link), workspace.output().resolve(".duckdb"));
  }

  /** The console over one version folder (or a {@code current} link, resolved now). */
  public static WarehouseConsole open(Path currentVersionFolder) {
    if (!Files.isDirectory(currentVersionFolder)) {
      throw new WarehouseNotPublishedException(currentVersionFolder);
    }
    Path home = Path.of(System.getProperty("java.io.tmpdir"), "cdgd-duckdb");
    return open(realPath(currentVersionFolder), home);
  }

  private static WarehouseConsole open(Path version, Path duckdbHome) {
    Connection connection = DuckDb.inMemory(duckdbHome);
    try (Statement statement = connection.createStatement()) {
      List<String> views = new ArrayList<>();
      for (Path table : WarehouseViews.tableFolders(version)) {
        statement.execute(WarehouseViews.createView(table));
        views.add(table.getFileName().toString());
      }
      return new WarehouseConsole(connection, version, views);
    } catch (SQLException e) {
      close(connection);
      throw new IllegalStateException("cannot create the views over " + version + ": " + e.getMessage(), e);
    }
  }

  /** The version folder the views read, resolved from {@code current} at open. */
  public Path version() {
    return version;
  }

  /** The views, one per warehouse table, sorted by name. */
  public List<String> views() {
    return views;
  }

  /** Each view's column names, in the order of its columns. */
  public Map<String, List<String>> columns() {
    Map<String, List<String>> columns = new LinkedHashMap<>();
    views.forEach(view -> columns.put(view, new ArrayList<>()));
    QueryResult described = query(
        "select table_name, column_name from information_schema.columns"
            + " where table_schema = 'main' order by table_name, ordinal_position");
    for (List<Object> row : described.rows()) {
      List<String> names = columns.get((String) row.get(0));
      if (names != null) {
        names.add((String) row.get(1));
      }
    }
    return columns;
  }

  /**
   * Runs one statement.
   *
   * @throws QueryFailedException with DuckDB's message when DuckDB refuses it
   */
  public QueryResult query(String sql) {
    try (Statement statement = connection.createStatement()) {
      if (!statement.execute(sql)) {
        return QueryResult.done();
      }
      try (ResultSet rs = statement.getResultSet()) {
        return read(rs);
      }
    } catch (SQLException e) {
      throw new QueryFailedException(QueryFailedException.shorten(e.getMessage()), e);
    }
  }

  /** Runs every statement of a script in order and returns their results; stops at a failure. */
  public List<QueryResult> run(String script) {
    List<QueryResult> results = new ArrayList<>();
    for (String statement : SqlScript.split(script).all()) {
      results.add(query(statement));
    }
    return results;
  }

  private static QueryResult read(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    List<QueryResult.Column> columns = new ArrayList<>();
    for (int c = 1; c <= meta.getColumnCount(); c++) {
      columns.add(new QueryResult.Column(meta.getColumnLabel(c), meta.getColumnTypeName(c)));
    }
    List<List<Object>> rows = new ArrayList<>();
    while (rs.next()) {
      List<Object> row = new ArrayList<>(columns.size());
      for (int c = 1; c <= columns.size(); c++) {
        row.add(ValueReader.read(rs, c, columns.get(c - 1).type()));
      }
      rows.add(row);
    }
    return new QueryResult(columns, rows, true);
  }

  @Override
  public void close() {
    close(connection);
  }

  private static void close(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // Closing an in-memory database loses nothing.
    }
  }

  private static Path realPath(Path link) {
    try {
      return link.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + link, e);
    }
  }
}
