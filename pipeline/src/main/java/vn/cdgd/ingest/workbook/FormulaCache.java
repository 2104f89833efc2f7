package vn.cdgd.ingest.workbook;

import java.lang.reflect.Method;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.aggregates.FormulaRecordAggregate;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;

/**
 * Whether the value a file stores beside a formula is the value the spreadsheet shows. Excel shows
 * its own cached result; a file written by a program that never computed (openpyxl, POI, report
 * generators) holds no result or a placeholder, and Excel and LibreOffice compute those on opening.
 * Such a cell must be computed here too, never read as 0:
 *
 * <ul>
 *   <li>.xlsx: no {@code <v>}, an empty {@code <v></v>} (whatever its type, {@code t="str"}
 *       included), or a value that its type cannot hold (a number that does not parse, a boolean
 *       other than 0 or 1).
 *   <li>.xls: a formula record flagged "calculate on load" (bit 1 of its options): MS-XLS reserves
 *       that bit and Excel writes it 0, while POI and other generators set it and store 0 as the
 *       result.
 * </ul>
 */
final class FormulaCache {
  private static final Method HSSF_RECORD = hssfRecordAccessor();

  private FormulaCache() {}

  static boolean isUsable(Cell cell) {
    if (cell instanceof XSSFCell xssf) {
      return isUsable(xssf.getCTCell());
    }
    if (cell instanceof HSSFCell hssf) {
      FormulaRecord record = formulaRecord(hssf);
      return record == null || !record.isCalcOnLoad();
    }
    return true;
  }

  private static boolean isUsable(CTCell cell) {
    String type = cell.isSetT() ? cell.getT().toString() : "n";
    return isUsable(type, cell.isSetV() ? cell.getV() : null);
  }

  /**
   * The same rule on an .xlsx cell as stored: its {@code t} (null for "n") and its {@code <v>}
   * (null when absent). The streaming reader asks this; the user model asks it through the cell.
   */
  static boolean isUsable(String type, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    if (type == null || type.equals("n")) {
      try {
        Double.parseDouble(value.strip());
        return true;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    if (type.equals("b")) {
      return value.strip().equals("0") || value.strip().equals("1");
    }
    return true;
  }

  /**
   * The formula record behind an .xls cell. POI keeps {@code getCellValueRecord} protected; without
   * it the flag cannot be read, and the cached value is trusted as before.
   */
  private static FormulaRecord formulaRecord(HSSFCell cell) {
    if (HSSF_RECORD == null) {
      return null;
    }
    try {
      return HSSF_RECORD.invoke(cell) instanceof FormulaRecordAggregate aggregate
          ? aggregate.getFormulaRecord()
          : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static Method hssfRecordAccessor() {
    try {
      Method method = HSSFCell.class.getDeclaredMethod("getCellValueRecord");
      method.setAccessible(true);
      return method;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
