package vn.cdgd;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The marts (and fct_officer_training) of the demo warehouse, row by row, against the CSV files
 * under {@code src/test/resources/golden/warehouse/}: a change to a transform that moves any
 * figure of the demo shows here with the table, the row's key, the column and both values.
 * {@code -Dgolden.update=true} rewrites the files (the command is in the README's developers'
 * section); read their diff before committing it. The warehouse is the one {@link
 * DemoEndToEndTest} checks against the published figures, built once per test JVM by {@link
 * DemoWarehouse}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoGoldenTablesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/warehouse");

  private DemoWarehouse demo;

  @BeforeAll
  void buildTheDemo() {
    demo = DemoWarehouse.get();
  }

  /**
   * Each table with its key (its grain), which leads each row of the file and orders them, and
   * the columns left out: mart_indicator's indicator_name and kind are copied from
   * conf/indicators.yaml by indicator_code, and would make up half of its 35,000 rows' bytes.
   * fct_submission is left out: one rejected demo workbook (DNO0235's of 2019-2020) comes out
   * with other bytes at each generation, so its submission_id, a hash of them, moves.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "mart_indicator|school_year,unit_code,indicator_code,breakdown,breakdown_value"
        + "|indicator_name,kind",
    "mart_target_progress|term,unit_code,target_code,school_year|",
    "fct_officer_training|school_year,unit_code,role,gender|",
  })
  void matchesItsGoldenFile(String table, String key, String omitted) {
    Set<String> leftOut = omitted == null ? Set.of() : Set.of(omitted.split(","));
    GoldenTable.read(table, demo.table(table), List.of(key.split(",")), leftOut)
        .assertMatchesGolden(GOLDEN.resolve(table + ".csv"));
  }
}
