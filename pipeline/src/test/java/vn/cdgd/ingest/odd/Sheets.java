package vn.cdgd.ingest.odd;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.cdgd.ingest.workbook.GridCell;

/**
 * Writes cells into a POI workbook (.xls or .xlsx alike) in a given typing, and records for every
 * text cell the Unicode a reader must give back ({@code "Sheet!B4" → text}).
 */
final class Sheets {
  /** A formula written without a cached value. */
  record Formula(String text) {}

  /** A text cell made of runs, each typed its own way. */
  record Rich(List<Object[]> runs) {
    static Rich of(Object... typingAndText) {
      List<Object[]> runs = new java.util.ArrayList<>();
      for (int i = 0; i < typingAndText.length; i += 2) {
        runs.add(new Object[] {typingAndText[i], typingAndText[i + 1]});
      }
      return new Rich(runs);
    }

    /** The Unicode a reader must give back for the whole cell. */
    String expected() {
      StringBuilder text = new StringBuilder();
      runs.forEach(run -> text.append(((Typing) run[0]).expected((String) run[1])));
      return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }
  }

  private final Workbook workbook;
  private final Map<String, CellStyle> styles = new LinkedHashMap<>();
  private final Map<String, Font> fonts = new LinkedHashMap<>();
  private final Map<String, String> expectedTexts = new LinkedHashMap<>();
  private CellStyle dateStyle;

  Sheets(Workbook workbook) {
    this.workbook = workbook;
  }

  Workbook workbook() {
    return workbook;
  }

  Map<String, String> expectedTexts() {
    return expectedTexts;
  }

  Sheet sheet(String name) {
    Sheet sheet = workbook.getSheet(name);
    return sheet != null ? sheet : workbook.createSheet(name);
  }

  /** Writes a value: a String in the given typing, a Number, a Formula, a LocalDate, a Boolean, a Rich. */
  Cell put(Sheet sheet, int row, int column, Object value, Typing typing) {
    if (value == null) {
      return null;
    }
    Cell cell = cell(sheet, row, column);
    if (value instanceof String text) {
      cell.setCellValue(typing.stored(text));
      cell.setCellStyle(style(typing.font));
      expectedTexts.put(key(sheet, row, column), typing.expected(text));
    } else if (value instanceof Rich rich) {
      rich(sheet, cell, rich);
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
    } else if (value instanceof Boolean bool) {
      cell.setCellValue(bool);
    } else if (value instanceof LocalDate date) {
      cell.setCellValue(date);
      cell.setCellStyle(dateStyle());
    } else if (value instanceof Formula formula) {
      cell.setCellFormula(formula.text());
    } else {
      throw new IllegalArgumentException("cannot write " + value.getClass());
    }
    return cell;
  }

  /** Overrides what a reader must give back for a cell (an uncertain cell keeps its characters). */
  void expect(Sheet sheet, int row, int column, String text) {
    expectedTexts.put(key(sheet, row, column), text);
  }

  private void rich(Sheet sheet, Cell cell, Rich rich) {
    StringBuilder stored = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    for (Object[] run : rich.runs()) {
      Typing typing = (Typing) run[0];
      stored.append(typing.stored((String) run[1]));
      expected.append(typing.expected((String) run[1]));
    }
    RichTextString text = workbook.getCreationHelper().createRichTextString(stored.toString());
    int at = 0;
    for (Object[] run : rich.runs()) {
      Typing typing = (Typing) run[0];
      int length = typing.stored((String) run[1]).length();
      text.applyFont(at, at + length, font(typing.font));
      at += length;
    }
    Typing first = (Typing) rich.runs().get(0)[0];
    cell.setCellStyle(style(first.font));
    cell.setCellValue(text);
    expectedTexts.put(key(sheet, cell.getRowIndex(), cell.getColumnIndex()),
        java.text.Normalizer.normalize(expected, java.text.Normalizer.Form.NFC));
  }

  static String key(Sheet sheet, int row, int column) {
    return sheet.getSheetName() + "!" + GridCell.address(row, column);
  }

  static Cell cell(Sheet sheet, int row, int column) {
    Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
  }

  private Font font(String name) {
    return fonts.computeIfAbsent(name, n -> {
      Font font = workbook.createFont();
      font.setFontName(n);
      font.setFontHeightInPoints((short) 12);
      return font;
    });
  }

  private CellStyle style(String fontName) {
    return styles.computeIfAbsent(fontName, n -> {
      CellStyle style = workbook.createCellStyle();
      style.setFont(font(n));
      return style;
    });
  }

  private CellStyle dateStyle() {
    if (dateStyle == null) {
      dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    }
    return dateStyle;
  }
}
