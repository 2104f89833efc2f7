package vn.cdgd.ingest.workbook;

import java.io.Serializable;
import org.apache.poi.ss.util.CellReference;
import vn.cdgd.ingest.legacy.LegacyEncoding;

/**
 * One filled cell of a sheet, independent of the file format it came from. {@code text} is what
 * the cell says as Unicode text (for a number, its plain digits): a cell typed in a legacy font
 * (TCVN3, VNI) is already decoded here, before anything trims or folds it. {@code rawText} is the
 * string as the file stored it and {@code fontName} the font of the cell, so a problem can show
 * both readings.
 *
 * @param row zero-based row index
 * @param column zero-based column index
 * @param number the numeric value of a NUMBER cell, else null
 * @param dateFormatted true when a NUMBER cell is formatted as a date (an Excel serial date)
 * @param formula the formula text when the cell holds one, else null
 * @param encoding what the text was decoded from (UNICODE when nothing was decoded)
 * @param otherReading when the content could also be read in a legacy encoding and no reading
 *     clearly won, that reading (the cell is reported as {@code encoding_uncertain}); else null
 * @param formulaProblem for an ERROR cell whose formula could not be computed (the file held no
 *     usable result), the whole Vietnamese sentence saying so, naming the sheet, cell and formula;
 *     else null
 */
public record GridCell(
    int row,
    int column,
    CellKind kind,
    String text,
    String rawText,
    Double number,
    boolean dateFormatted,
    String formula,
    String fontName,
    LegacyEncoding encoding,
    String otherReading,
    String formulaProblem)
    implements Serializable {

  /** A cell read without a formula problem. */
  public GridCell(
      int row, int column, CellKind kind, String text, String rawText, Double number,
      boolean dateFormatted, String formula, String fontName, LegacyEncoding encoding,
      String otherReading) {
    this(row, column, kind, text, rawText, number, dateFormatted, formula, fontName, encoding,
        otherReading, null);
  }

  /** A cell whose text needed no decoding (a number, an error, a CSV value). */
  public GridCell(
      int row, int column, CellKind kind, String text, Double number, boolean dateFormatted,
      String formula, String fontName) {
    this(row, column, kind, text, text, number, dateFormatted, formula, fontName,
        LegacyEncoding.UNICODE, null, null);
  }

  /** The same cell with its text decided again (by the workbook's context): no doubt left. */
  public GridCell withText(String decoded, LegacyEncoding from) {
    return new GridCell(row, column, kind, decoded, rawText, number, dateFormatted, formula,
        fontName, from, null, formulaProblem);
  }

  /** The A1-style address of the cell, such as {@code E12}. */
  public String address() {
    return address(row, column);
  }

  public static String address(int row, int column) {
    return CellReference.convertNumToColString(column) + (row + 1);
  }

  public static String columnLetter(int column) {
    return CellReference.convertNumToColString(column);
  }

  public boolean isBlank() {
    return kind == CellKind.TEXT && (text == null || text.isBlank());
  }

  public boolean isUncertain() {
    return otherReading != null;
  }
}
