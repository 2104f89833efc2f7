package vn.cdgd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.cdgd.cli.Main;
import vn.cdgd.conf.Workspace;

/**
 * {@code cdgd report year-end|mid-term --docx} over the demo warehouse, as the union runs it: the
 * command says where the Word draft is, and the draft read back carries the demo's letterhead and
 * date from conf/reports.yaml and the published Đắk Nông figures (shared/domain.md).
 */
class DemoWordDraftTest {
  private final Workspace workspace = DemoWarehouse.get().workspace();

  @Test
  void writesTheYearEndDraftWithThePublishedFigures() throws Exception {
    String printed = run("report", "year-end", "--docx", "--workspace", workspace.root().toString(), "--year", "2019-2020");
    Path docx = workspace.reports().resolve("tong-ket-2019-2020-DNO.docx");
    assertThat(printed).contains(workspace.root().relativize(docx) + "  (dự thảo Word: viết tiếp các đoạn tô vàng, rồi ký ban hành)",
        "tong-ket-2019-2020-DNO.pdf");
    assertThat(docx).isRegularFile();
    try (XWPFDocument document = open(docx)) {
      List<String> lines = lines(document);
      // The header's two columns: the extractor joins a cell's lines (and the rule under the
      // issuing union) with tabs.
      assertThat(lines.get(0)).isEqualTo("LĐLĐ TỈNH ĐẮK NÔNG\tCÔNG ĐOÀN NGÀNH GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐẮK NÔNG\t"
          + "\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\tĐộc lập - Tự do - Hạnh phúc");
      assertThat(lines).containsSubsequence("Số:        /BC-CĐN\tĐắk Nông, ngày 06 tháng 10 năm 2020", "BÁO CÁO",
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "- Tỷ lệ cán bộ CĐCS được bồi dưỡng, tập huấn nghiệp vụ: 94,0 % (1.880/2.000).",
          "- Tỷ lệ nữ đoàn viên đạt \"Giỏi việc trường, đảm việc nhà\" cấp cơ sở: 87,0 % (7.308/8.400).",
          "I02\tTỷ lệ cán bộ CĐCS được bồi dưỡng, tập huấn nghiệp vụ\t1.880\t2.000\t94,0 %",
          "Bằng khen\tCông đoàn Giáo dục Việt Nam\t\t1\t6\t5", "Bằng khen\tLĐLĐ tỉnh\t\t2\t10\t9",
          "Giấy khen\tCông đoàn ngành\t\t9\t189\t136",
          "Danh hiệu\tCông đoàn ngành\tGiỏi việc trường, đảm việc nhà\t0\t75\t75",
          "II. TỒN TẠI, HẠN CHẾ", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC 2020-2021", "PHỤ LỤC");
      assertThat(lines).anyMatch(line -> line.startsWith("Nơi nhận:\t- CĐ Giáo dục Việt Nam (b/c);")
          && line.contains("- Lưu: VT, BTV.\tTM. BAN THƯỜNG VỤ\tCHỦ TỊCH") && line.endsWith("Nguyễn Văn An"));
      assertA4InTimesNewRoman(document);
    }
  }

  @Test
  void writesTheMidTermDraftWithThePublishedTargets() throws Exception {
    String printed = run("report", "mid-term", "--docx", "--workspace", workspace.root().toString());
    Path docx = workspace.reports().resolve("so-ket-2018-2023-DNO.docx");
    assertThat(printed).contains(workspace.root().relativize(docx).toString(), "so-ket-2018-2023-DNO.pdf");
    try (XWPFDocument document = open(docx)) {
      List<String> lines = lines(document);
      assertThat(lines).containsSubsequence("Số:        /BC-CĐN\tĐắk Nông, ngày 06 tháng 10 năm 2020",
          "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội, nhiệm kỳ 2018-2023", "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "2019-2020\t94,0 %\t≥ 100,0 %\tchưa đạt", "2019-2020\t87,0 %\t> 95,0 %\tchưa đạt",
          "II. TỒN TẠI, HẠN CHẾ", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NỬA NHIỆM KỲ CÒN LẠI");
      assertThat(lines).anyMatch(line -> line.endsWith("Hằng năm có trên 95 % CĐCS hoàn thành tốt nhiệm vụ"));
      assertA4InTimesNewRoman(document);
    }

    // Run again, as after a late submission: the draft the union may have written in is kept.
    String again = run("report", "mid-term", "--docx", "--workspace", workspace.root().toString());
    assertThat(again).containsPattern("output/reports/so-ket-2018-2023-DNO-ban-truoc-\\d{8}-\\d{4}\\.docx"
        + "  \\(bản dự thảo trước, có thể đã được sửa tay: giữ nguyên, không ghi đè\\)");
    assertThat(docx).isRegularFile();
  }

  @Test
  void writesNoDraftWithoutTheOption() {
    String printed = run("report", "year-end", "--workspace", workspace.root().toString(), "--year", "2018-2019");
    assertThat(printed).contains("tong-ket-2018-2019-DNO.pdf").doesNotContain(".docx");
    assertThat(workspace.reports().resolve("tong-ket-2018-2019-DNO.docx")).doesNotExist();
  }

  private static void assertA4InTimesNewRoman(XWPFDocument document) {
    var section = document.getDocument().getBody().getSectPr();
    assertThat(List.of(section.getPgSz().getW(), section.getPgSz().getH()))
        .containsExactly(BigInteger.valueOf(11906), BigInteger.valueOf(16838));
    List<XWPFRun> runs = new ArrayList<>();
    document.getParagraphs().forEach(paragraph -> runs.addAll(paragraph.getRuns()));
    document.getTables().forEach(table -> table.getRows().forEach(row -> row.getTableCells()
        .forEach(cell -> cell.getParagraphs().forEach(paragraph -> runs.addAll(paragraph.getRuns())))));
    assertThat(runs).allSatisfy(run -> assertThat(run.getFontFamily()).as(run.text()).isEqualTo("Times New Roman"));
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    assertThat(cli.execute(args)).as(out.toString()).isZero();
    return out.toString();
  }

  private static XWPFDocument open(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new XWPFDocument(in);
    }
  }

  /** The text as XWPF extracts it: a line per paragraph, a table row's cells joined by tabs. */
  private static List<String> lines(XWPFDocument document) {
    try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      extractor.setCloseFilesystem(false);
      return extractor.getText().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
