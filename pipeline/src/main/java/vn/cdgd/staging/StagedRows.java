package vn.cdgd.staging;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import vn.cdgd.duckdb.DuckDb;

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
      ids(duck, statement, submissionIds);
      List<StagingJob.BatchSubmission> submissions = new ArrayList<>();
      try (ResultSet r = statement.executeQuery(
          "select submission_id, file, unit_code, unit_name, school_year, status, is_current, error_count,"
              + " warning_count, received_at from read_parquet('" + glob(version, StagingTables.SUBMISSION).replace("'", "''")
              + "') where submission_id in (select id from batch_ids) order by file")) {
        while (r.next()) {
          submissions.add(new StagingJob.BatchSubmission(
              r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
              r.getBoolean(7), r.getInt(8), r.getInt(9), r.getObject(10, LocalDateTime.class)));
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

  /** The school year each of {@code ids} is staged under in a version, for those it holds. */
  Map<String, String> yearsOf(Path version, Collection<String> ids) {
    Map<String, String> years = new HashMap<>();
    if (ids.isEmpty()) {
      return years;
    }
    try (Connection duck = DuckDb.inMemory(duckdbHome); Statement statement = duck.createStatement()) {
      ids(duck, statement, ids);
      try (ResultSet r = statement.executeQuery("select submission_id, school_year from "
          + table(version, StagingTables.SUBMISSION) + " where submission_id in (select id from batch_ids)")) {
        while (r.next()) {
          years.put(r.getString(1), r.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the staging version " + version + ": " + e.getMessage(), e);
    }
    return years;
  }

  /** The school years a version holds submissions of, oldest first. */
  List<vn.cdgd.reference.SchoolYear> schoolYears(Path version) {
    List<vn.cdgd.reference.SchoolYear> years = new ArrayList<>();
    try (Connection duck = DuckDb.inMemory(duckdbHome); Statement statement = duck.createStatement();
        ResultSet r = statement.executeQuery("select distinct school_year from "
            + table(version, StagingTables.SUBMISSION) + " where school_year is not null")) {
      while (r.next()) {
        vn.cdgd.reference.SchoolYear.parse(r.getString(1)).ifPresent(years::add);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the staging version " + version + ": " + e.getMessage(), e);
    }
    years.sort(null);
    return years;
  }

  /** By unit code, whether a unit has an accepted submission of the year and its latest file. */
  Map<String, MissingReports.Received> receivedIn(Path version, vn.cdgd.reference.SchoolYear year) {
    Map<String, MissingReports.Received> received = new HashMap<>();
    try (Connection duck = DuckDb.inMemory(duckdbHome);
        PreparedStatement query = duck.prepareStatement(
            "select unit_code, bool_or(status = 'accepted'), arg_max(file, received_at) from "
                + table(version, StagingTables.SUBMISSION)
                + " where school_year = ? and unit_code is not null group by unit_code")) {
      query.setString(1, year.label());
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          received.put(r.getString(1), new MissingReports.Received(r.getBoolean(2), r.getString(3)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the staging version " + version + ": " + e.getMessage(), e);
    }
    return received;
  }

  /** The year folders a version's submissions fill, in either layout. */
  Set<String> buckets(Path version) {
    Set<String> buckets = new java.util.TreeSet<>();
    try (Connection duck = DuckDb.inMemory(duckdbHome); Statement statement = duck.createStatement();
        ResultSet r = statement.executeQuery(
            "select distinct school_year from " + table(version, StagingTables.SUBMISSION))) {
      while (r.next()) {
        buckets.add(StagingLayout.bucket(r.getString(1)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the staging version " + version + ": " + e.getMessage(), e);
    }
    return buckets;
  }

  /**
   * The submissions of a version in the given year folders, as rows of {@code stg_submission}'s
   * schema ({@code read_with} null in a version older than fingerprints).
   */
  List<Row> submissionRows(Path version, Set<String> buckets) {
    List<Row> rows = new ArrayList<>();
    Optional<String> files = files(version.resolve(StagingTables.SUBMISSION), buckets);
    if (files.isEmpty()) {
      return rows;
    }
    String[] columns = StagingTables.SUBMISSION_SCHEMA.fieldNames();
    try (Connection duck = DuckDb.inMemory(duckdbHome); Statement statement = duck.createStatement();
        ResultSet r = statement.executeQuery("select * from " + files.get())) {
      boolean fingerprinted = hasColumn(r, "read_with");
      while (r.next()) {
        if (!buckets.contains(StagingLayout.bucket(r.getString("school_year")))) {
          continue;
        }
        Object[] values = new Object[columns.length];
        values[0] = r.getString("submission_id");
        values[1] = r.getString("school_year");
        values[2] = r.getString("unit_code");
        values[3] = r.getString("unit_name");
        values[4] = r.getString("file");
        values[5] = (Long) r.getObject("size_bytes", Long.class);
        values[6] = r.getObject("received_at", LocalDateTime.class);
        values[7] = r.getString("form_version");
        values[8] = r.getString("status");
        values[9] = (Boolean) r.getObject("is_current", Boolean.class);
        values[10] = (Integer) r.getObject("error_count", Integer.class);
        values[11] = (Integer) r.getObject("warning_count", Integer.class);
        values[12] = fingerprinted ? r.getString("read_with") : null;
        rows.add(RowFactory.create(values));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the staging version " + version + ": " + e.getMessage(), e);
    }
    return rows;
  }

  /** The outlier field of every submission of a version in the given year folders. */
  List<CrossSubmissionRules.OutlierValue> outlierValues(Path version, Set<String> buckets, String field) {
    List<CrossSubmissionRules.OutlierValue> values = new ArrayList<>();
    Optional<String> files = files(version.resolve(StagingTables.FIGURE), buckets);
    if (files.isEmpty()) {
      return values;
    }
    try (Connection duck = DuckDb.inMemory(duckdbHome);
        PreparedStatement query = duck.prepareStatement(
            "select submission_id, school_year, unit_code, sheet, total_cell, field_code, total, total_raw from "
                + files.get() + " where field_code = ? and total is not null")) {
      query.setString(1, field);
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          if (buckets.contains(StagingLayout.bucket(r.getString(2)))) {
            values.add(new CrossSubmissionRules.OutlierValue(r.getString(1), r.getString(2), r.getString(3),
                r.getString(4), r.getString(5), r.getString(6), r.getLong(7), r.getString(8)));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the staging version " + version + ": " + e.getMessage(), e);
    }
    return values;
  }

  /** How many warnings across submissions (outliers) each submission of the given year folders has. */
  Map<String, Long> batchWarnings(Path version, Set<String> buckets) {
    Map<String, Long> counts = new HashMap<>();
    Optional<String> files = files(version.resolve(StagingTables.ISSUE), buckets);
    if (files.isEmpty()) {
      return counts;
    }
    try (Connection duck = DuckDb.inMemory(duckdbHome);
        PreparedStatement query = duck.prepareStatement("select submission_id, school_year, count(*) from "
            + files.get() + " where origin = ? group by 1, 2")) {
      query.setString(1, StagingTables.ORIGIN_BATCH);
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          if (buckets.contains(StagingLayout.bucket(r.getString(2)))) {
            counts.merge(r.getString(1), r.getLong(3), Long::sum);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the staging version " + version + ": " + e.getMessage(), e);
    }
    return counts;
  }

  /** DuckDB's reading of a table's files in those year folders (all files of a flat table); none when there are none. */
  private static Optional<String> files(Path table, Set<String> buckets) {
    List<Path> files = StagingLayout.flat(table)
        ? StagingLayout.parquetFiles(table)
        : StagingLayout.buckets(table).stream().filter(buckets::contains)
            .flatMap(b -> StagingLayout.parquetFiles(table.resolve(b)).stream()).toList();
    if (files.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("read_parquet([" + files.stream().map(f -> "'" + f.toString().replace("'", "''") + "'")
        .collect(java.util.stream.Collectors.joining(", ")) + "], union_by_name = true)");
  }

  private static void ids(Connection duck, Statement statement, Collection<String> ids) throws SQLException {
    statement.execute("create table batch_ids (id varchar)");
    try (DuckDBAppender appender = ((DuckDBConnection) duck).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "batch_ids")) {
      for (String id : ids) {
        appender.beginRow();
        appender.append(id);
        appender.endRow();
      }
    }
  }

  private static String table(Path version, String table) {
    return "read_parquet('" + glob(version, table).replace("'", "''") + "')";
  }

  private static String glob(Path version, String table) {
    // DuckDB reads local files only: on HDFS, a local copy of the (never rewritten) table.
    return StagingLayout.duckDbGlob(vn.cdgd.files.WorkspaceFiles.readableCopy(version.resolve(table)));
  }
}
