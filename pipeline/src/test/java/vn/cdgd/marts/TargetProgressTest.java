package vn.cdgd.marts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.cdgd.conf.TargetCatalog;

class TargetProgressTest {

  @Test
  void judgesAgainstTheThresholdAndTheExceedMargin() {
    assertThat(TargetProgress.status(0.94, ">=", 1.00, 0.05)).isEqualTo("chưa đạt");
    assertThat(TargetProgress.status(1.00, ">=", 1.00, 0.05)).isEqualTo("đạt");
    assertThat(TargetProgress.status(0.87, ">", 0.95, 0.05)).isEqualTo("chưa đạt");
    assertThat(TargetProgress.status(0.95, ">", 0.95, 0.05)).isEqualTo("chưa đạt");
    assertThat(TargetProgress.status(0.96, ">", 0.95, 0.05)).isEqualTo("đạt");
    assertThat(TargetProgress.status(0.99, ">", 0.94, 0.05)).isEqualTo("vượt");
    assertThat(TargetProgress.status(0.90, ">=", 0.85, 0.05)).isEqualTo("vượt");
    assertThat(TargetProgress.status(0.8999, ">=", 0.85, 0.05)).isEqualTo("đạt");
  }

  @Test
  void appliesARevisionFromItsYearAndKeepsTheOriginalWording() {
    TargetCatalog.Target target = new TargetCatalog.Target("T03", "I04", "> 95 % CĐCS vững mạnh", ">", 0.95,
        "every_year", Map.of(), List.of(new TargetCatalog.Revision("2020-10-06", "2019-2020",
            "> 90 % CĐCS hoàn thành tốt nhiệm vụ", null, 0.90)));
    TargetCatalog catalog = new TargetCatalog(0.05, List.of(new TargetCatalog.Term(
        "2018-2023", "DNO", "Nghị quyết", "2018-2019", "2022-2023", List.of(target))));

    List<Row> rows = TargetProgress.rows(catalog, List.of("2017-2018", "2018-2019", "2019-2020", "2020-2021"),
        (unit, indicator, breakdown, value, year) -> Optional.ofNullable(Map.of(
            "2017-2018", 0.5, "2018-2019", 0.93, "2019-2020", 0.93).get(year)));

    assertThat(rows).extracting(r -> r.getAs("school_year") + " " + r.getAs("revision") + " " + r.getAs("threshold")
            + " " + r.getAs("status") + " " + r.getAs("wording") + " | " + r.getAs("original_wording"))
        .containsExactly(
            "2018-2019 0 0.95 chưa đạt > 95 % CĐCS vững mạnh | > 95 % CĐCS vững mạnh",
            "2019-2020 1 0.9 đạt > 90 % CĐCS hoàn thành tốt nhiệm vụ | > 95 % CĐCS vững mạnh");
    assertThat(rows.get(1).<Double>getAs("previous_value")).isEqualTo(0.93);
    assertThat(rows.get(1).<Double>getAs("change")).isZero();
    assertThat(rows.get(1).<String>getAs("revision_decided")).isEqualTo("2020-10-06");
  }

  @Test
  void readsAFilteredTargetFromItsBreakdown() {
    TargetCatalog.Target publicOnly = new TargetCatalog.Target("T10", "I04", "≥ 90 % CĐCS công lập", ">=", 0.90,
        "every_year", Map.of("ownership", "Công lập"), List.of());
    TargetCatalog catalog = new TargetCatalog(0.05, List.of(new TargetCatalog.Term(
        "2023-2028", "DNO", "Nghị quyết", "2023-2024", "2027-2028", List.of(publicOnly))));

    List<Row> rows = TargetProgress.rows(catalog, List.of("2023-2024"),
        (unit, indicator, breakdown, value, year) ->
            breakdown.equals("ownership") && value.equals("Công lập") ? Optional.of(0.97) : Optional.of(0.5));

    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.<Double>getAs("value")).isEqualTo(0.97);
      assertThat(r.<String>getAs("status")).isEqualTo("vượt");
      assertThat(r.<String>getAs("filter")).isEqualTo("ownership=Công lập");
    });
  }
}
