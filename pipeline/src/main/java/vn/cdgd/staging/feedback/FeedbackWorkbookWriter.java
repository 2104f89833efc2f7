package vn.cdgd.staging.feedback;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.cdgd.ingest.Issue;
import vn.cdgd.ingest.Level;

/**
 * The workbooks sent back to each CĐCS: one per unit and school year that has problems, holding
 * that unit's problems only. Problems from a file whose unit could not be told get one workbook per
 * source file.
 */
public final class FeedbackWorkbookWriter {

  static final String SHEET = "Phản hồi";
  static final String TITLE = "PHẢN HỒI KẾT QUẢ KIỂM TRA BÁO CÁO THỐNG KÊ";
  static final String INSTRUCTION =
      "Các dòng mức độ \"lỗi\" phải được sửa và gửi lại báo cáo; các dòng \"cảnh báo\" cần kiểm"
          + " tra lại cho đúng.";
  static final String ACCEPTED = "Đã tiếp nhận";
  static final String REJECTED = "Bị từ chối – cần sửa và gửi lại";
  static final String FIXED = "Bị từ chối, đã sửa: ";
  static final String UNKNOWN_UNIT = "Khong-xac-dinh";
  static final List<String> HEADER =
      List.of(
          "STT",
          "Tệp",
          "Sheet",
          "Ô",
          "Mã chỉ tiêu",
          "Giá trị đã nhập",
          "Mức độ",
          "Nội dung cần sửa");

  private static final Pattern ILLEGAL_ON_WINDOWS = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
  private static final Pattern RESERVED_ON_WINDOWS =
      Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM\\d|LPT\\d)");
  private static final int MAX_NAME_LENGTH = 150;

  private FeedbackWorkbookWriter() {}

  /**
   * Writes the workbooks into {@code folder} (created if missing, existing files of the same name
   * replaced) and returns their paths in the order of the problems.
   */
  public static List<Path> writePerUnit(List<ProblemRow> rows, Path folder) {
    Map<String, List<ProblemRow>> byRecipient = new LinkedHashMap<>();
    for (ProblemRow row : ProblemOrder.sorted(rows)) {
      String key =
          row.unitCode().isEmpty()
              ? "file\u0000" + row.file()
              : "unit\u0000" + row.unitCode() + "\u0000" + row.schoolYear();
      byRecipient.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
    List<Path> written = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (List<ProblemRow> problems : byRecipient.values()) {
      Path file = folder.resolve(unique(fileName(problems.get(0)), taken) + ".xlsx");
      write(problems, file);
      written.add(file);
    }
    return written;
  }

  /**
   * The file name without extension, for example {@code DNO001 - Trường THCS Lê Lợi - 2019-2020}.
   */
  static String fileName(ProblemRow row) {
    List<String> parts = new ArrayList<>();
    if (row.unitCode().isEmpty()) {
      parts.add(UNKNOWN_UNIT);
      String path = row.file().replace('\\', '/');
      String name = path.substring(path.lastIndexOf('/') + 1);
      int dot = name.lastIndexOf('.');
      parts.add(dot > 0 ? name.substring(0, dot) : name);
    } else {
      parts.add(row.unitCode());
      parts.add(row.unitName());
      parts.add(row.schoolYear());
    }
    String joined =
        parts.stream()
            .map(FeedbackWorkbookWriter::safe)
            .filter(part -> !part.isEmpty())
            .collect(Collectors.joining(" - "));
    if (joined.length() > MAX_NAME_LENGTH) {
      joined = joined.substring(0, MAX_NAME_LENGTH).strip();
    }
    return RESERVED_ON_WINDOWS.matcher(joined).matches() ? joined + "_" : joined;
  }

  /** NFC, characters Windows refuses replaced by "-", no trailing dots or spaces. */
  static String safe(String part) {
    String nfc = Normalizer.normalize(part, Normalizer.Form.NFC);
    String replaced = ILLEGAL_ON_WINDOWS.matcher(nfc).replaceAll("-").strip();
    return replaced.replaceAll("[. ]+$", "");
  }

  /** Windows compares names without case, so two names differing only in case would collide. */
  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int copy = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); copy++) {
      candidate = name + " (" + copy + ")";
    }
    return candidate;
  }

  private static void write(List<ProblemRow> problems, Path file) {
    SXSSFWorkbook workbook = Xlsx.newWorkbook();
    Xlsx.Styles styles = Xlsx.styles(workbook);
    Sheet sheet = workbook.createSheet(SHEET);
    Xlsx.widths(sheet, 6, 30, 16, 7, 12, 20, 10, 70);
    int rowIndex = titleBlock(sheet, problems, styles);
    Xlsx.headerRow(sheet, rowIndex, HEADER, styles);
    sheet.createFreezePane(0, rowIndex + 1);
    int number = 1;
    for (ProblemRow problem : problems) {
      Issue issue = problem.issue();
      Level level = issue.level();
      Row row = sheet.createRow(++rowIndex);
      row.createCell(0).setCellValue(number++);
      row.getCell(0).setCellStyle(styles.of(level, false));
      List<String> cells =
          List.of(
              problem.file(),
              issue.sheet(),
              issue.cell(),
              issue.fieldCode(),
              issue.value(),
              level.label(),
              issue.message() == null ? "" : issue.message());
      for (int column = 0; column < cells.size(); column++) {
        Xlsx.text(row, column + 1, cells.get(column), styles.of(level, column == cells.size() - 1));
      }
    }
    Xlsx.write(workbook, file);
  }

  /** Writes the lines above the table and returns the index of the table's header row. */
  private static int titleBlock(Sheet sheet, List<ProblemRow> problems, Xlsx.Styles styles) {
    ProblemRow first = problems.get(0);
    String unit =
        first.unitCode().isEmpty()
            ? "Không xác định được (tệp không đọc được mã đơn vị)"
            : first.unitCode() + (first.unitName().isEmpty() ? "" : " – " + first.unitName());
    long errors = problems.stream().filter(p -> p.issue().level() == Level.ERROR).count();
    Map<String, String> outcomeByFile = new LinkedHashMap<>();
    // Every problem of a file carries the outcome of the whole file.
    problems.forEach(p -> outcomeByFile.putIfAbsent(p.file(), outcome(p)));

    List<String> lines = new ArrayList<>();
    lines.add(TITLE);
    lines.add(INSTRUCTION);
    lines.add("Đơn vị: " + unit);
    lines.add("Năm học: " + (first.schoolYear().isEmpty() ? "không xác định" : first.schoolYear()));
    lines.add("Tệp đã kiểm tra: " + String.join("; ", outcomeByFile.keySet()));
    lines.add("Kết quả: " + outcome(outcomeByFile));
    lines.add("Số lỗi: " + errors + "; số cảnh báo: " + (problems.size() - errors));
    for (int index = 0; index < lines.size(); index++) {
      Row row = sheet.createRow(index);
      Xlsx.text(
          row,
          0,
          lines.get(index),
          index == 0 ? styles.title() : index == 1 ? styles.bold() : null);
      sheet.addMergedRegion(new CellRangeAddress(index, index, 0, HEADER.size() - 1));
    }
    return lines.size() + 1;
  }

  /** One outcome when every file had the same, else the outcome of each file. */
  private static String outcome(Map<String, String> outcomeByFile) {
    if (new HashSet<>(outcomeByFile.values()).size() == 1) {
      return outcomeByFile.values().iterator().next();
    }
    return outcomeByFile.entrySet().stream()
        .map(entry -> entry.getKey() + ": " + entry.getValue())
        .collect(Collectors.joining("; "));
  }

  /** A file's outcome: accepted, rejected, or rejected and since replaced by an accepted file. */
  private static String outcome(ProblemRow row) {
    if (row.accepted()) {
      return ACCEPTED;
    }
    return row.fixedBy() == null ? REJECTED : FIXED + row.fixedBy();
  }
}
