package vn.cdgd.cli;

import java.util.List;
import vn.cdgd.conf.Workspace;
import vn.cdgd.sql.WarehouseConsole;

/**
 * Times analysts' queries through the SQL console against a bare DuckDB scan of the same Parquet
 * (reading every indicator row once), both warm, best of five: the ratio says what the views and
 * the queries' own work cost over just reading the data.
 */
final class QueryTimer {
  private QueryTimer() {}

  static final List<String> QUERIES = List.of(
      "select school_year, breakdown_value, round(value, 4) from mart_indicator where unit_code = (select unit_code from"
          + " dim_unit where parent_code is null limit 1) and indicator_code = 'I02' and breakdown = 'school_level' order by 1, 2",
      "select u.unit_code, u.unit_name from int_unit_year u where u.is_grassroots and u.school_year = '2019-2020' and not exists"
          + " (select 1 from fct_submission s where s.unit_code = u.unit_code and s.school_year = u.school_year and s.is_current)",
      "select level, recipient_type, count(*) from fct_award where school_year = '2019-2020' group by all order by all");

  /** Mean best time of the analysts' queries and best time of the bare scan, in milliseconds. */
  static double[] queriesAgainstScan(Workspace workspace) {
    try (WarehouseConsole console = WarehouseConsole.open(workspace)) {
      String folder = console.version().resolve("mart_indicator").toString().replace("'", "''");
      String scan = "select count(*), sum(numerator) from read_parquet('" + folder + "/**/*.parquet')";
      double queries = 0;
      for (String query : QUERIES) {
        queries += best(console, query);
      }
      return new double[] {queries / QUERIES.size(), best(console, scan)};
    }
  }

  private static double best(WarehouseConsole console, String sql) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      console.query(sql);
      best = Math.min(best, (System.nanoTime() - start) / 1e6);
    }
    return best;
  }
}
