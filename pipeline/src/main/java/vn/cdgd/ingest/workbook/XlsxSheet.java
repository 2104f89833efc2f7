package vn.cdgd.ingest.workbook;

import java.util.Map;
import java.util.NavigableMap;

/**
 * One worksheet as {@link XlsxSheetParser} streamed it, before it becomes a {@link Grid}: every
 * cell by row and column, blank texts included (a formula that refers to one sees a text, not a
 * blank), the codes of the error cells, and the formulas whose file holds no usable result, each
 * still a placeholder ({@link #isPending}) until {@link StreamedFormulas} computes it.
 *
 * @param rows the cells by row then column; a row read without cells is kept (POI counts it)
 * @param errorCodes the stored code ({@code #DIV/0!}…) of each error cell without a formula, by
 *     {@link #key}
 * @param pendingFormulas how many placeholders the rows hold
 * @param arrayFormulas whether the sheet holds an array formula (the user model computes those in
 *     array mode, which the streamed evaluation does not)
 */
record XlsxSheet(
    String name,
    NavigableMap<Integer, NavigableMap<Integer, GridCell>> rows,
    Map<Long, String> errorCodes,
    int pendingFormulas,
    boolean arrayFormulas) {

  /** Marks a placeholder by identity: no computed cell ever carries this very string. */
  @SuppressWarnings("StringOperationCanBeSimplified")
  private static final String PENDING = new String("formula not computed yet");

  /**
   * A formula cell whose value is still to be computed: its formula, its font, and in its date
   * flag whether its style formats dates (the computed number is a date if it is a valid one).
   */
  static GridCell pending(int row, int column, String formula, boolean dateStyle, String fontName) {
    return new GridCell(row, column, CellKind.ERROR, "=" + formula, "=" + formula, null, dateStyle,
        formula, fontName, vn.cdgd.ingest.legacy.LegacyEncoding.UNICODE, null, PENDING);
  }

  static boolean isPending(GridCell cell) {
    return cell.formulaProblem() == PENDING;
  }

  static long key(int row, int column) {
    return ((long) row << 20) | column;
  }

  /** The filled cells as a grid (blank texts dropped, as {@link Grid#put} drops them). */
  Grid grid() {
    Grid grid = new Grid(name);
    for (NavigableMap<Integer, GridCell> cells : rows.values()) {
      for (GridCell cell : cells.values()) {
        grid.put(cell);
      }
    }
    return grid;
  }
}
