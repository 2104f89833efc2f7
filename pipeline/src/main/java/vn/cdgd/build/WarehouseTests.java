package vn.cdgd.build;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.cdgd.conf.IndicatorDefinition;
import vn.cdgd.duckdb.DuckDb;
import vn.cdgd.duckdb.WarehouseViews;

/**
 * Data tests on a written warehouse version, in the spirit of dbt's: each is a query that returns
 * the offending rows, and any row fails the build, so nothing wrong is published. Every table must
 * also hold the rows that were meant to be written. They read the Parquet with DuckDB, as analysts
 * will, which also proves the files are readable outside Spark (and takes milliseconds, not the
 * seconds of a Spark job each).
 */
public final class WarehouseTests {
  private WarehouseTests() {}

  /** A failed data test: the build stops and the published warehouse stays as it was. */
  public static final class Failure extends vn.cdgd.store.VersionCheckFailure {
    public Failure(String message) {
      super(message);
    }
  }

  record Check(String name, String sql) {}

  static void run(Path written, Map<String, Long> expectedRows, List<IndicatorDefinition> indicators) {
    // DuckDB reads local files only: on HDFS, the checks read a local copy of the version.
    Path version = vn.cdgd.files.WorkspaceFiles.readableCopy(written);
    try (Connection duck = DuckDb.inMemory(Path.of(System.getProperty("java.io.tmpdir"), "cdgd-duckdb"));
        Statement statement = duck.createStatement()) {
      run(statement, version, expectedRows, indicators);
    } catch (SQLException e) {
      throw new IllegalStateException("the warehouse's data tests could not run: " + e.getMessage(), e);
    }
  }

  private static void run(Statement duck, Path version, Map<String, Long> expectedRows,
      List<IndicatorDefinition> indicators) throws SQLException {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Long> table : expectedRows.entrySet()) {
      duck.execute(WarehouseViews.createView("t_" + table.getKey(), version.resolve(table.getKey())));
    }
    // The checks read the version under test and nothing else.
    DuckDb.lockTo(duck.getConnection(), version);
    for (Map.Entry<String, Long> table : expectedRows.entrySet()) {
      long rows = count(duck, "select * from t_" + table.getKey());
      if (rows != table.getValue()) {
        failures.add(table.getKey() + ": " + rows + " rows on disk, " + table.getValue() + " written");
      }
    }
    // Completeness is the indicator that counts submitting units over expected ones (R01).
    String completeness = indicators.stream()
        .filter(i -> i.denominator() != null
            && i.denominator().kind() == vn.cdgd.conf.Measure.Kind.UNITS_EXPECTED
            && i.numerator().kind() == vn.cdgd.conf.Measure.Kind.UNITS_SUBMITTED)
        .map(IndicatorDefinition::code).findFirst().orElse(null);
    String rates = indicators.stream().filter(IndicatorDefinition::isRate)
        .map(i -> "'" + i.code() + "'").collect(Collectors.joining(","));
    List<Check> checks = new ArrayList<>(List.of(
        new Check("dim_unit is unique per unit and validity start",
            "select unit_code, valid_from from t_dim_unit group by 1, 2 having count(*) > 1"),
        new Check("fct_figure is unique per year, unit and field",
            "select school_year, unit_code, field_code from t_fct_figure group by 1, 2, 3 having count(*) > 1"),
        new Check("one current submission per unit and year",
            "select school_year, unit_code from t_fct_submission where is_current group by 1, 2 having count(*) > 1"),
        new Check("mart_indicator is unique per its grain",
            "select school_year, unit_code, breakdown, breakdown_value, indicator_code from t_mart_indicator"
                + " group by 1, 2, 3, 4, 5 having count(*) > 1"),
        new Check("no fact names a unit missing from dim_unit",
            "select distinct f.unit_code from (select unit_code from t_fct_figure union select unit_code from t_fct_award"
                + " union select unit_code from t_mart_indicator) f"
                + " where not exists (select 1 from t_dim_unit d where d.unit_code = f.unit_code)"),
        new Check("rates lie between 0 and 1",
            "select * from t_mart_indicator where indicator_code in (" + rates + ") and (value < 0 or value > 1)"),
        new Check("numerators do not exceed denominators in rates",
            "select * from t_mart_indicator where indicator_code in (" + rates + ") and numerator > denominator")));
    if (completeness != null) {
      checks.add(new Check("every expected unit is counted in " + completeness,
            "select u.school_year, u.unit_code from t_int_unit_year u where u.is_grassroots and not exists"
                + " (select 1 from t_mart_indicator m where m.school_year = u.school_year and m.unit_code = u.unit_code"
                + " and m.indicator_code = '" + completeness + "' and m.breakdown = 'all' and m.denominator = 1)"));
      checks.add(new Check("roll-ups count each expected unit once",
            "select m.school_year, m.unit_code from t_mart_indicator m join (select a.school_year, a.ancestor_code,"
                + " count(*) as expected from t_int_unit_ancestor a join t_int_unit_year u on u.school_year = a.school_year"
                + " and u.unit_code = a.unit_code where u.is_grassroots group by 1, 2) e on e.school_year = m.school_year"
                + " and e.ancestor_code = m.unit_code where m.indicator_code = '" + completeness + "' and m.breakdown = 'all'"
                + " and m.denominator <> e.expected"));
    }
    for (Check check : checks) {
      if (rates.isEmpty() && check.sql().contains("in ()")) {
        continue;
      }
      long bad = count(duck, check.sql());
      if (bad > 0) {
        failures.add(check.name() + ": " + bad + " rows break it");
      }
    }
    if (!failures.isEmpty()) {
      throw new Failure("Kiểm tra dữ liệu kho không đạt, không công bố phiên bản mới:\n  - "
          + String.join("\n  - ", failures));
    }
  }

  private static long count(Statement duck, String sql) throws SQLException {
    try (ResultSet rs = duck.executeQuery("select count(*) from (" + sql + ")")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
