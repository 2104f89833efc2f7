package vn.cdgd.staging.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.cdgd.export.SpreadsheetCsv;
import vn.cdgd.ingest.Issue;
import vn.cdgd.ingest.Level;
import vn.cdgd.ingest.Rule;

/**
 * The ingest's error report over every submission, one row per problem, in {@link ProblemOrder}: a
 * CSV for tools and a workbook for people. Every problem is listed, however many there are.
 */
public final class ProblemReportWriter {

  public static final List<String> CSV_HEADER =
      List.of(
          "school_year",
          "unit_code",
          "unit_name",
          "file",
          "sheet",
          "cell",
          "field_code",
          "value",
          "rule",
          "level",
          "message");

  static final String SUMMARY_SHEET = "Tóm tắt";
  static final String PROBLEMS_SHEET = "Danh sách lỗi";
  static final List<String> XLSX_HEADER =
      List.of(
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

  /** Excel's last row, less the header; more problems continue on "Danh sách lỗi (2)". */
  static final int ROWS_PER_SHEET = 1_048_575;

  private static final int MESSAGE_COLUMN = 10;

  private ProblemReportWriter() {}

  /** Opens in a spreadsheet as text: see {@link SpreadsheetCsv} (byte-order mark, quoting, no formulas). */
  public static void writeCsv(List<ProblemRow> rows, Path file) {
    writeCsv(rows, file, vn.cdgd.conf.Settings.CsvHeaders.CODES);
  }

  /** The same, under the workbook's Vietnamese headers when {@code headers} asks for them; the columns are the same. */
  public static void writeCsv(List<ProblemRow> rows, Path file, vn.cdgd.conf.Settings.CsvHeaders headers) {
    boolean vietnamese = headers == vn.cdgd.conf.Settings.CsvHeaders.VIETNAMESE;
    List<String> header = vietnamese ? XLSX_HEADER : CSV_HEADER;
    try (CSVPrinter printer = SpreadsheetCsv.create(file, header.toArray(String[]::new))) {
      for (ProblemRow row : ProblemOrder.sorted(rows)) {
        SpreadsheetCsv.printRecord(printer, vietnamese ? readable(cells(row), row) : cells(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /** A summary sheet, then every problem with errors in light red and warnings in light yellow. */
  public static void writeXlsx(List<ProblemRow> rows, Path file) {
    writeXlsx(rows, List.of(), file, ROWS_PER_SHEET);
  }

  /**
   * The same with, after the summary, the history of the submissions of every unit rejected at
   * least once ({@link SubmissionHistorySheet}), when there is one.
   */
  public static void writeXlsx(List<ProblemRow> rows, List<SubmissionHistory> history, Path file) {
    writeXlsx(rows, history, file, ROWS_PER_SHEET);
  }

  static void writeXlsx(List<ProblemRow> rows, Path file, int rowsPerSheet) {
    writeXlsx(rows, List.of(), file, rowsPerSheet);
  }

  private static void writeXlsx(List<ProblemRow> rows, List<SubmissionHistory> history, Path file, int rowsPerSheet) {
    SXSSFWorkbook workbook = Xlsx.newWorkbook();
    Xlsx.Styles styles = Xlsx.styles(workbook);
    writeSummary(workbook.createSheet(SUMMARY_SHEET), rows, history, styles);
    if (history.stream().anyMatch(h -> h.unitState() != vn.cdgd.staging.Resubmissions.State.ACCEPTED)) {
      SubmissionHistorySheet.write(workbook.createSheet(SubmissionHistorySheet.SHEET), history, styles);
    }
    List<ProblemRow> sorted = ProblemOrder.sorted(rows);
    int sheets = Math.max(1, (sorted.size() + rowsPerSheet - 1) / rowsPerSheet);
    for (int part = 0; part < sheets; part++) {
      String name = part == 0 ? PROBLEMS_SHEET : PROBLEMS_SHEET + " (" + (part + 1) + ")";
      int from = part * rowsPerSheet;
      writeProblems(
          workbook.createSheet(name),
          sorted.subList(from, Math.min(sorted.size(), from + rowsPerSheet)),
          styles);
    }
    Xlsx.write(workbook, file);
  }

  private static void writeProblems(Sheet sheet, List<ProblemRow> rows, Xlsx.Styles styles) {
    Xlsx.widths(sheet, 11, 12, 36, 30, 16, 7, 12, 20, 20, 10, 70);
    Xlsx.headerRow(sheet, 0, XLSX_HEADER, styles);
    sheet.createFreezePane(0, 1);
    int rowIndex = 1;
    for (ProblemRow problem : rows) {
      Row row = sheet.createRow(rowIndex++);
      // The workbook is read by people: the rule by its Vietnamese name (the CSV keeps codes by default).
      List<String> cells = readable(cells(problem), problem);
      Level level = problem.issue().level();
      for (int column = 0; column < cells.size(); column++) {
        Xlsx.text(row, column, cells.get(column), styles.of(level, column == MESSAGE_COLUMN));
      }
    }
    sheet.setAutoFilter(new CellRangeAddress(0, rowIndex - 1, 0, XLSX_HEADER.size() - 1));
  }

  private static void writeSummary(Sheet sheet, List<ProblemRow> rows, List<SubmissionHistory> history,
      Xlsx.Styles styles) {
    Map<Rule, Long> perRule = new EnumMap<>(Rule.class);
    long errors = 0;
    for (ProblemRow row : rows) {
      perRule.merge(row.issue().rule(), 1L, Long::sum);
      errors += row.issue().level() == Level.ERROR ? 1 : 0;
    }
    long files = rows.stream().map(ProblemRow::file).distinct().count();

    Xlsx.widths(sheet, 34, 48, 12, 12);
    Xlsx.text(sheet.createRow(0), 0, "TÓM TẮT KẾT QUẢ KIỂM TRA BÁO CÁO", styles.title());
    countRow(sheet, 2, "Số tệp có lỗi hoặc cảnh báo", files);
    countRow(sheet, 3, "Số lỗi", errors);
    countRow(sheet, 4, "Số cảnh báo", rows.size() - errors);
    int rowIndex = 5;
    if (!history.isEmpty()) {
      // Units, not files: a school that sent a corrected report is no longer counted rejected.
      countRow(sheet, rowIndex++, "Số đơn vị bị từ chối đã gửi lại bản đạt (đã sửa)",
          units(history, vn.cdgd.staging.Resubmissions.State.FIXED));
      countRow(sheet, rowIndex++, "Số đơn vị còn phải gửi lại báo cáo", units(history, vn.cdgd.staging.Resubmissions.State.OPEN));
    }
    Xlsx.headerRow(sheet, ++rowIndex, List.of("Quy tắc", "Nội dung", "Mức độ", "Số lượng"), styles);
    rowIndex++;
    for (Map.Entry<Rule, Long> entry : perRule.entrySet()) {
      Rule rule = entry.getKey();
      Row row = sheet.createRow(rowIndex++);
      Xlsx.text(row, 0, rule.code(), null);
      Xlsx.text(row, 1, rule.title(), null);
      Xlsx.text(row, 2, rule.level().label(), null);
      row.createCell(3).setCellValue(entry.getValue());
    }
  }

  private static long units(List<SubmissionHistory> history, vn.cdgd.staging.Resubmissions.State state) {
    return history.stream().filter(h -> h.unitState() == state)
        .map(h -> h.schoolYear() + "\u0000" + h.unitCode()).distinct().count();
  }

  private static void countRow(Sheet sheet, int rowIndex, String label, long count) {
    Row row = sheet.createRow(rowIndex);
    Xlsx.text(row, 0, label, null);
    row.createCell(1).setCellValue(count);
  }

  /** A row for people: the rule by its Vietnamese name rather than its code. */
  private static List<String> readable(List<String> cells, ProblemRow row) {
    List<String> readable = new java.util.ArrayList<>(cells);
    readable.set(RULE_COLUMN, row.issue().rule().title());
    return readable;
  }

  private static final int RULE_COLUMN = 8;

  private static List<String> cells(ProblemRow row) {
    Issue issue = row.issue();
    return List.of(
        row.schoolYear(),
        row.unitCode(),
        row.unitName(),
        row.file(),
        issue.sheet(),
        issue.cell(),
        issue.fieldCode(),
        issue.value(),
        issue.rule().code(),
        issue.level().label(),
        issue.message() == null ? "" : issue.message());
  }
}
