package vn.cdgd.staging.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import vn.cdgd.ingest.Issue;
import vn.cdgd.ingest.Level;

/**
 * Marks the cells named by problems in a copy of the school's workbook: each gets a fill (light red
 * for an error, light yellow for a warning) over its own style, its value untouched, and a comment
 * saying in Vietnamese which rule it breaks and what to do. A problem whose sheet or cell is not in
 * the workbook (a whole-file problem, a missing sheet) is left to the list.
 */
final class CellMarks {
  static final String AUTHOR = "Kiểm tra báo cáo";
  /** A range names at most this many cells to mark: a form's widest row is far below it. */
  private static final int MAX_CELLS_PER_PROBLEM = 64;

  private final Workbook workbook;
  private final Map<String, CellStyle> markedStyles = new HashMap<>();

  private CellMarks(Workbook workbook) {
    this.workbook = workbook;
  }

  /** Marks {@code problems} in {@code workbook} and returns the ones whose cells were marked. */
  static Set<ProblemRow> mark(Workbook workbook, List<ProblemRow> problems) {
    CellMarks marks = new CellMarks(workbook);
    Map<CellKey, List<ProblemRow>> byCell = new LinkedHashMap<>();
    Set<ProblemRow> marked = new HashSet<>();
    for (ProblemRow problem : problems) {
      Sheet sheet = sheet(workbook, problem.issue().sheet());
      List<CellAddress> cells = cells(problem.issue().cell());
      if (sheet == null || cells.isEmpty()) {
        continue;
      }
      for (CellAddress address : cells) {
        byCell.computeIfAbsent(new CellKey(sheet.getSheetName(), address), k -> new ArrayList<>()).add(problem);
      }
      marked.add(problem);
    }
    byCell.forEach((key, onCell) -> marks.markCell(workbook.getSheet(key.sheet()), key.address(), onCell));
    return marked;
  }

  /** The copied sheet a problem names: by name, else ignoring case (as the ingest finds sheets). */
  static Sheet sheet(Workbook workbook, String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    Sheet exact = workbook.getSheet(name);
    if (exact != null) {
      return exact;
    }
    for (Sheet sheet : workbook) {
      if (sheet.getSheetName().strip().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))) {
        return sheet;
      }
    }
    return null;
  }

  /** The cells of an A1 reference or range; empty when the text is not one. */
  static List<CellAddress> cells(String reference) {
    if (reference == null || reference.isBlank()) {
      return List.of();
    }
    try {
      CellRangeAddress range = CellRangeAddress.valueOf(reference.strip().replace("$", ""));
      if (range.getFirstRow() < 0 || range.getFirstColumn() < 0 || range.getNumberOfCells() > MAX_CELLS_PER_PROBLEM) {
        return List.of();
      }
      List<CellAddress> cells = new ArrayList<>();
      for (int row = range.getFirstRow(); row <= range.getLastRow(); row++) {
        for (int column = range.getFirstColumn(); column <= range.getLastColumn(); column++) {
          cells.add(new CellAddress(row, column));
        }
      }
      return cells;
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private void markCell(Sheet sheet, CellAddress address, List<ProblemRow> problems) {
    Row row = sheet.getRow(address.getRow());
    if (row == null) {
      row = sheet.createRow(address.getRow());
    }
    Cell cell = row.getCell(address.getColumn());
    if (cell == null) {
      cell = row.createCell(address.getColumn());
    }
    boolean error = problems.stream().anyMatch(p -> p.issue().level() == Level.ERROR);
    cell.setCellStyle(filled(cell.getCellStyle(), error));
    comment(sheet, cell, problems);
  }

  /** The cell's own style with the fill over it, made once per style and level. */
  private CellStyle filled(CellStyle own, boolean error) {
    return markedStyles.computeIfAbsent(own.getIndex() + (error ? "e" : "w"), key -> {
      CellStyle style = workbook.createCellStyle();
      style.cloneStyleFrom(own);
      fill(workbook, style, error ? Xlsx.ERROR_FILL : Xlsx.WARNING_FILL);
      return style;
    });
  }

  /** A solid fill of this colour, exact in .xlsx, the nearest of the palette in .xls. */
  static void fill(Workbook workbook, CellStyle style, byte[] rgb) {
    if (style instanceof XSSFCellStyle xssf) {
      xssf.setFillForegroundColor(new XSSFColor(rgb, null));
    } else {
      short index = ((HSSFWorkbook) workbook).getCustomPalette()
          .findSimilarColor(rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF).getIndex();
      style.setFillForegroundColor(index);
    }
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
  }

  /** One comment per cell with every problem on it; a comment the school wrote stays above ours. */
  private void comment(Sheet sheet, Cell cell, List<ProblemRow> problems) {
    StringBuilder text = new StringBuilder();
    Comment existing = cell.getCellComment();
    if (existing != null && existing.getString() != null) {
      text.append(existing.getString().getString()).append("\n\n");
      cell.removeCellComment();
    }
    for (ProblemRow problem : problems) {
      text.append(commentText(problem.issue())).append('\n');
    }
    CreationHelper helper = workbook.getCreationHelper();
    Drawing<?> drawing = sheet.createDrawingPatriarch();
    ClientAnchor anchor = helper.createClientAnchor();
    anchor.setCol1(cell.getColumnIndex() + 1);
    anchor.setCol2(cell.getColumnIndex() + 5);
    anchor.setRow1(cell.getRowIndex());
    anchor.setRow2(cell.getRowIndex() + 6);
    Comment comment = drawing.createCellComment(anchor);
    comment.setString(helper.createRichTextString(text.toString().strip()));
    comment.setAuthor(AUTHOR);
    cell.setCellComment(comment);
  }

  /** "Lỗi: Số âm. Cách sửa: …", the rule by its Vietnamese name, never its code. */
  static String commentText(Issue issue) {
    String what = (issue.level() == Level.ERROR ? "Lỗi: " : "Cảnh báo: ") + issue.rule().title() + ".";
    String fix = issue.message() == null || issue.message().isBlank() ? "" : " Cách sửa: " + issue.message();
    return what + fix;
  }

  private record CellKey(String sheet, CellAddress address) {}
}
