package vn.cdgd.ingest.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.apache.poi.ss.formula.WorkbookEvaluator;
import org.apache.poi.ss.formula.eval.BoolEval;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.formula.eval.NumberEval;
import org.apache.poi.ss.formula.eval.StringEval;
import org.apache.poi.ss.formula.eval.ValueEval;
import org.apache.poi.ss.usermodel.DateUtil;
import vn.cdgd.ingest.legacy.CellDecoder;
import vn.cdgd.ingest.legacy.DecodedText;

/**
 * Computes, in the streaming reader, the formulas whose file holds no usable result (schools
 * whose spreadsheet saved a SUM row without its value), so such a file no longer costs a second
 * reading through POI's user model.
 *
 * <p>Why POI's own parser and evaluator, and not a small parser of our own: the result must be the
 * one the user model gives today ({@link FormulaResults}), value for value and error for error,
 * and the details that decide it are many (operator precedence, {@code -2^2}, a text or a blank
 * operand, SUM skipping texts of a range but not a typed one, a number stored as text, a cycle).
 * {@link org.apache.poi.ss.formula.FormulaParser} and {@link WorkbookEvaluator} need only a
 * workbook seen through two small interfaces, which {@link StreamedWorkbook} gives over the
 * streamed cells; what cost the user model its time (XMLBeans over every part) is not involved.
 * The computed cell is built as {@code WorkbookGridReader} builds it. The subset computed is
 * {@link FormulaSubset}; a formula outside it, one POI fails on (a sheet that does not exist…), an
 * array formula in the file, or a chain of formulas deeper than the evaluator's recursion, hands
 * the whole file to the user model as before ({@link NeedsUserModel}), which words it.
 *
 * <p>The cells are computed in the user model's order (sheet, row, column) with one evaluator for
 * the file, so a cycle, whose result in POI depends on where its evaluation starts, comes out the
 * same.
 */
final class StreamedFormulas {
  private record Computed(NavigableMap<Integer, GridCell> row, GridCell cell) {}

  private StreamedFormulas() {}

  /** Replaces every placeholder of the sheets by its computed cell, or hands the file over. */
  static void compute(List<XlsxSheet> sheets, ReadBudget budget)
      throws NeedsUserModel, UnreadableFileException {
    int pending = 0;
    boolean arrays = false;
    for (XlsxSheet sheet : sheets) {
      pending += sheet.pendingFormulas();
      arrays |= sheet.arrayFormulas();
    }
    if (pending == 0) {
      return;
    }
    if (arrays) {
      throw new NeedsUserModel("an array formula beside a formula without a cached value");
    }
    StreamedWorkbook book = new StreamedWorkbook(sheets);
    WorkbookEvaluator evaluator = new WorkbookEvaluator(book, null, null);
    List<Computed> computed = new ArrayList<>(pending);
    try {
      for (int s = 0; s < sheets.size(); s++) {
        for (NavigableMap<Integer, GridCell> row : sheets.get(s).rows().values()) {
          budget.checkTime();
          for (GridCell cell : row.values()) {
            if (XlsxSheet.isPending(cell)) {
              ValueEval value = evaluator.evaluate(book.cell(s, cell.row(), cell.column()));
              computed.add(new Computed(row, cellOf(cell, value)));
            }
          }
        }
      }
    } catch (FormulaSubset.Outside e) {
      throw new NeedsUserModel("a formula outside the streamed subset", e);
    } catch (RuntimeException e) {
      throw new NeedsUserModel("a formula the user model computes", e);
    } catch (StackOverflowError e) {
      throw new NeedsUserModel("a chain of formulas too deep to compute while streaming");
    }
    for (Computed done : computed) {
      done.row().put(done.cell().column(), done.cell());
    }
  }

  /** The cell as {@code WorkbookGridReader.evaluated} makes it from the same result. */
  private static GridCell cellOf(GridCell pending, ValueEval value) {
    int row = pending.row();
    int column = pending.column();
    String formula = pending.formula();
    String font = pending.fontName();
    if (value instanceof NumberEval number) {
      double n = number.getNumberValue();
      boolean date = pending.dateFormatted() && DateUtil.isValidExcelDate(n);
      return new GridCell(row, column, CellKind.NUMBER, XlsxSheetParser.plain(n), n, date, formula, font);
    }
    if (value instanceof StringEval string) {
      DecodedText decoded = CellDecoder.decode(string.getStringValue(), font);
      return new GridCell(row, column, CellKind.TEXT, decoded.text(), decoded.raw(), null, false,
          formula, font, decoded.encoding(), decoded.alternative());
    }
    if (value instanceof BoolEval bool) {
      return new GridCell(row, column, CellKind.BOOLEAN, bool.getBooleanValue() ? "TRUE" : "FALSE",
          null, false, formula, font);
    }
    if (value instanceof ErrorEval) {
      return new GridCell(row, column, CellKind.ERROR, "=" + formula, null, false, formula, font);
    }
    // BaseXSSFFormulaEvaluator throws on anything else, and FormulaResults words that.
    throw new IllegalStateException("unexpected result " + value);
  }
}
