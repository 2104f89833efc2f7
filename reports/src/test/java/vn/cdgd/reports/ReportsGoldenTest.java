package vn.cdgd.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.sf.jasperreports.engine.JasperPrint;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both reports over the fixture warehouse, compared as text with the files under
 * {@code src/test/resources/golden/}; {@code mvn test -Dgolden.update=true} rewrites them.
 */
class ReportsGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
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
  void yearEndReadsAsTheGoldenText() throws Exception {
    JasperPrint print = Exports.fillDocument(reports.yearEndDocument("2019-2020", "FIX", REVIEW));
    String text = PrintText.of(print);
    assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Thử, ngày 06 tháng 10 năm 2020",
        "94,0 %", "87,0 %", "533.510 đồng", "3.734.567");
    assertGolden("year-end.txt", text);
  }

  @Test
  void midTermReadsAsTheGoldenText() throws Exception {
    JasperPrint print = Exports.fillDocument(reports.midTermDocument(FixtureWarehouse.TERM, "2019-2020", "FIX", REVIEW));
    String text = PrintText.of(print);
    assertThat(text).contains("Điều chỉnh ngày 06/10/2020: Hằng năm có trên 95 % CĐCS hoàn thành tốt nhiệm vụ",
        "trong nửa nhiệm kỳ cuối");
    assertGolden("mid-term.txt", text);
  }

  @Test
  void judgesAnotherUnitOnItsOwnValues() throws Exception {
    String text = PrintText.of(Exports.fillDocument(
        reports.midTermDocument(FixtureWarehouse.TERM, "2019-2020", "FIX-H", REVIEW)));
    assertThat(text).contains("2019-2020 | 100,0 % | ≥ 100,0 % | đạt", "2018-2019 | 75,0 % | ≥ 100,0 % | chưa đạt");
  }

  @Test
  void writesSpreadsheetsWithNumericCells() throws Exception {
    Reports.Written written = reports.yearEnd("2019-2020", "FIX", REVIEW, folder.resolve("out"));
    assertThat(written.pdf()).isRegularFile();
    try (InputStream in = Files.newInputStream(written.xlsx()); Workbook workbook = WorkbookFactory.create(in)) {
      assertThat(workbook.getSheet("Khen thưởng")).isNotNull();
      Sheet indicators = workbook.getSheet("Chỉ số");
      assertThat(numericCells(indicators)).contains(0.94, 0.87, 1200.0, 1270.0);
      assertThat(numericCells(workbook.getSheetAt(0))).contains(1270.0, 1200.0);
      // Every sheet's title whole, the school year at its end (a fixed-height title cut it at ", năm ").
      for (Sheet sheet : workbook) {
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as(sheet.getSheetName())
            .endsWith(", năm học 2019-2020");
      }
    }
  }

  @Test
  void refusesAUnitOrAYearNotInTheWarehouse() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.yearEndDocument("2019-2020", "NOPE", REVIEW))
        .isInstanceOf(ReportException.class).hasMessageContaining("NOPE");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.yearEndDocument("2030-2031", "FIX", REVIEW))
        .isInstanceOf(ReportException.class).hasMessageContaining("2030-2031");
  }

  private static List<Double> numericCells(Sheet sheet) {
    List<Double> values = new java.util.ArrayList<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.NUMERIC) {
          values.add(cell.getNumericCellValue());
        }
      }
    }
    return values;
  }

  /** {@code actual} against the golden file {@code name}; written when missing or asked for. */
  static void assertGolden(String name, String actual) throws Exception {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
