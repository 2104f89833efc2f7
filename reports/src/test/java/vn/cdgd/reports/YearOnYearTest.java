package vn.cdgd.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The year-end compares every field total and indicator with the previous school year the
 * warehouse holds, and says so when it holds none. The fixture's 2018-2019 has the district's two
 * CĐCS only (A01 1.188, I02 80 %); 2019-2020 has three (A01 1.270, I02 94 %).
 */
class YearOnYearTest {
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
  void comparesEachFigureAndIndicatorWithThePreviousYear() throws Exception {
    String text = PrintText.of(Exports.fillDocument(reports.yearEndDocument("2019-2020", "FIX", DATE)));
    assertThat(text).contains("IV. SO SÁNH VỚI NĂM HỌC TRƯỚC",
        "So sánh với năm học 2018-2019",
        "Mã | Nội dung | Năm học/2019-2020 | Năm học/2018-2019 | Tăng, giảm",
        "A01 | Tổng số cán bộ, nhà giáo, người lao động (người) | 1.270 | 1.188 | tăng 82",
        "D02 | Số tiền thăm hỏi, hỗ trợ (đồng) | 3.734.567 đồng | 3.000.000 đồng | tăng 734.567 đồng",
        "D03 | Gắn với 01 địa chỉ nhân đạo (CĐCS có) | 2 | 1 | tăng 1",
        "I01 | Tỷ lệ đoàn viên / CBNGNLĐ | 94,5 % | 95,5 % | giảm 1,1 điểm %",
        "I02 | Tỷ lệ cán bộ CĐCS được bồi dưỡng, tập huấn nghiệp vụ | 94,0 % | 80,0 % | tăng 14,0 điểm %",
        "I03 | Tỷ lệ nữ đoàn viên đạt \"Giỏi việc trường, đảm việc nhà\" cấp cơ sở | 87,0 % | không có số liệu"
            + " | không so sánh được");
  }

  @Test
  void saysNothingIsComparedForTheFirstYear() throws Exception {
    String text = PrintText.of(Exports.fillDocument(reports.yearEndDocument("2018-2019", "FIX", DATE)));
    assertThat(text).contains("Kho dữ liệu không có số liệu năm học trước năm học 2018-2019, nên báo cáo không"
        + " so sánh với năm học trước.").doesNotContain("Tăng, giảm");
  }

  @Test
  void theSpreadsheetHasTheComparisonWithNumbers() throws Exception {
    Reports.Written written = reports.yearEnd("2019-2020", "FIX", DATE, folder.resolve("out"));
    try (InputStream in = Files.newInputStream(written.xlsx()); Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = workbook.getSheet("So với năm trước");
      Row i02 = row(sheet, "I02");
      assertThat(numbers(i02)).containsExactly(0.94, 0.8);
      assertThat(new DataFormatter().formatCellValue(i02.getCell(i02.getLastCellNum() - 1))).isEqualTo("tăng 14,0 điểm %");
      assertThat(numbers(row(sheet, "A01"))).containsExactly(1270.0, 1188.0);
    }
  }

  @Test
  void changesReadInPointsOrInTheirOwnUnit() {
    assertThat(YearOnYear.change("rate", 0.94, 0.8)).isEqualTo("tăng 14,0 điểm %");
    assertThat(YearOnYear.change("rate", 0.8, 0.80004)).isEqualTo("không đổi");
    assertThat(YearOnYear.change("count", 1188, 1270)).isEqualTo("giảm 82");
    assertThat(YearOnYear.change("money", 3734567, 3000000)).isEqualTo("tăng 734.567 đồng");
    assertThat(YearOnYear.change("count", 0, null)).isEqualTo("không so sánh được");
  }

  private static Row row(Sheet sheet, String code) {
    DataFormatter formatter = new DataFormatter();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (formatter.formatCellValue(cell).equals(code)) {
          return row;
        }
      }
    }
    throw new AssertionError("no row " + code + " in sheet " + sheet.getSheetName());
  }

  private static List<Double> numbers(Row row) {
    List<Double> numbers = new ArrayList<>();
    row.forEach(cell -> {
      if (cell.getCellType() == CellType.NUMERIC) {
        numbers.add(cell.getNumericCellValue());
      }
    });
    return numbers;
  }
}
