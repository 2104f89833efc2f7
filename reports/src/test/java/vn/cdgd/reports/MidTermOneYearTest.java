package vn.cdgd.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mid-term review of a term with one school year so far says so and draws bars, not a line of
 * one point; every chart's value axis holds every value and threshold; a term without results
 * names conf/targets.yaml and the term's years rather than "rebuild".
 */
class MidTermOneYearTest {
  private static final LocalDate DATE = LocalDate.of(2019, 10, 6);

  @TempDir static Path folder;
  static Reports reports;

  @BeforeAll
  static void openFixture() throws Exception {
    reports = FixtureWarehouse.open(folder);
  }

  @AfterAll
  static void close() {
    reports.close();
  }

  @Test
  void aTermWithOneYearSaysSoAndDrawsBars() throws Exception {
    JasperPrint print = Exports.fillDocument(reports.midTermDocument(FixtureWarehouse.TERM, "2018-2019", "FIX", DATE));
    String text = PrintText.of(print);
    assertThat(text).contains("2018-2019 | 80,0 % | ≥ 100,0 % | chưa đạt",
        "Mới có số liệu một năm học (2018-2019): biểu đồ so sánh kết quả với mức chỉ tiêu; xu hướng được vẽ từ"
            + " năm học thứ hai.");
    assertThat(charts(print.getPages().stream().flatMap(page -> page.getElements().stream()).toList()))
        .as("one chart per target").isEqualTo(2);
  }

  @Test
  void twoYearsDrawALineWithoutTheNote() throws Exception {
    String text = PrintText.of(Exports.fillDocument(reports.midTermDocument(FixtureWarehouse.TERM, "2019-2020", "FIX", DATE)));
    assertThat(text).doesNotContain("Mới có số liệu một năm học");
  }

  @Test
  void everyChartAxisHoldsItsValuesAndThreshold() {
    MidTermData data = reports.midTermData(FixtureWarehouse.TERM, "2019-2020", "FIX");
    for (Map<String, ?> row : data.rows) {
      double min = (Double) row.get("axisMin");
      double max = (Double) row.get("axisMax");
      double value = (Double) row.get("value") * 100;
      double threshold = (Double) row.get("threshold") * 100;
      assertThat(List.of(value, threshold)).as("target " + row.get("code")).allSatisfy(point ->
          assertThat(point).isGreaterThan(min).isLessThan(max));
    }
    // T01: 80 % and 94 % against 100 %; T03: 96 % and 100 % against 95 %.
    assertThat(data.rows).extracting(row -> row.get("code") + " " + row.get("axisMin") + "-" + row.get("axisMax"))
        .containsExactly("T01 75.0-105.0", "T01 75.0-105.0", "T03 90.0-105.0", "T03 90.0-105.0");
    assertThat(MidTermData.axis(List.of(0.0, 1.0))).containsExactly(0.0, 5.0);
  }

  @Test
  void bothChartsOfTheTemplateTakeTheirAxisFromTheRows() {
    List<String> axes = new java.util.ArrayList<>();
    for (net.sf.jasperreports.engine.JRBand band : Templates.compiled("targets").getGroups()[0].getGroupFooterSection().getBands()) {
      for (net.sf.jasperreports.engine.JRElement element : band.getElements()) {
        if (element instanceof net.sf.jasperreports.charts.JRChart chart) {
          net.sf.jasperreports.charts.JRCategoryPlot plot = (net.sf.jasperreports.charts.JRCategoryPlot) chart.getPlot();
          axes.add(chart.getChartType() + " " + plot.getRangeAxisMinValueExpression().getText() + " "
              + plot.getRangeAxisMaxValueExpression().getText());
        }
      }
    }
    assertThat(axes).containsExactly("LINE $F{axisMin} $F{axisMax}", "BAR 0.0 $F{axisMax}");
  }

  @Test
  void aYearWithoutResultsNamesTheTargetsFile() {
    TermInfo next = new TermInfo("2023-2028", "FIX", "Nghị quyết Đại hội V", "2023-2024", "2027-2028", 0.05);
    assertThatThrownBy(() -> reports.midTermDocument(next, "2019-2020", "FIX", DATE))
        .isInstanceOf(ReportException.class)
        .hasMessage("Năm học 2019-2020 không thuộc nhiệm kỳ 2023-2028 (năm học 2023-2024 đến 2027-2028, first_year và"
            + " last_year trong conf/targets.yaml). Hãy chọn --as-of một năm học trong nhiệm kỳ.");
    TermInfo empty = new TermInfo("2019-2024", "FIX", "Nghị quyết Đại hội V", "2019-2020", "2023-2024", 0.05);
    assertThatThrownBy(() -> reports.midTermDocument(empty, "2019-2020", "FIX", DATE))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("mục targets của nhiệm kỳ 2019-2024 trong conf/targets.yaml")
        .hasMessageContaining("(năm học 2019-2020 đến 2023-2024)")
        .hasMessageNotContaining("Hãy chạy lại cdgd build");
  }

  private static int charts(List<JRPrintElement> elements) {
    int count = 0;
    for (JRPrintElement element : elements) {
      if (element instanceof JRPrintImage) {
        count++;
      } else if (element instanceof JRPrintFrame frame) {
        count += charts(frame.getElements());
      }
    }
    return count;
  }
}
