package vn.cdgd.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One year-end per district union: the fixture's FIX has one district, FIX-H (Đắk Mil), with C1
 * and C2; C3 and C4 sit directly under the province and belong to no district's report.
 */
class DistrictReportsTest {
  private static final LocalDate DATE = LocalDate.of(2020, 10, 6);

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
  void writesOneReportPerDistrictWithItsLetterheadAndItsOwnFigures() throws Exception {
    List<Reports.Written> written = reports.yearEndForDistricts("2019-2020", "FIX", DATE, folder.resolve("huyen"), true);

    assertThat(written).extracting(files -> files.pdf().getFileName().toString())
        .containsExactly("tong-ket-2019-2020-FIX-H.pdf");
    // PDF text comes back with the table cells' line breaks: compared without whitespace.
    String text = squeezed(pdfText(written.get(0).pdf()));
    assertThat(text).contains(squeezed("CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH THỬ CÔNG ĐOÀN GIÁO DỤC HUYỆN ĐẮK MIL"),
        squeezed("Đắk Mil, ngày 06 tháng 10 năm 2020"), squeezed("Số: /BC-CĐGD"),
        squeezed("Công đoàn Giáo dục huyện Đắk Mil tổng hợp số liệu"),
        squeezed("Trong số 2 CĐCS phải báo cáo, 2 CĐCS đã nộp báo cáo hợp lệ (100,0 %)"),
        // C1 40 + C2 1.200: the district's CĐCS only, not the province's 1.270.
        squeezed("Tổng số cán bộ, nhà giáo, người lao động (A01) người 1.240 838 1.240 0"),
        squeezed("- CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH THỬ (b/c);"))
        .doesNotContain(squeezed("LĐLĐ TỈNH THỬ"), squeezed("Nguyễn Văn An"), "1.270", squeezed("Ánh Dương"),
            squeezed("Đắk Lao"));
    try (InputStream in = Files.newInputStream(written.get(0).xlsx()); Workbook workbook = WorkbookFactory.create(in)) {
      assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
          .contains("- Công đoàn Giáo dục huyện Đắk Mil, năm học");
    }
    try (InputStream in = Files.newInputStream(written.get(0).docx()); XWPFDocument document = new XWPFDocument(in)) {
      assertThat(WordDraftTest.lines(document).get(0)).isEqualTo("CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH THỬ"
          + " / CÔNG ĐOÀN GIÁO DỤC HUYỆN ĐẮK MIL | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc");
    }
  }

  @Test
  void aUnitWithoutDistrictsIsToldSo() {
    assertThatThrownBy(() -> reports.yearEndForDistricts("2019-2020", "FIX-H", DATE, folder.resolve("none"), false))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("không có công đoàn cấp huyện nào trực thuộc FIX-H");
  }

  @Test
  void theLocalityComesFromTheDistrictsName() {
    assertThat(DistrictLetterhead.locality("Công đoàn Giáo dục thành phố Gia Nghĩa")).contains("Gia Nghĩa");
    assertThat(DistrictLetterhead.locality("Công đoàn Giáo dục huyện Cư Jút")).contains("Cư Jút");
    assertThat(DistrictLetterhead.locality("Công đoàn khối trường chuyên")).isEmpty();
  }

  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static String pdfText(Path pdf) throws Exception {
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
    try {
      com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }
}
