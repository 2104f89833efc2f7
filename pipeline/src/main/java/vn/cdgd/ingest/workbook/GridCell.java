package vn.cdgd.ingest.workbook;

import java.io.Serializable;
import org.apache.poi.ss.util.CellReference;

/**
 * One filled cell of a sheet, independent of the file format it came from. {@code text} is what
 * the cell shows as text (for a number, its plain digits); {@code fontName} is the font of a text
 * cell, kept because legacy Vietnamese encodings (TCVN3, VNI) are told apart by font.
 *
 * @param row zero-based row index
 * @param column zero-based column index
 * @param number the numeric value of a NUMBER cell, else null
 * @param dateFormatted true when a NUMBER cell is formatted as a date (an Excel serial date)
 * @param formula the formula text when the cell holds one, else null
 */
public record GridCell(
    int row,
    int column,
    CellKind kind,
    String text,
    Double number,
    boolean dateFormatted,
    String formula,
    String fontName)
    implements Serializable {

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
}
