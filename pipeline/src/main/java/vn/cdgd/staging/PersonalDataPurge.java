package vn.cdgd.staging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.cdgd.duckdb.DuckDb;
import vn.cdgd.store.VersionedStore;

/**
 * {@code cdgd purge}: removes from the restricted store the names and birth years of school years
 * older than the retention. Versions are never changed in place: the purge publishes a new staging
 * version (its tables hard links to the current one's files, so the same bytes) whose restricted
 * twin holds only the years kept (their year folders linked, the older ones left behind; a
 * restricted table written before the layout by year is filtered into a new file), then deletes the older restricted versions, by the same steps as
 * an ingest: a purge that dies leaves the store as it was or as it should be, never between. Run
 * with DuckDB, not Spark: it only filters two small tables.
 */
public final class PersonalDataPurge {
  /** Rows of one restricted table and school year, removed or to be removed. */
  public record Removed(String table, String schoolYear, long rows) {}

  /** What a purge found and whether it applied it. */
  public record Result(List<Removed> removed, boolean applied, Optional<Path> stagingVersion) {}

  private final VersionedStore staging;
  private final RestrictedStore restricted;
  private final Path duckdbHome;
  private final int keepStagingVersions;

  public PersonalDataPurge(VersionedStore staging, RestrictedStore restricted, Path duckdbHome, int keepStagingVersions) {
    this.staging = staging;
    this.restricted = restricted;
    this.duckdbHome = duckdbHome;
    this.keepStagingVersions = keepStagingVersions;
  }

  /**
   * Finds the rows older than the retention and, unless {@code dryRun}, removes them.
   *
   * @throws IllegalStateException when no staging version is published
   */
  public Result run(PersonalDataRetention retention, boolean dryRun) {
    Path current = staging.current().orElseThrow(() -> new IllegalStateException("no staging published"));
    Optional<Path> half = restricted.of(current);
    if (half.isEmpty()) {
      return new Result(List.of(), false, Optional.of(current));
    }
    try (Connection duck = DuckDb.inMemory(duckdbHome); Statement statement = duck.createStatement()) {
      List<Removed> removed = older(statement, half.get(), retention);
      if (removed.isEmpty() || dryRun) {
        return new Result(removed, false, Optional.of(current));
      }
      return new Result(removed, true, Optional.of(publishWithout(statement, current, half.get(), retention)));
    } catch (SQLException e) {
      throw new IllegalStateException("the purge could not read the restricted store: " + e.getMessage(), e);
    }
  }

  private static List<Removed> older(Statement duck, Path half, PersonalDataRetention retention) throws SQLException {
    List<Removed> removed = new ArrayList<>();
    for (String table : StagingTables.RESTRICTED_SCHEMAS.keySet().stream().sorted().toList()) {
      try (ResultSet rs = duck.executeQuery("select school_year, count(*) from " + files(half, table)
          + " where school_year < '" + retention.oldestKept().label() + "' group by 1 order by 1")) {
        while (rs.next()) {
          removed.add(new Removed(table, rs.getString(1), rs.getLong(2)));
        }
      }
    }
    return removed;
  }

  private Path publishWithout(Statement duck, Path current, Path half, PersonalDataRetention retention)
      throws SQLException {
    Path version = staging.begin();
    Path newHalf = restricted.begin(version);
    try {
      linkTree(current, version);
      for (String table : StagingTables.RESTRICTED_SCHEMAS.keySet()) {
        if (!StagingLayout.flat(half.resolve(table))) {
          // Laid out by school year: the years kept are linked, the older ones left behind.
          Files.createDirectories(newHalf.resolve(table));
          CarriedYears.carry(half.resolve(table), newHalf.resolve(table), java.util.Set.of(),
              bucket -> retention.keeps(bucket.equals(StagingLayout.NO_YEAR) ? null : bucket));
          if (StagingLayout.parquetFiles(newHalf.resolve(table)).isEmpty()) {
            // Every year purged: an empty file keeps the table and its columns readable.
            Path empty = Files.createDirectories(newHalf.resolve(table).resolve(StagingLayout.NO_YEAR));
            duck.execute("copy (select * from " + files(half, table) + " where false) to '"
                + quoted(empty.resolve("part-00000.parquet")) + "' (format parquet)");
          }
          continue;
        }
        Path folder = Files.createDirectories(newHalf.resolve(table));
        String kept = "select * from " + files(half, table) + " where school_year is null or school_year >= '"
            + retention.oldestKept().label() + "'";
        duck.execute("copy (" + kept + " order by school_year, unit_code, submission_id, row_number) to '"
            + quoted(folder.resolve("part-00000.parquet")) + "' (format parquet)");
        long written = count(duck, "select * from " + files(newHalf, table));
        long meant = count(duck, kept);
        if (written != meant) {
          throw new IllegalStateException(table + ": " + written + " rows written, " + meant + " meant");
        }
      }
      restricted.seal(newHalf);
      staging.publish(version, keepStagingVersions);
      Path published = staging.current().orElseThrow();
      restricted.keepOnly(published);
      return published;
    } catch (IOException e) {
      restricted.abandon(newHalf);
      staging.abandon(version);
      throw new UncheckedIOException("the purge could not write a new version: " + e.getMessage(), e);
    } catch (SQLException | RuntimeException e) {
      restricted.abandon(newHalf);
      staging.abandon(version);
      throw e;
    }
  }

  /** The same files under a new folder: hard links where the file system allows, else copies. */
  private static void linkTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else {
          CarriedYears.link(source, target);
        }
      }
    }
  }

  private static long count(Statement duck, String sql) throws SQLException {
    try (ResultSet rs = duck.executeQuery("select count(*) from (" + sql + ")")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String files(Path half, String table) {
    return "read_parquet('" + StagingLayout.duckDbGlob(half.resolve(table)).replace("'", "''") + "')";
  }

  private static String quoted(Path path) {
    return path.toString().replace("'", "''");
  }
}
