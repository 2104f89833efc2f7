package vn.cdgd.ingest.workbook;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.formula.eval.NotImplementedFunctionException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Computes the formulas of one workbook whose file holds no usable result. POI's evaluator
 * computes a cell's precedents recursively, one Java frame chain per link, so a chain of thousands
 * of formulas (A2 = A1 + 1, A3 = A2 + 1, …) overflows the stack. When it does, the chain is
 * walked here without recursion and computed from its far end back to the cell, so that each step
 * finds its precedents already computed in the evaluator's cache and stays shallow. A cell that
 * still cannot be computed gets a reason instead of a value, never 0.
 */
final class FormulaResults {
  /** Past this many formulas in one chain, a cell is reported rather than computed. */
  static final int MAX_CHAIN = 1_000_000;

  /** The computed value, or why there is none (a Vietnamese phrase to put in a message). */
  record Outcome(CellValue value, String problem) {}

  private final Workbook workbook;
  private final int maxChain;
  private FormulaEvaluator evaluator;
  private FormulaPrecedents precedents;

  FormulaResults(Workbook workbook) {
    this(workbook, MAX_CHAIN);
  }

  FormulaResults(Workbook workbook, int maxChain) {
    this.workbook = workbook;
    this.maxChain = maxChain;
    this.evaluator = workbook.getCreationHelper().createFormulaEvaluator();
  }

  Outcome evaluate(Cell cell) {
    try {
      return attempt(cell);
    } catch (StackOverflowError tooDeep) {
      return fromFarEnd(cell);
    }
  }

  private Outcome attempt(Cell cell) {
    try {
      return new Outcome(evaluator.evaluate(cell), null);
    } catch (RuntimeException e) {
      return new Outcome(null, reason(e));
    }
  }

  private Outcome fromFarEnd(Cell cell) {
    // An overflow may leave the evaluator half-way through its bookkeeping: start a clean one.
    evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    if (precedents == null) {
      precedents = FormulaPrecedents.of(workbook);
    }
    List<Cell> order = precedents == null ? null : farEndFirst(cell);
    if (order == null) {
      return new Outcome(null, tooDeep());
    }
    try {
      for (Cell step : order) {
        attempt(step);
      }
      return attempt(cell);
    } catch (StackOverflowError stillTooDeep) {
      evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      return new Outcome(null, tooDeep());
    }
  }

  /**
   * The formulas the cell depends on, each after everything it depends on (a depth-first
   * post-order walked with an explicit stack); null when there are more than {@link #maxChain}.
   */
  private List<Cell> farEndFirst(Cell start) {
    List<Cell> order = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Deque<Iterator<Cell>> pending = new ArrayDeque<>();
    Deque<Cell> path = new ArrayDeque<>();
    seen.add(key(start));
    path.push(start);
    pending.push(precedents.of(start).iterator());
    while (!pending.isEmpty()) {
      Iterator<Cell> next = pending.peek();
      if (next.hasNext()) {
        Cell precedent = next.next();
        if (seen.add(key(precedent))) {
          if (seen.size() > maxChain) {
            return null;
          }
          path.push(precedent);
          pending.push(precedents.of(precedent).iterator());
        }
      } else {
        pending.pop();
        Cell done = path.pop();
        if (done != start) {
          order.add(done);
        }
      }
    }
    return order;
  }

  private String key(Cell cell) {
    return workbook.getSheetIndex(cell.getSheet()) + "!" + cell.getRowIndex() + ":"
        + cell.getColumnIndex();
  }

  private String tooDeep() {
    return "công thức dựa vào một chuỗi công thức nối tiếp nhau quá dài (hơn "
        + String.format(java.util.Locale.ROOT, "%,d", maxChain).replace(',', '.')
        + " ô) nên không tính hết được";
  }

  private static String reason(RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof NotImplementedFunctionException missing) {
        return "cdgd chưa tính được hàm " + missing.getFunctionName();
      }
    }
    return "công thức có lỗi hoặc tham chiếu tới tệp khác (" + e.getClass().getSimpleName() + ")";
  }
}
