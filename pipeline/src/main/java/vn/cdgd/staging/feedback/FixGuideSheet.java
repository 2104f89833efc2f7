package vn.cdgd.staging.feedback;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.cdgd.ingest.Issue;
import vn.cdgd.ingest.Level;

/**
 * The first sheet of a feedback workbook: who sends it, to which unit, what became of each file,
 * by when a corrected report must come back and whom to call, then one row per problem (sheet,
 * cell, what is wrong, what to do). Written into a copy of the school's workbook, where the cell
 * of a marked problem links to it, or into a workbook of its own when no copy could be made.
 */
final class FixGuideSheet {
  static final String SHEET = "Hướng dẫn sửa";
  static final String TITLE = "PHẢN HỒI KẾT QUẢ KIỂM TRA BÁO CÁO THỐNG KÊ";
  static final String INSTRUCTION =
      "Các dòng mức độ \"lỗi\" phải được sửa và gửi lại báo cáo; các dòng \"cảnh báo\" cần kiểm"
          + " tra lại cho đúng.";
  static final String ACCEPTED = "Đã tiếp nhận";
  static final String REJECTED = "Bị từ chối – cần sửa và gửi lại";
  static final String FIXED = "Bị từ chối, đã sửa: ";
  static final List<String> HEADER =
      List.of("STT", "Tệp", "Sheet", "Ô", "Mã chỉ tiêu", "Giá trị đã nhập", "Mức độ", "Lỗi", "Cách sửa");
  private static final int[] WIDTHS = {5, 18, 12, 7, 8, 11, 9, 20, 45};
  private static final Set<Integer> WRAPPED = Set.of(1, 2, 7, 8);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

  private FixGuideSheet() {}

  /**
   * Adds the sheet in front of the others and makes it the one a spreadsheet opens on.
   *
   * @param copied the file whose copy follows this sheet, or null for a list-only workbook
   * @param marked the problems whose cells are marked in the copy
   */
  static Sheet write(Workbook workbook, List<ProblemRow> problems, FeedbackTerms terms, String copied,
      Set<ProblemRow> marked) {
    Sheet sheet = workbook.createSheet(freeName(workbook));
    workbook.setSheetOrder(sheet.getSheetName(), 0);
    for (Sheet other : workbook) {
      other.setSelected(false);
    }
    sheet.setSelected(true);
    workbook.setActiveSheet(0);
    workbook.setFirstVisibleTab(0);
    for (int column = 0; column < WIDTHS.length; column++) {
      sheet.setColumnWidth(column, WIDTHS[column] * 256);
    }
    Styles styles = new Styles(workbook);
    int rowIndex = titleBlock(sheet, problems, terms, copied, marked, styles);
    Row header = sheet.createRow(rowIndex);
    for (int column = 0; column < HEADER.size(); column++) {
      Xlsx.text(header, column, HEADER.get(column), styles.header);
    }
    sheet.setRepeatingRows(new CellRangeAddress(rowIndex, rowIndex, 0, HEADER.size() - 1));
    int number = 1;
    for (ProblemRow problem : problems) {
      Issue issue = problem.issue();
      Row row = sheet.createRow(++rowIndex);
      Cell numberCell = row.createCell(0);
      numberCell.setCellValue(number++);
      numberCell.setCellStyle(styles.of(issue.level(), false));
      List<String> cells = List.of(problem.file(), issue.sheet(), issue.cell(), issue.fieldCode(), issue.value(),
          issue.level().label(), issue.rule().title(), issue.message() == null ? "" : issue.message());
      for (int column = 1; column <= cells.size(); column++) {
        Xlsx.text(row, column, cells.get(column - 1), styles.of(issue.level(), WRAPPED.contains(column)));
      }
      if (marked.contains(problem)) {
        link(workbook, row.getCell(3), issue);
      }
    }
    A4Portrait.apply(sheet);
    return sheet;
  }

  /** The cell of a marked problem opens the copied sheet at that cell. */
  private static void link(Workbook workbook, Cell cell, Issue issue) {
    Sheet target = CellMarks.sheet(workbook, issue.sheet());
    List<CellAddress> cells = CellMarks.cells(issue.cell());
    if (target == null || cells.isEmpty()) {
      return;
    }
    Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
    link.setAddress("'" + target.getSheetName().replace("'", "''") + "'!" + cells.get(0).formatAsString());
    cell.setHyperlink(link);
  }

  /** The school's own workbook may already have a sheet of this name (a copy sent back as is). */
  private static String freeName(Workbook workbook) {
    String name = SHEET;
    for (int copy = 2; workbook.getSheet(name) != null; copy++) {
      name = SHEET + " (" + copy + ")";
    }
    return name;
  }

  /** Writes the lines above the table and returns the index of the table's header row. */
  private static int titleBlock(Sheet sheet, List<ProblemRow> problems, FeedbackTerms terms, String copied,
      Set<ProblemRow> marked, Styles styles) {
    ProblemRow first = problems.get(0);
    String unit = first.unitCode().isEmpty()
        ? "Không xác định được (tệp không đọc được mã đơn vị)"
        : first.unitCode() + (first.unitName().isEmpty() ? "" : " – " + first.unitName());
    long errors = problems.stream().filter(p -> p.issue().level() == Level.ERROR).count();
    Map<String, String> outcomeByFile = new LinkedHashMap<>();
    // Every problem of a file carries the outcome of the whole file.
    problems.forEach(p -> outcomeByFile.putIfAbsent(p.file(), outcome(p)));
    boolean mustResend = problems.stream().anyMatch(p -> !p.accepted() && p.fixedBy() == null);

    List<String> lines = new ArrayList<>();
    lines.add(TITLE);
    if (!terms.union().isEmpty()) {
      lines.add(terms.union());
    }
    lines.add(INSTRUCTION);
    lines.add("Đơn vị: " + unit);
    lines.add("Năm học: " + (first.schoolYear().isEmpty() ? "không xác định" : first.schoolYear()));
    lines.add("Tệp đã kiểm tra: " + String.join("; ", outcomeByFile.keySet()));
    lines.add("Kết quả: " + outcome(outcomeByFile));
    lines.add("Số lỗi: " + errors + "; số cảnh báo: " + (problems.size() - errors));
    lines.add(mustResend
        ? "Hạn gửi lại báo cáo đã sửa: " + DAY.format(terms.resubmitBy()) + "."
        : "Không cần gửi lại báo cáo; hãy xem lại các cảnh báo cho lần báo cáo sau.");
    if (!terms.contact().isEmpty()) {
      lines.add("Liên hệ khi cần hỏi: " + terms.contact());
    } else if (!terms.union().isEmpty()) {
      lines.add("Liên hệ khi cần hỏi: " + terms.union());
    }
    lines.add(copyNote(problems, copied, marked));
    for (int index = 0; index < lines.size(); index++) {
      Row row = sheet.createRow(index);
      Xlsx.text(row, 0, lines.get(index), index == 0 ? styles.title : index == 1 ? styles.bold : null);
      sheet.addMergedRegion(new CellRangeAddress(index, index, 0, HEADER.size() - 1));
    }
    return lines.size() + 1;
  }

  private static String copyNote(List<ProblemRow> problems, String copied, Set<ProblemRow> marked) {
    if (copied != null && !marked.isEmpty()) {
      return "Các sheet sau sheet này là bản sao tệp \"" + copied + "\" đơn vị đã gửi: ô có lỗi tô đỏ nhạt, ô"
          + " cần kiểm tra tô vàng, di chuột vào ô để đọc ghi chú (bấm vào ô ở cột \"Ô\" dưới đây để đến"
          + " ô đó). Hãy sửa trong tệp của đơn vị rồi gửi lại.";
    }
    boolean anyCell = problems.stream().anyMatch(p -> !p.issue().cell().isBlank());
    return anyCell
        ? "Tệp đơn vị gửi không mở được để đánh dấu từng ô, nên các lỗi được liệt kê dưới đây."
        : "Các lỗi dưới đây là lỗi của cả tệp.";
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

  /** The few styles of the sheet, made once per workbook (an .xls holds at most 4,000). */
  private static final class Styles {
    final CellStyle title;
    final CellStyle bold;
    final CellStyle header;
    private final Map<String, CellStyle> byLevel = new LinkedHashMap<>();
    private final Workbook workbook;

    Styles(Workbook workbook) {
      this.workbook = workbook;
      Font boldFont = workbook.createFont();
      boldFont.setBold(true);
      Font titleFont = workbook.createFont();
      titleFont.setBold(true);
      titleFont.setFontHeightInPoints((short) 14);
      title = workbook.createCellStyle();
      title.setFont(titleFont);
      bold = workbook.createCellStyle();
      bold.setFont(boldFont);
      header = workbook.createCellStyle();
      header.setFont(boldFont);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.TOP);
      CellMarks.fill(workbook, header, Xlsx.HEADER_FILL);
    }

    CellStyle of(Level level, boolean wrapped) {
      return byLevel.computeIfAbsent(level + "/" + wrapped, key -> {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setWrapText(wrapped);
        CellMarks.fill(workbook, style, level == Level.ERROR ? Xlsx.ERROR_FILL : Xlsx.WARNING_FILL);
        return style;
      });
    }
  }
}
