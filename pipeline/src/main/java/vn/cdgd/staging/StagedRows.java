package vn.cdgd.staging;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import vn.cdgd.reports.duckdb.DuckDb;

/**
 * Reads a written staging version back on the driver with DuckDB, never Spark: which files are
 * staged under a read fingerprint (so an incremental ingest skips them), and the submissions and
 * issues of a batch for its summary and error reports. A batch of files already staged thus needs
 * no Spark at all.
 */
final class StagedRows {
  private final Path duckdbHome;

  StagedRows(Path duckdbHome) {
    this.duckdbHome = duckdbHome;
  }

  /** The submissions of a version read under {@code fingerprint}; none for a version older than fingerprints. */
  Set<String> readUnder(Path version, String fingerprint) {
    Set<String> ids = new HashSet<>();
    try (Connection duck = DuckDb.inMemory(duckdbHome);
        PreparedStatement query = duck.prepareStatement(
            "select submission_id from read_parquet(?) where read_with = ?")) {
      query.setString(1, glob(version, StagingTables.SUBMISSION));
      query.setString(2, fingerprint);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    } catch (SQLException e) {
      // A version written before fingerprints has no read_with column: every file is read again.
      return Set.of();
    }
    return ids;
  }

  /** One staged submission, as {@code cdgd status} compares it with the folder. */
  record Staged(String submissionId, String file, String status, boolean current, String readWith,
      int errors, int warnings) {}

  /** Every submission of a version, by id; {@code readWith} is null in a version older than fingerprints. */
  java.util.Map<String, Staged> all(Path version) {
    java.util.Map<String, Staged> staged = new java.util.HashMap<>();
    try (Connection duck = DuckDb.inMemory(duckdbHome); Statement statement = duck.createStatement();
        ResultSet r = statement.executeQuery(
            "select * from read_parquet('" + glob(version, StagingTables.SUBMISSION).replace("'", "''") + "')")) {
      boolean fingerprinted = hasColumn(r, "read_with");
      while (r.next()) {
        staged.put(r.getString("submission_id"), new Staged(r.getString("submission_id"), r.getString("file"),
            r.getString("status"), r.getBoolean("is_current"), fingerprinted ? r.getString("read_with") : null,
            r.getInt("error_count"), r.getInt("warning_count")));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the staging version " + version + ": " + e.getMessage(), e);
    }
    return staged;
  }

  private static boolean hasColumn(ResultSet rows, String name) throws SQLException {
    java.sql.ResultSetMetaData meta = rows.getMetaData();
    for (int c = 1; c <= meta.getColumnCount(); c++) {
      if (meta.getColumnName(c).equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The batch's submissions and issues as the version holds them (after the whole-staging rules). */
  StagingJob.Result batch(Path version, Collection<String> submissionIds) {
    try (Connection duck = DuckDb.inMemory(duckdbHome); Statement statement = duck.createStatement()) {
      statement.execute("create table batch_ids (id varchar)");
      try (DuckDBAppender appender = ((DuckDBConnection) duck).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "batch_ids")) {
        for (String id : submissionIds) {
          appender.beginRow();
          appender.append(id);
          appender.endRow();
        }
      }
      List<StagingJob.BatchSubmission> submissions = new ArrayList<>();
      try (ResultSet r = statement.executeQuery(
          "select submission_id, file, unit_code, unit_name, school_year, status, is_current, error_count,"
              + " warning_count from read_parquet('" + glob(version, StagingTables.SUBMISSION).replace("'", "''")
              + "') where submission_id in (select id from batch_ids) order by file")) {
        while (r.next()) {
          submissions.add(new StagingJob.BatchSubmission(
              r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
              r.getBoolean(7), r.getInt(8), r.getInt(9)));
        }
      }
      String[] columns = StagingTables.ISSUE_SCHEMA.fieldNames();
      List<Row> issues = new ArrayList<>();
      try (ResultSet r = statement.executeQuery(
          "select " + String.join(", ", columns) + " from read_parquet('"
              + glob(version, StagingTables.ISSUE).replace("'", "''")
              + "') where submission_id in (select id from batch_ids)")) {
        while (r.next()) {
          Object[] values = new Object[columns.length];
          for (int c = 0; c < columns.length; c++) {
            values[c] = r.getString(c + 1);
          }
          issues.add(new GenericRowWithSchema(values, StagingTables.ISSUE_SCHEMA));
        }
      }
      return new StagingJob.Result(version, submissions, issues);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the staging version " + version + ": " + e.getMessage(), e);
    }
  }

  private static String glob(Path version, String table) {
    // DuckDB reads local files only: on HDFS, a local copy of the (never rewritten) table.
    return vn.cdgd.files.WorkspaceFiles.readableCopy(version.resolve(table)).resolve("*.parquet").toString();
  }
}
