package vn.cdgd.sql;

import vn.cdgd.duckdb.DuckDb;
import vn.cdgd.duckdb.WarehouseViews;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBResultSetMetaData;
import org.duckdb.StatementReturnType;
import vn.cdgd.conf.Workspace;

/**
 * SQL over the published warehouse, through DuckDB in memory: the views of the analysts' contract
 * ({@code dim_unit}, {@code fct_figure}, {@code mart_indicator}, …) and nothing from staging. The
 * {@code current} link is resolved once, when the console opens, so a build that publishes a new
 * version meanwhile does not change the data under a running session. No Spark here: a question
 * must answer in a second, not after a JVM full of Spark has started.
 *
 * <p>The console only reads that version: DuckDB is {@link DuckDb#lockTo locked} to its folder
 * (no file elsewhere, no extension, no setting changed) and {@link ReadOnlyGate} refuses every
 * statement that is not a query, so an analyst can neither read staging's personal data nor change
 * what the reports print.
 */
public final class WarehouseConsole implements AutoCloseable {
  private static final Pattern FORBIDDEN_FILE =
      Pattern.compile("Permission Error: Cannot access (?:file|directory) \"([^\"]*)\"");

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
    // On HDFS, current names the version and DuckDB reads a local copy of it.
    Path version = new vn.cdgd.store.VersionedStore(workspace.warehouse()).currentReadable()
        .orElseThrow(() -> new WarehouseNotPublishedException(link));
    return open(realPath(version), workspace.output().resolve(".duckdb"));
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
      DuckDb.lockTo(connection, version);
      return new WarehouseConsole(connection, version, views);
    } catch (SQLException | RuntimeException e) {
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
   * Refuses, before anything of a script runs, a statement that would do more than read (a text
   * that is not valid SQL passes here: {@link #query} gives DuckDB's message for it in its turn).
   *
   * @throws QueryFailedException saying why in Vietnamese
   */
  public void checkReadOnly(String sql) {
    ReadOnlyGate.refuseUnlessRead(connection, sql);
  }

  /**
   * Runs one statement that only reads.
   *
   * @throws QueryFailedException with DuckDB's message when DuckDB refuses it, or with the reason
   *     when it is not a read or reaches for a file outside the warehouse
   */
  public QueryResult query(String sql) {
    ReadOnlyGate.check(connection, sql);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      // The parser's verdict, checked again on the prepared plan: a read returns rows.
      if (statement.getMetaData() instanceof DuckDBResultSetMetaData meta
          && meta.getReturnType() != StatementReturnType.QUERY_RESULT) {
        throw ReadOnlyGate.refusal(sql);
      }
      if (!statement.execute()) {
        return QueryResult.done();
      }
      try (ResultSet rs = statement.getResultSet()) {
        return read(rs);
      }
    } catch (SQLException e) {
      throw new QueryFailedException(message(e), e);
    }
  }

  /** DuckDB's message, or what the lock means when the statement reached for a file. */
  private static String message(SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    Matcher file = FORBIDDEN_FILE.matcher(message);
    if (file.find()) {
      return "Bảng điều khiển SQL chỉ đọc được các view của kho dữ liệu đã công bố: không được mở"
          + " tệp \"" + file.group(1) + "\" (các tệp ngoài kho, như staging, chứa dữ liệu cá nhân"
          + " hoặc không dành cho phân tích). Hãy truy vấn các view (gõ .views để xem).";
    }
    return QueryFailedException.shorten(message);
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
