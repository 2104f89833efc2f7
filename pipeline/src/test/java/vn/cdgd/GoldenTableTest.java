package vn.cdgd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The golden files' text is the same on every machine, and a difference says where it is. */
class GoldenTableTest {
  private static final List<String> KEY = List.of("school_year", "unit_code");
  private static final List<String> COLUMNS = List.of("school_year", "unit_code", "name", "value");

  private static GoldenTable table(List<?>... rows) {
    return new GoldenTable("mart_x", KEY, COLUMNS,
        Arrays.stream(rows).map(r -> r.stream().map(GoldenTable::format).toList()).toList());
  }

  @Test
  void writesDoublesRoundedWithoutExponentOrTrailingZeros() {
    assertThat(GoldenTable.format(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(GoldenTable.format(0.94)).isEqualTo("0.94");
    assertThat(GoldenTable.format(1880.0)).isEqualTo("1880");
    assertThat(GoldenTable.format(12345678901.0)).isEqualTo("12345678901");
    assertThat(GoldenTable.format(2.0 / 3)).isEqualTo("0.666667");
    assertThat(GoldenTable.format(1e-7)).isEqualTo("0");
    assertThat(GoldenTable.format(-0.0)).isEqualTo("0");
    assertThat(GoldenTable.format(-0.0000004)).isEqualTo("0");
    assertThat(GoldenTable.format(-1.5)).isEqualTo("-1.5");
    assertThat(GoldenTable.format(Double.NaN)).isEqualTo("NaN");
    assertThat(GoldenTable.format(7L)).isEqualTo("7");
    assertThat(GoldenTable.format(java.time.LocalDate.of(2020, 10, 6))).isEqualTo("2020-10-06");
    assertThat(GoldenTable.format(null)).isNull();
  }

  @Test
  void sortsByTheKeyAndReadsBackWhatItWrote() {
    GoldenTable written = table(
        Arrays.asList("2019-2020", "DNO", "Đắk Nông, \"tỉnh\"", 0.94),
        Arrays.asList("2018-2019", "DNO", "", null),
        Arrays.asList("2019-2020", "B01", "Trường A\nB", 1.0));
    assertThat(written.rows()).extracting(r -> r.get(0) + "|" + r.get(1))
        .containsExactly("2018-2019|DNO", "2019-2020|B01", "2019-2020|DNO");
    String csv = written.csv();
    assertThat(csv).startsWith("school_year,unit_code,name,value\n2018-2019,DNO,,\\N\n");
    GoldenTable read = GoldenTable.parse("mart_x", KEY, csv);
    assertThat(read.rows()).isEqualTo(written.rows());
    assertThat(read.rows().get(0).get(2)).isEmpty();
    assertThat(read.rows().get(0).get(3)).isNull();
    assertThat(written.differencesFrom(read)).isEmpty();
  }

  @Test
  void namesTheTableTheKeyTheColumnAndBothValues() {
    GoldenTable golden = table(
        Arrays.asList("2019-2020", "DNO", "Đắk Nông", 0.94),
        Arrays.asList("2019-2020", "GONE", "x", 1.0));
    GoldenTable now = table(
        Arrays.asList("2019-2020", "DNO", "Đắk Nông", 0.95),
        Arrays.asList("2019-2020", "NEW", "y", null));
    assertThat(now.differencesFrom(golden)).containsExactly(
        "mart_x [school_year=2019-2020, unit_code=DNO] value: golden 0.94, now 0.95",
        "mart_x [school_year=2019-2020, unit_code=GONE]: in the golden file, no longer in the"
            + " table",
        "mart_x [school_year=2019-2020, unit_code=NEW]: new in the table, not in the golden file");
  }

  @Test
  void refusesAKeyTwiceAndOtherColumns() {
    GoldenTable golden = table(Arrays.asList("2019-2020", "DNO", "a", 1.0));
    GoldenTable twice = table(
        Arrays.asList("2019-2020", "DNO", "a", 1.0), Arrays.asList("2019-2020", "DNO", "a", 1.0));
    assertThat(twice.differencesFrom(golden))
        .containsExactly("mart_x [school_year=2019-2020, unit_code=DNO]: key twice in the table");
    GoldenTable wider = new GoldenTable("mart_x", KEY,
        List.of("school_year", "unit_code", "name", "value", "extra"),
        List.of(Arrays.asList("2019-2020", "DNO", "a", "1", "z")));
    assertThat(wider.differencesFrom(golden)).singleElement().asString()
        .isEqualTo("mart_x: columns are [school_year, unit_code, name, value, extra],"
            + " the golden file has "
            + "[school_year, unit_code, name, value]");
  }

  @Test
  void showsTheFirstTwentyDifferencesAndCountsTheRest() {
    List<List<String>> many = new java.util.ArrayList<>();
    for (int i = 0; i < 25; i++) {
      many.add(List.of("2019-2020", String.format("U%02d", i), "a", "1"));
    }
    GoldenTable now = new GoldenTable("mart_x", KEY, COLUMNS, many);
    GoldenTable empty = new GoldenTable("mart_x", KEY, COLUMNS, List.of());
    List<String> found = now.differencesFrom(empty);
    assertThat(found).hasSize(21).last().isEqualTo("… and 5 more");
    assertThat(found.get(0)).isEqualTo(
        "mart_x [school_year=2019-2020, unit_code=U00]: new in the table, not in the golden file");
  }
}
