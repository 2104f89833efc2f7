package vn.cdgd.reports;

import vn.cdgd.conf.ReportSettings;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;

/**
 * The Word drafts of both reports over the fixture warehouse, written to disk and read back with
 * XWPF: the state-format frame, the figures of the printed report, the narrative sections and
 * their placeholders, A4 and Times New Roman. Their text is also compared with the golden files
 * {@code year-end-draft.txt} and {@code mid-term-draft.txt} ({@code -Dgolden.update=true} rewrites them).
 */
class WordDraftTest {
  private static final LocalDate REVIEW = LocalDate.of(2020, 10, 6);

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
  void writesTheYearEndDraftBesideThePdf() throws Exception {
    Reports.Written written = reports.yearEnd("2019-2020", "FIX", REVIEW, folder.resolve("year-end"), true);
    assertThat(written.docx()).isEqualTo(folder.resolve("year-end/tong-ket-2019-2020-FIX.docx")).isRegularFile();
    assertThat(written.files()).containsExactly(written.pdf(), written.xlsx(), written.docx());
    assertThat(written.pdf().getParent()).isEqualTo(written.docx().getParent());
    try (XWPFDocument document = openValid(written.docx())) {
      List<String> lines = lines(document);
      assertThat(lines.get(0)).isEqualTo("LĐLĐ TỈNH THỬ / CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH THỬ"
          + " | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc");
      assertThat(lines.get(1)).isEqualTo("Số:        /BC-CĐN | Thử, ngày 06 tháng 10 năm 2020");
      assertThat(lines).containsSubsequence("BÁO CÁO",
          "Tổng kết công tác công đoàn năm học 2019-2020 và phương hướng, nhiệm vụ năm học 2020-2021",
          "I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Số liệu các mặt công tác",
          "1 | Tổng số cán bộ, nhà giáo, người lao động (A01) | người | 1.270 | 858 | 1.240 | 30",
          "1 | Số tiền thăm hỏi, hỗ trợ (D02) | đồng | 3.734.567 |  | 3.734.567 | 0",
          "2. Số liệu theo cấp học",
          "D02 | Số tiền thăm hỏi, hỗ trợ (triệu đồng) | 2,5 | 0,0 | 1,2 | 0,0 | 0,0 | 0,0 | 0,0",
          "3. Các chỉ số chủ yếu",
          "- Tỷ lệ cán bộ CĐCS được bồi dưỡng, tập huấn nghiệp vụ: 94,0 % (47/50).",
          "I03 | Tỷ lệ nữ đoàn viên đạt \"Giỏi việc trường, đảm việc nhà\" cấp cơ sở | 87 | 100 | 87,0 %",
          "I10 | Mức hỗ trợ bình quân một lượt (đồng) | 3.734.567 | 7 | 533.510 đồng",
          "4. So sánh với năm học trước",
          "I02 | Tỷ lệ cán bộ CĐCS được bồi dưỡng, tập huấn nghiệp vụ | 94,0 % | 80,0 % | tăng 14,0 điểm %",
          "5. Công tác thi đua, khen thưởng",
          "Danh hiệu | Công đoàn ngành | Giỏi việc trường, đảm việc nhà | 0 | 1 | 1", "Cộng |  |  | 1 | 3 | 2",
          "6. Tình hình nộp báo cáo thống kê", "R01 | Tỷ lệ CĐCS nộp báo cáo | 3 | 4 | 75,0 %",
          "II. TỒN TẠI, HẠN CHẾ",
          "Còn 1 trong số 4 CĐCS chưa nộp báo cáo hoặc có báo cáo bị từ chối (danh sách ở phần Phụ lục).",
          "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC 2020-2021", "IV. ĐỀ XUẤT, KIẾN NGHỊ",
          "Nơi nhận: / - Như trên; / - Lưu: VT. | TM. BAN THƯỜNG VỤ / CHỦ TỊCH / Nguyễn Văn An",
          "PHỤ LỤC",
          "1 | C4 | Công đoàn trường Tiểu học Đắk Lao | Công đoàn ngành Giáo dục tỉnh Thử | Báo cáo bị từ chối (2 lỗi)");
      ReportsGoldenTest.assertGolden("year-end-draft.txt", String.join("\n", lines) + "\n");
      assertThat(placeholdersAfter(document, "I. KẾT QUẢ ĐẠT ĐƯỢC")).isNotEmpty();
      assertThat(placeholdersAfter(document, "II. TỒN TẠI, HẠN CHẾ")).hasSizeGreaterThanOrEqualTo(2);
      assertThat(placeholdersAfter(document, "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC 2020-2021")).hasSize(2);
      assertStateFormatPage(document);
    }
  }

  @Test
  void writesTheMidTermDraftWithEveryTargetAndYear() throws Exception {
    Reports.Written written = reports.midTerm(FixtureWarehouse.TERM, "2019-2020", "FIX", REVIEW,
        folder.resolve("mid-term"), true);
    assertThat(written.docx()).isEqualTo(folder.resolve("mid-term/so-ket-2018-2023-FIX.docx")).isRegularFile();
    try (XWPFDocument document = openValid(written.docx())) {
      List<String> lines = lines(document);
      assertThat(lines.get(1)).isEqualTo("Số:        /BC-CĐN | Thử, ngày 06 tháng 10 năm 2020");
      assertThat(lines).containsSubsequence("BÁO CÁO",
          "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội, nhiệm kỳ 2018-2023",
          "I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Kết quả thực hiện các chỉ tiêu Nghị quyết",
          "T01. 100 % cán bộ công đoàn cơ sở được bồi dưỡng",
          "Chỉ số I02; mức chỉ tiêu ≥ 100,0 %, đến cuối nhiệm kỳ",
          "Năm học | Kết quả | Mức chỉ tiêu | Đánh giá",
          "2018-2019 | 80,0 % | ≥ 100,0 % | chưa đạt", "2019-2020 | 94,0 % | ≥ 100,0 % | chưa đạt",
          "T03. Hằng năm có trên 95 % CĐCS vững mạnh",
          "Điều chỉnh ngày 06/10/2020: Hằng năm có trên 95 % CĐCS hoàn thành tốt nhiệm vụ",
          "2019-2020 | 100,0 % | > 95,0 % | vượt",
          "2. Đánh giá chung",
          "II. TỒN TẠI, HẠN CHẾ",
          "- Chỉ tiêu T01 (100 % cán bộ công đoàn cơ sở được bồi dưỡng) năm học 2019-2020: 94,0 %, chưa đạt.",
          "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NỬA NHIỆM KỲ CÒN LẠI");
      assertThat(lines).anyMatch(line -> line.startsWith("Đến năm học 2019-2020, các chỉ tiêu đã đạt hoặc vượt: T03")
          && line.endsWith("trong nửa nhiệm kỳ cuối: T01 (100 % cán bộ công đoàn cơ sở được bồi dưỡng: 94,0 %, chưa đạt)."));
      ReportsGoldenTest.assertGolden("mid-term-draft.txt", String.join("\n", lines) + "\n");
      assertThat(placeholdersAfter(document, "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NỬA NHIỆM KỲ CÒN LẠI")).hasSize(2);
      assertStateFormatPage(document);
    }
  }

  @Test
  void keepsADraftTheUnionMayHaveEditedInsteadOfOverwritingIt() throws Exception {
    Path out = folder.resolve("again");
    Path first = reports.yearEnd("2019-2020", "FIX", REVIEW, out, true).docx();
    Files.write(first, "edited by hand".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Files.setLastModifiedTime(first, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2020-10-07T03:15:00Z")));
    Reports.Written second = reports.yearEnd("2019-2020", "FIX", REVIEW, out, true);
    assertThat(second.keptDraft()).isEqualTo(out.resolve("tong-ket-2019-2020-FIX-ban-truoc-20201007-1015.docx"));
    assertThat(second.keptDraft()).hasContent("edited by hand");
    assertThat(second.docx()).isEqualTo(first);
    try (XWPFDocument document = openValid(second.docx())) {
      assertThat(lines(document)).contains("I. KẾT QUẢ ĐẠT ĐƯỢC");
    }
    Files.setLastModifiedTime(second.docx(), java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2020-10-07T03:15:00Z")));
    assertThat(reports.yearEnd("2019-2020", "FIX", REVIEW, out, true).keptDraft())
        .isEqualTo(out.resolve("tong-ket-2019-2020-FIX-ban-truoc-20201007-1015-2.docx"));
    assertThat(reports.yearEnd("2019-2020", "FIX", REVIEW, out, false).keptDraft()).isNull();
  }

  @Test
  void leavesTheUpperBodyOutWhenTheUnionHasNone() throws Exception {
    ReportSettings none = new ReportSettings("", "CÔNG ĐOÀN GIÁO DỤC TỈNH KHÁC", "BC", "", "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH", "", List.of("- Lưu: VT."), Optional.empty());
    Path file = folder.resolve("other/draft.docx");
    new YearEndDraft(reports.yearEndData("2019-2020", "FIX-H"), none, REVIEW).write(file);
    try (XWPFDocument document = open(file)) {
      List<String> lines = lines(document);
      assertThat(lines.get(0)).startsWith("CÔNG ĐOÀN GIÁO DỤC TỈNH KHÁC | ");
      assertThat(lines.get(1)).isEqualTo("Số:        /BC | ngày 06 tháng 10 năm 2020");
    }
  }

  @Test
  void namesTheNextSchoolYear() {
    assertThat(YearEndDraft.nextSchoolYear("2019-2020")).isEqualTo("2020-2021");
    assertThat(YearEndDraft.nextSchoolYear("NH 2019")).isEqualTo("tiếp theo");
  }

  /**
   * Valid against the WordprocessingML schema POI ships (element order, required attributes), as
   * read: before any getter runs, since some XWPF getters add empty elements.
   */
  private static XWPFDocument openValid(Path file) throws Exception {
    XWPFDocument document = open(file);
    List<XmlError> errors = new ArrayList<>();
    XmlOptions options = new XmlOptions().setErrorListener(errors);
    assertThat(document.getDocument().validate(options)).as("document.xml: %s", errors).isTrue();
    assertThat(document.getStyle().validate(options)).as("styles.xml: %s", errors).isTrue();
    return document;
  }

  /** A4 portrait, the decree's margins, every run in Times New Roman, the body in 14 pt. */
  private static void assertStateFormatPage(XWPFDocument document) throws Exception {
    CTPageSz size = document.getDocument().getBody().getSectPr().getPgSz();
    assertThat(List.of(size.getW(), size.getH())).containsExactly(BigInteger.valueOf(11906), BigInteger.valueOf(16838));
    CTPageMar margins = document.getDocument().getBody().getSectPr().getPgMar();
    assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
        .containsExactly(BigInteger.valueOf(1134), BigInteger.valueOf(1134), BigInteger.valueOf(1701), BigInteger.valueOf(851));
    List<XWPFRun> runs = runs(document);
    assertThat(runs).hasSizeGreaterThan(50);
    assertThat(runs).allSatisfy(run -> assertThat(run.getFontFamily()).as(run.text()).isEqualTo("Times New Roman"));
    // The default of the document too, so text the union types into a new paragraph is in it.
    var defaults = document.getStyle().getDocDefaults().getRPrDefault().getRPr();
    assertThat(defaults.getRFontsArray(0).getHAnsi()).isEqualTo("Times New Roman");
    assertThat(defaults.getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(28));
    assertThat(defaults.getLangArray(0).getVal()).isEqualTo("vi-VN");
    XWPFParagraph intro = document.getParagraphs().stream()
        .filter(paragraph -> paragraph.getText().startsWith("Căn cứ") || paragraph.getText().startsWith("Thực hiện"))
        .findFirst().orElseThrow();
    assertThat(intro.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
    assertThat(intro.getIndentationFirstLine()).isEqualTo(720);
  }

  /** The highlighted placeholder paragraphs between a heading and the next heading of its level. */
  private static List<String> placeholdersAfter(XWPFDocument document, String heading) {
    List<String> found = new ArrayList<>();
    boolean inside = false;
    for (XWPFParagraph paragraph : document.getParagraphs()) {
      String text = paragraph.getText();
      if (text.equals(heading)) {
        inside = true;
      } else if (inside && text.matches("[IVX]+\\. .*")) {
        break;
      } else if (inside && !paragraph.getRuns().isEmpty()
          && paragraph.getRuns().get(0).getTextHighlightColor() == STHighlightColor.YELLOW) {
        assertThat(text).startsWith("[").endsWith("]");
        assertThat(paragraph.getRuns().get(0).isItalic()).isTrue();
        found.add(text);
      }
    }
    return found;
  }

  private static XWPFDocument open(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new XWPFDocument(in);
    }
  }

  /** The body as lines: a paragraph's text, a table row's cells joined by " | " (lines in a cell by " / "). */
  static List<String> lines(XWPFDocument document) {
    List<String> lines = new ArrayList<>();
    for (IBodyElement element : document.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph) {
        if (!paragraph.getText().isBlank()) {
          lines.add(paragraph.getText());
        }
      } else if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          List<String> cells = new ArrayList<>();
          for (XWPFTableCell cell : row.getTableCells()) {
            cells.add(String.join(" / ", cell.getParagraphs().stream().map(XWPFParagraph::getText)
                .filter(text -> !text.isEmpty()).toList()));
          }
          lines.add(String.join(" | ", cells));
        }
      }
    }
    return lines;
  }

  private static List<XWPFRun> runs(XWPFDocument document) {
    List<XWPFRun> runs = new ArrayList<>();
    document.getParagraphs().forEach(paragraph -> runs.addAll(paragraph.getRuns()));
    document.getTables().forEach(table -> table.getRows().forEach(row -> row.getTableCells()
        .forEach(cell -> cell.getParagraphs().forEach(paragraph -> runs.addAll(paragraph.getRuns())))));
    return runs;
  }
}
