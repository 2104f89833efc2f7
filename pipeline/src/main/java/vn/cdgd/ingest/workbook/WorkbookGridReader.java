package vn.cdgd.ingest.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.cdgd.ingest.legacy.CellDecoder;
import vn.cdgd.ingest.legacy.DecodedText;
import vn.cdgd.ingest.legacy.LegacyEncoding;
import vn.cdgd.conf.ReadLimits;

/**
 * Reads every sheet of an .xlsx or .xls workbook into {@link Grid}s with POI's user model, which
 * sees cell fonts and rich-text runs: every text cell is decoded here by its fonts (TCVN3, VNI) or,
 * where the fonts say nothing, by its content ({@link CellDecoder}), before anything trims or folds
 * it. A formula whose file holds no usable result (no cached value, an empty one, one its type
 * cannot hold: see {@link FormulaCache}), as written by some generators and converters, is computed
 * here ({@link FormulaResults}); one that cannot be computed becomes an error cell that says why.
 * Files in the .xlsx format go first to {@link StreamingXlsxReader}, which gives the same grids
 * many times faster and hands over the files only the user model reads right.
 */
public final class WorkbookGridReader {

  private WorkbookGridReader() {}

  public static List<Grid> read(byte[] bytes) throws UnreadableFileException {
    return read(bytes, new ReadBudget(ReadLimits.defaults()));
  }

  /**
   * Reads within the file's budget. Files in the .xlsx format go first to the streaming reader;
   * the user model reads the rest and what the streaming reader hands over.
   */
  public static List<Grid> read(byte[] bytes, ReadBudget budget) throws UnreadableFileException {
    if (XlsxZip.isZip(bytes)) {
      return readXlsx(ZipGuard.check(bytes, budget, XlsxZip::keeps), bytes, budget);
    }
    return readWithUserModel(bytes, budget);
  }

  /**
   * An .xlsx whose zip {@link ZipGuard} has walked, keeping its XML parts: streamed from those
   * parts, or, when the streaming reader hands it over, loaded by the user model once its sheets
   * are known to be within the cell limit.
   */
  static List<Grid> readXlsx(ZipGuard.Contents contents, byte[] bytes, ReadBudget budget)
      throws UnreadableFileException {
    List<Grid> streamed = StreamingXlsxReader.read(contents, budget).grids();
    if (streamed != null) {
      return streamed;
    }
    ZipGuard.refuseTooManyCells(contents, budget);
    return readWithUserModel(bytes, budget);
  }

  /** The user model alone within the default limits. */
  static List<Grid> readWithUserModel(byte[] bytes) throws UnreadableFileException {
    return readWithUserModel(bytes, new ReadBudget(ReadLimits.defaults()));
  }

  /**
   * The user model alone: .xls files, and .xlsx files the streaming reader hands over. POI's own
   * zip limits are set from the budget, and a limit POI trips (its zip-bomb and entry-count guards,
   * its largest record) is reported as a limit, not as a corrupt file. An Excel 5.0/95 workbook,
   * which POI's user model refuses, is read by {@link Excel95GridReader}.
   */
  static List<Grid> readWithUserModel(byte[] bytes, ReadBudget budget) throws UnreadableFileException {
    if (bytes.length == 0) {
      throw new UnreadableFileException(
          "Tệp rỗng (0 byte). Hãy lưu lại biểu mẫu bằng Excel và gửi lại.", false, null);
    }
    PoiLimits.apply(budget.limits());
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes), null)) {
      FormulaResults formulas = new FormulaResults(workbook);
      List<Grid> grids = new ArrayList<>();
      for (Sheet sheet : workbook) {
        grids.add(readSheet(workbook, sheet, formulas, budget));
      }
      return grids;
    } catch (OldExcelFormatException e) {
      return Excel95GridReader.read(bytes, budget);
    } catch (EncryptedDocumentException e) {
      throw new UnreadableFileException(
          "Tệp được đặt mật khẩu nên không đọc được. Hãy gỡ mật khẩu (File > Info > Protect"
              + " Workbook) rồi gửi lại.",
          true,
          e);
    } catch (EmptyFileException e) {
      throw new UnreadableFileException(
          "Tệp rỗng. Hãy lưu lại biểu mẫu bằng Excel và gửi lại.", false, e);
    } catch (IOException | RuntimeException | LinkageError e) {
      FileLimitException limit = PoiLimits.limitIn(e, budget.limits());
      if (limit != null) {
        throw limit;
      }
      throw new UnreadableFileException(
          "Tệp bị hỏng hoặc không phải tệp Excel (.xlsx, .xls) nên không đọc được ("
              + e.getClass().getSimpleName()
              + "). Hãy mở tệp bằng Excel, lưu lại dạng .xlsx và gửi lại.",
          false,
          e);
    }
  }

  private static Grid readSheet(
      Workbook workbook, Sheet sheet, FormulaResults formulas, ReadBudget budget)
      throws FileLimitException {
    Grid grid = new Grid(sheet.getSheetName());
    long cells = 0;
    for (Row row : sheet) {
      budget.checkTime();
      cells += filledCells(row);
      budget.checkCells(sheet.getSheetName(), cells);
      for (Cell cell : row) {
        GridCell read = readCell(workbook, cell, formulas);
        if (read != null) {
          grid.put(read);
        }
      }
    }
    return grid;
  }

  /** Cells holding something: a formatted blank counts towards no limit. */
  private static int filledCells(Row row) {
    int filled = 0;
    for (Cell cell : row) {
      if (cell.getCellType() != CellType.BLANK) {
        filled++;
      }
    }
    return filled;
  }

  private static GridCell readCell(Workbook workbook, Cell cell, FormulaResults formulas) {
    String fontName = RichTextRuns.cellFont(workbook, cell);
    CellType type = cell.getCellType();
    String formula = null;
    if (type == CellType.FORMULA) {
      formula = cell.getCellFormula();
      if (!FormulaCache.isUsable(cell)) {
        return evaluated(cell, formula, fontName, formulas);
      }
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING ->
          text(cell, formula, fontName,
              CellDecoder.decode(RichTextRuns.of(workbook, cell, cell.getRichStringCellValue())));
      case NUMERIC -> number(cell, cell.getNumericCellValue(), formula, fontName);
      case BOOLEAN ->
          new GridCell(
              cell.getRowIndex(), cell.getColumnIndex(), CellKind.BOOLEAN,
              cell.getBooleanCellValue() ? "TRUE" : "FALSE", null, false, formula, fontName);
      case ERROR -> error(cell, formula, fontName);
      default -> null;
    };
  }

  private static GridCell evaluated(
      Cell cell, String formula, String fontName, FormulaResults formulas) {
    FormulaResults.Outcome outcome = formulas.evaluate(cell);
    if (outcome.problem() != null) {
      return uncomputable(cell, formula, fontName, outcome.problem());
    }
    CellValue value = outcome.value();
    if (value == null) {
      return null;
    }
    return switch (value.getCellType()) {
      case NUMERIC -> number(cell, value.getNumberValue(), formula, fontName);
      case STRING ->
          text(cell, formula, fontName, CellDecoder.decode(value.getStringValue(), fontName));
      case BOOLEAN ->
          new GridCell(
              cell.getRowIndex(), cell.getColumnIndex(), CellKind.BOOLEAN,
              value.getBooleanValue() ? "TRUE" : "FALSE", null, false, formula, fontName);
      default -> error(cell, formula, fontName);
    };
  }

  /** A formula without a usable result that could not be computed either: said, never 0. */
  private static GridCell uncomputable(Cell cell, String formula, String fontName, String why) {
    String address = GridCell.address(cell.getRowIndex(), cell.getColumnIndex());
    String message =
        "Ô " + cell.getSheet().getSheetName() + "!" + address + " có công thức =" + formula
            + " không tính được: " + why + ". Tệp không lưu sẵn kết quả của công thức này. Hãy mở"
            + " tệp bằng Excel hoặc LibreOffice để bảng tính tự tính lại (hoặc nhập thẳng con số"
            + " vào ô), lưu rồi gửi lại.";
    return new GridCell(
        cell.getRowIndex(), cell.getColumnIndex(), CellKind.ERROR, "=" + formula, "=" + formula,
        null, false, formula, fontName, LegacyEncoding.UNICODE, null, message);
  }

  private static GridCell text(Cell cell, String formula, String fontName, DecodedText decoded) {
    return new GridCell(
        cell.getRowIndex(), cell.getColumnIndex(), CellKind.TEXT, decoded.text(), decoded.raw(),
        null, false, formula, fontName, decoded.encoding(), decoded.alternative());
  }

  private static GridCell number(Cell cell, double value, String formula, String fontName) {
    // Asked of the style and the value, not of the cell: a computed cell may store a text type.
    CellStyle style = cell.getCellStyle();
    boolean date =
        style != null
            && DateUtil.isValidExcelDate(value)
            && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
    return new GridCell(
        cell.getRowIndex(), cell.getColumnIndex(), CellKind.NUMBER, plain(value), value, date,
        formula, fontName);
  }

  private static GridCell error(Cell cell, String formula, String fontName) {
    String shown = formula == null ? "#LỖI" : "=" + formula;
    return new GridCell(
        cell.getRowIndex(), cell.getColumnIndex(), CellKind.ERROR, shown, null, false, formula, fontName);
  }

  static String plain(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
