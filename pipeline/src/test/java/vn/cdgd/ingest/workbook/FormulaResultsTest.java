package vn.cdgd.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Chains of formulas far deeper than POI's recursive evaluator can follow. */
class FormulaResultsTest {
  private static final int DEPTH = 20_000;

  @Test
  void computesTheEndOfADeepChainInAnXlsxAndAnXls() throws Exception {
    for (Workbook workbook : new Workbook[] {new XSSFWorkbook(), new HSSFWorkbook()}) {
      try (workbook) {
        Cell last = chain(workbook, DEPTH);

        FormulaResults.Outcome outcome = new FormulaResults(workbook).evaluate(last);

        assertThat(outcome.problem()).as(workbook.getClass().getSimpleName()).isNull();
        assertThat(outcome.value().getNumberValue()).isEqualTo(2.0 * DEPTH);
      }
    }
  }

  @Test
  void reportsAChainLongerThanItsLimitAsTooDeepInsteadOfFailingTheFile() throws Exception {
    try (Workbook workbook = new XSSFWorkbook()) {
      Cell last = chain(workbook, DEPTH);
      FormulaResults formulas = new FormulaResults(workbook, 1_000);

      FormulaResults.Outcome outcome = formulas.evaluate(last);
      FormulaResults.Outcome shallow = formulas.evaluate(workbook.getSheetAt(0).getRow(3).getCell(0));

      assertThat(outcome.value()).isNull();
      assertThat(outcome.problem()).contains("chuỗi công thức nối tiếp nhau quá dài (hơn 1.000 ô)");
      assertThat(shallow.value().getNumberValue()).isEqualTo(8.0);
    }
  }

  /** A1 = 2 and each cell below adds 2 to the one above; none has a stored result. */
  private static Cell chain(Workbook workbook, int length) {
    Sheet sheet = workbook.createSheet("Chuỗi");
    sheet.createRow(0).createCell(0).setCellValue(2);
    Cell cell = null;
    for (int r = 1; r < length; r++) {
      cell = sheet.createRow(r).createCell(0);
      cell.setCellFormula("A" + r + "+2");
    }
    return cell;
  }
}
