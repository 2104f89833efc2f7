package vn.cdgd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.cdgd.cli.Main;
import vn.cdgd.conf.Workspace;

/**
 * {@code cdgd report year-end --all-districts} over the demo warehouse: one report per district
 * union of Đắk Nông, each headed by the district under the provincial union, with only its CĐCS.
 */
class DemoDistrictReportsTest {
  private static final List<String> DISTRICTS =
      List.of("DNO-GN", "DNO-CJ", "DNO-DM", "DNO-KN", "DNO-DS", "DNO-DR", "DNO-DG", "DNO-TD");

  private final Workspace workspace = DemoWarehouse.get().workspace();

  @Test
  void writesOneReportPerDistrictWithItsLetterhead() throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    int code = cli.execute("report", "year-end", "--all-districts", "--workspace", workspace.root().toString(),
        "--year", "2019-2020");

    assertThat(code).as(out.toString()).isZero();
    assertThat(out.toString()).contains("Báo cáo tổng kết năm học 2019-2020 của 8 công đoàn cấp huyện:");
    for (String district : DISTRICTS) {
      Path pdf = workspace.reports().resolve("tong-ket-2019-2020-" + district + ".pdf");
      assertThat(out.toString()).contains(workspace.root().relativize(pdf).toString());
      assertThat(pdf).isRegularFile();
      assertThat(workspace.reports().resolve("tong-ket-2019-2020-" + district + ".xlsx")).isRegularFile();
    }
    String text = squeezed(DemoEndToEndTest.pdfText(workspace.reports().resolve("tong-ket-2019-2020-DNO-CJ.pdf")));
    assertThat(text).contains(squeezed("CÔNG ĐOÀN NGÀNH GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐẮK NÔNG"),
        squeezed("CÔNG ĐOÀN GIÁO DỤC HUYỆN CƯ JÚT"), squeezed("Cư Jút, ngày 06 tháng 10 năm 2020"),
        squeezed("Công đoàn Giáo dục huyện Cư Jút tổng hợp số liệu"))
        .doesNotContain(squeezed("LĐLĐ TỈNH ĐẮK NÔNG"), squeezed("Nguyễn Văn An"), squeezed("huyện Tuy Đức"));
  }

  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }
}
