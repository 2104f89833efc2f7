package vn.cdgd.staging.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import vn.cdgd.ingest.Level;

/**
 * What the two workbook writers share: a streaming workbook, its few cell styles (bold header,
 * light red for errors, light yellow for warnings) and writing it to disk.
 */
final class Xlsx {

  static final byte[] ERROR_FILL = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
  static final byte[] WARNING_FILL = {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C};
  static final byte[] HEADER_FILL = {(byte) 0xD9, (byte) 0xE1, (byte) 0xF2};
  private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  /** Rows kept in memory while streaming; older rows go to a compressed temporary file. */
  private static final int WINDOW = 200;

  private Xlsx() {}

  /** The workbook's styles, created once per workbook (Excel limits their number). */
  record Styles(
      CellStyle title,
      CellStyle bold,
      CellStyle header,
      CellStyle error,
      CellStyle errorWrapped,
      CellStyle warning,
      CellStyle warningWrapped) {

    CellStyle of(Level level, boolean wrapped) {
      if (level == Level.ERROR) {
        return wrapped ? errorWrapped : error;
      }
      return wrapped ? warningWrapped : warning;
    }
  }

  static SXSSFWorkbook newWorkbook() {
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    workbook.setCompressTempFiles(true);
    return workbook;
  }

  static Styles styles(SXSSFWorkbook workbook) {
    Font boldFont = workbook.createFont();
    boldFont.setBold(true);
    Font titleFont = workbook.createFont();
    titleFont.setBold(true);
    titleFont.setFontHeightInPoints((short) 14);

    CellStyle title = workbook.createCellStyle();
    title.setFont(titleFont);
    CellStyle bold = workbook.createCellStyle();
    bold.setFont(boldFont);
    CellStyle header = filled(workbook, HEADER_FILL, true);
    header.setFont(boldFont);
    return new Styles(
        title,
        bold,
        header,
        filled(workbook, ERROR_FILL, false),
        filled(workbook, ERROR_FILL, true),
        filled(workbook, WARNING_FILL, false),
        filled(workbook, WARNING_FILL, true));
  }

  private static CellStyle filled(SXSSFWorkbook workbook, byte[] rgb, boolean wrapped) {
    XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
    style.setFillForegroundColor(new XSSFColor(rgb, null));
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    style.setWrapText(wrapped);
    return style;
  }

  /** Writes a text cell; text is never read as a formula, and is cut to what Excel can hold. */
  static Cell text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    String text = value == null ? "" : value;
    cell.setCellValue(text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT) : text);
    if (style != null) {
      cell.setCellStyle(style);
    }
    return cell;
  }

  static void headerRow(Sheet sheet, int rowIndex, List<String> labels, Styles styles) {
    Row row = sheet.createRow(rowIndex);
    for (int column = 0; column < labels.size(); column++) {
      text(row, column, labels.get(column), styles.header());
    }
  }

  /** Column widths in characters. */
  static void widths(Sheet sheet, int... characters) {
    for (int column = 0; column < characters.length; column++) {
      sheet.setColumnWidth(column, characters[column] * 256);
    }
  }

  static void write(SXSSFWorkbook workbook, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    } finally {
      workbook.dispose();
      try {
        workbook.close();
      } catch (IOException ignored) {
        // Nothing was open for writing any more; the temporary files are already gone.
      }
    }
  }
}
