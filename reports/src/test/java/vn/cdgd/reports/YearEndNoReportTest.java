package vn.cdgd.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A breakdown whose CĐCS were all expected and none reported reads "không có số liệu", not 0, in
 * the PDF, the XLSX and the Word draft; a breakdown with no CĐCS at all stays a true 0. The
 * fixture's C4 (Tiểu học, public) was rejected, so its own report has nothing for Tiểu học and the
 * public column, and a true 0 for the non-public column and every other level.
 */
class YearEndNoReportTest {
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
  void aUnitThatDidNotReportHasNoFiguresRatherThanZeros() throws Exception {
    String text = PrintText.of(Exports.fillDocument(reports.yearEndDocument("2019-2020", "C4", DATE)));
    assertThat(text).contains(
        "1 | Tổng số cán bộ, nhà giáo, người lao động (A01) | người | không có số liệu | không có số liệu"
            + " | không có số liệu | 0",
        "1 | Số tiền thăm hỏi, hỗ trợ (D02) | đồng | không có số liệu | không có số liệu | 0",
        "A01 | Tổng số cán bộ, nhà giáo, người lao động (người) | 0 | không có số liệu | 0 | 0 | 0 | 0 | 0");
  }

  @Test
  void aLevelWithSomeReportsKeepsItsSum() throws Exception {
    String text = PrintText.of(Exports.fillDocument(reports.yearEndDocument("2019-2020", "FIX", DATE)));
    String byLevel = text.substring(text.indexOf("II. SỐ LIỆU THEO CẤP HỌC"), text.indexOf("III. CÁC CHỈ SỐ CHỦ YẾU"));
    assertThat(byLevel).doesNotContain(YearEndData.NO_DATA)
        .contains("A01 | Tổng số cán bộ, nhà giáo, người lao động (người) | 40 | 30 | 1.200 | 0 | 0 | 0 | 0");
  }

  @Test
  void theSpreadsheetAndTheDraftSayItToo() throws Exception {
    Reports.Written written = reports.yearEnd("2019-2020", "C4", DATE, folder.resolve("c4"), true);
    try (InputStream in = Files.newInputStream(written.xlsx()); Workbook workbook = WorkbookFactory.create(in)) {
      assertThat(cells(workbook.getSheet("Theo cấp học"), "A01"))
          .containsSubsequence("0", "không có số liệu", "0", "0", "0", "0", "0");
      Sheet first = workbook.getSheetAt(0);
      assertThat(cells(first, "Tổng số cán bộ, nhà giáo, người lao động (A01)"))
          .containsSubsequence("không có số liệu", "không có số liệu", "không có số liệu", "0");
    }
    try (InputStream in = Files.newInputStream(written.docx()); XWPFDocument document = new XWPFDocument(in)) {
      assertThat(WordDraftTest.lines(document)).contains(
          "1 | Tổng số cán bộ, nhà giáo, người lao động (A01) | người | không có số liệu | không có số liệu"
              + " | không có số liệu | 0",
          "A01 | Tổng số cán bộ, nhà giáo, người lao động (người) | 0 | không có số liệu | 0 | 0 | 0 | 0 | 0");
    }
  }

  /** The formatted cells of the first row of {@code sheet} holding a cell equal to {@code key}. */
  private static List<String> cells(Sheet sheet, String key) {
    DataFormatter formatter = new DataFormatter();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      boolean found = false;
      for (Cell cell : row) {
        String text = formatter.formatCellValue(cell);
        found |= text.equals(key);
        if (!text.isEmpty()) {
          cells.add(text);
        }
      }
      if (found) {
        return cells;
      }
    }
    throw new AssertionError("no row holds " + key + " in sheet " + sheet.getSheetName());
  }
}
