package vn.cdgd.staging.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cdgd.staging.feedback.Problems.cellProblem;
import static vn.cdgd.staging.feedback.Problems.problem;
import static vn.cdgd.staging.feedback.Problems.unreadable;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.ingest.Rule;

class ProblemReportWriterTest {

  private static final String VIETNAMESE_MESSAGE =
      "Số đoàn viên nữ (45) lớn hơn tổng số đoàn viên (40), \"Trong đó nữ\" phải ≤ \"Tổng số\".\n"
          + "Hãy sửa ô C9.";

  @TempDir Path folder;

  @Test
  void csvStartsWithByteOrderMarkAndExactHeader() throws IOException {
    Path csv = folder.resolve("loi.csv");
    ProblemReportWriter.writeCsv(List.of(cellProblem("B9", Rule.NEGATIVE)), csv);

    byte[] bytes = Files.readAllBytes(csv);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text.substring(1))
        .startsWith(
            "\"school_year\",\"unit_code\",\"unit_name\",\"file\",\"sheet\",\"cell\",\"field_code\","
                + "\"value\",\"rule\",\"level\",\"message\"\n");
    assertThat(text).doesNotContain("\r");
  }

  @Test
  void csvForPeopleHasTheWorkbooksVietnameseHeadersAndRuleNames() throws IOException {
    Path csv = folder.resolve("loi.csv");
    ProblemReportWriter.writeCsv(List.of(cellProblem("B9", Rule.NEGATIVE)), csv, vn.cdgd.conf.Settings.CsvHeaders.VIETNAMESE);

    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text.substring(1)).startsWith("\"Năm học\",\"Mã đơn vị\",\"Tên đơn vị\",\"Tệp\",\"Sheet\",\"Ô\","
        + "\"Mã chỉ tiêu\",\"Giá trị đã nhập\",\"Quy tắc\",\"Mức độ\",\"Hướng dẫn sửa\"\n");
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      reader.skip(1);
      CSVRecord record = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
          .getRecords().get(0);
      assertThat(record.get("Mã đơn vị")).isEqualTo("DNO001");
      assertThat(record.get("Ô")).isEqualTo("B9");
      assertThat(record.get("Quy tắc")).isEqualTo("Số âm");
    }
  }

  @Test
  void csvRoundTripsVietnameseMessageWithQuotesCommasAndLineBreaks() throws IOException {
    Path csv = folder.resolve("loi.csv");
    ProblemRow row =
        problem(
            "DNO001",
            "Trường THCS Lê Lợi",
            "2019-2020",
            "le-loi.xlsx",
            "C9",
            Rule.WOMEN_ABOVE_TOTAL,
            VIETNAMESE_MESSAGE);
    ProblemReportWriter.writeCsv(List.of(row), csv);

    List<CSVRecord> records = readCsv(csv);
    assertThat(records).hasSize(1);
    CSVRecord record = records.get(0);
    assertThat(record.get("message")).isEqualTo(VIETNAMESE_MESSAGE);
    assertThat(record.get("unit_name")).isEqualTo("Trường THCS Lê Lợi");
    assertThat(record.get("rule")).isEqualTo("women_above_total");
    assertThat(record.get("level")).isEqualTo("lỗi");
    assertThat(record.get("cell")).isEqualTo("C9");
  }

  @Test
  void listsCellsInReadingOrderRowThenColumn() throws IOException {
    Path csv = folder.resolve("loi.csv");
    ProblemReportWriter.writeCsv(
        List.of(
            cellProblem("B10", Rule.NEGATIVE),
            cellProblem("A10", Rule.NEGATIVE),
            cellProblem("B9", Rule.NEGATIVE),
            cellProblem("AA2", Rule.NEGATIVE),
            cellProblem("", Rule.FIELD_MISSING)),
        csv);

    assertThat(readCsv(csv))
        .extracting(record -> record.get("cell"))
        .containsExactly("", "AA2", "B9", "A10", "B10");
  }

  @Test
  void listsErrorsBeforeWarningsOnTheSameCell() throws IOException {
    Path csv = folder.resolve("loi.csv");
    ProblemReportWriter.writeCsv(
        List.of(cellProblem("B9", Rule.OUTLIER), cellProblem("B9", Rule.NEGATIVE)), csv);

    assertThat(readCsv(csv))
        .extracting(record -> record.get("level"))
        .containsExactly("lỗi", "cảnh báo");
  }

  @Test
  void sortsByYearThenUnitNameInVietnameseOrder() throws IOException {
    Path csv = folder.resolve("loi.csv");
    ProblemReportWriter.writeCsv(
        List.of(
            problem("U4", "Trường Ea Súp", "2019-2020", "4.xlsx", "B9", Rule.NEGATIVE, "x"),
            problem("U3", "Trường Đồng Xoài", "2019-2020", "3.xlsx", "B9", Rule.NEGATIVE, "x"),
            problem("U2", "Trường Bình Minh", "2019-2020", "2.xlsx", "B9", Rule.NEGATIVE, "x"),
            problem("U1", "Trường Ánh Dương", "2019-2020", "1.xlsx", "B9", Rule.NEGATIVE, "x"),
            problem("U4", "Trường Ea Súp", "2018-2019", "0.xlsx", "B9", Rule.NEGATIVE, "x"),
            unreadable("hong.xlsx")),
        csv);

    assertThat(readCsv(csv))
        .extracting(record -> record.get("school_year") + " " + record.get("unit_name"))
        .containsExactly(
            "2018-2019 Trường Ea Súp",
            "2019-2020 Trường Ánh Dương",
            "2019-2020 Trường Bình Minh",
            "2019-2020 Trường Đồng Xoài",
            "2019-2020 Trường Ea Súp",
            " ");
  }

  @Test
  void workbookListsEveryProblemWithoutCap() throws IOException {
    Path xlsx = folder.resolve("loi.xlsx");
    List<ProblemRow> rows = manyProblems(1_200);
    ProblemReportWriter.writeXlsx(rows, xlsx);

    try (XSSFWorkbook workbook = open(xlsx)) {
      assertThat(workbook.getSheetName(0)).isEqualTo("Tóm tắt");
      assertThat(workbook.getSheetName(1)).isEqualTo("Danh sách lỗi");
      assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
      XSSFSheet problems = workbook.getSheet("Danh sách lỗi");
      assertThat(texts(problems.getRow(0)))
          .containsExactly(
              "Năm học",
              "Mã đơn vị",
              "Tên đơn vị",
              "Tệp",
              "Sheet",
              "Ô",
              "Mã chỉ tiêu",
              "Giá trị đã nhập",
              "Quy tắc",
              "Mức độ",
              "Hướng dẫn sửa");
      assertThat(problems.getLastRowNum()).isEqualTo(1_200);
      assertThat(problems.getPhysicalNumberOfRows()).isEqualTo(1_201);
    }
  }

  @Test
  void workbookShowsMessageBoldFrozenFilteredHeaderAndColoursErrorsApartFromWarnings()
      throws IOException {
    Path xlsx = folder.resolve("loi.xlsx");
    ProblemRow error =
        problem(
            "DNO001",
            "Trường THCS Lê Lợi",
            "2019-2020",
            "le-loi.xlsx",
            "C9",
            Rule.WOMEN_ABOVE_TOTAL,
            VIETNAMESE_MESSAGE);
    ProblemReportWriter.writeXlsx(List.of(cellProblem("D9", Rule.OUTLIER), error), xlsx);

    try (XSSFWorkbook workbook = open(xlsx)) {
      XSSFSheet sheet = workbook.getSheet("Danh sách lỗi");
      Row errorRow = sheet.getRow(1);
      Row warningRow = sheet.getRow(2);
      assertThat(errorRow.getCell(10).getStringCellValue()).isEqualTo(VIETNAMESE_MESSAGE);
      assertThat(errorRow.getCell(9).getStringCellValue()).isEqualTo("lỗi");
      assertThat(errorRow.getCell(8).getStringCellValue()).isEqualTo(Rule.WOMEN_ABOVE_TOTAL.title());
      assertThat(Rule.WOMEN_ABOVE_TOTAL.title()).isNotEqualTo(Rule.WOMEN_ABOVE_TOTAL.code());
      assertThat(warningRow.getCell(9).getStringCellValue()).isEqualTo("cảnh báo");
      assertThat(fill(errorRow, 0)).isEqualTo("FFC7CE");
      assertThat(fill(warningRow, 0)).isEqualTo("FFEB9C");
      assertThat(errorRow.getCell(10).getCellStyle().getWrapText()).isTrue();
      assertThat(
              workbook
                  .getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                  .getBold())
          .isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K3");
    }
  }

  @Test
  void summaryCountsFilesErrorsWarningsAndEachRule() throws IOException {
    Path xlsx = folder.resolve("loi.xlsx");
    ProblemReportWriter.writeXlsx(
        List.of(
            cellProblem("B9", Rule.NEGATIVE),
            cellProblem("B10", Rule.NEGATIVE),
            cellProblem("B11", Rule.OUTLIER),
            unreadable("hong.xlsx")),
        xlsx);

    try (XSSFWorkbook workbook = open(xlsx)) {
      List<List<String>> summary = new ArrayList<>();
      workbook.getSheet("Tóm tắt").forEach(row -> summary.add(texts(row)));
      assertThat(summary)
          .contains(
              List.of("Số tệp có lỗi hoặc cảnh báo", "2"),
              List.of("Số lỗi", "3"),
              List.of("Số cảnh báo", "1"),
              List.of("file_unreadable", "Tệp không đọc được", "lỗi", "1"),
              List.of("negative", "Số âm", "lỗi", "2"),
              List.of("outlier", "Thay đổi bất thường so với năm trước", "cảnh báo", "1"));
    }
  }

  @Test
  void continuesOnAnotherSheetPastTheRowsOneSheetHolds() throws IOException {
    Path xlsx = folder.resolve("loi.xlsx");
    ProblemReportWriter.writeXlsx(manyProblems(25), xlsx, 10);

    try (XSSFWorkbook workbook = open(xlsx)) {
      assertThat(workbook.getSheet("Danh sách lỗi").getLastRowNum()).isEqualTo(10);
      assertThat(workbook.getSheet("Danh sách lỗi (2)").getLastRowNum()).isEqualTo(10);
      assertThat(workbook.getSheet("Danh sách lỗi (3)").getLastRowNum()).isEqualTo(5);
    }
  }

  private static List<ProblemRow> manyProblems(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> cellProblem("B" + i, i % 3 == 0 ? Rule.OUTLIER : Rule.NEGATIVE))
        .toList();
  }

  private static List<CSVRecord> readCsv(Path csv) throws IOException {
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      reader.skip(1);
      CSVParser parser =
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
      assertThat(parser.getHeaderNames()).containsExactlyElementsOf(ProblemReportWriter.CSV_HEADER);
      return parser.getRecords();
    }
  }

  static XSSFWorkbook open(Path xlsx) throws IOException {
    try (InputStream in = Files.newInputStream(xlsx)) {
      return new XSSFWorkbook(in);
    }
  }

  static List<String> texts(Row row) {
    DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(formatter.formatCellValue(cell)));
    return texts;
  }

  static String fill(Row row, int column) {
    XSSFCellStyle style = (XSSFCellStyle) row.getCell(column).getCellStyle();
    return style.getFillForegroundXSSFColor().getARGBHex().substring(2);
  }

  static List<String> column(Sheet sheet, int firstRow, int column) {
    List<String> values = new ArrayList<>();
    for (int index = firstRow; index <= sheet.getLastRowNum(); index++) {
      values.add(sheet.getRow(index).getCell(column).getStringCellValue());
    }
    return values;
  }
}
