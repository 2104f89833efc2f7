package vn.cdgd.ingest.workbook;

import java.util.Set;
import org.apache.poi.ss.formula.ptg.AddPtg;
import org.apache.poi.ss.formula.ptg.AbstractFunctionPtg;
import org.apache.poi.ss.formula.ptg.Area3DPxg;
import org.apache.poi.ss.formula.ptg.AreaPtg;
import org.apache.poi.ss.formula.ptg.AttrPtg;
import org.apache.poi.ss.formula.ptg.BoolPtg;
import org.apache.poi.ss.formula.ptg.ConcatPtg;
import org.apache.poi.ss.formula.ptg.DividePtg;
import org.apache.poi.ss.formula.ptg.EqualPtg;
import org.apache.poi.ss.formula.ptg.ErrPtg;
import org.apache.poi.ss.formula.ptg.GreaterEqualPtg;
import org.apache.poi.ss.formula.ptg.GreaterThanPtg;
import org.apache.poi.ss.formula.ptg.IntPtg;
import org.apache.poi.ss.formula.ptg.LessEqualPtg;
import org.apache.poi.ss.formula.ptg.LessThanPtg;
import org.apache.poi.ss.formula.ptg.MissingArgPtg;
import org.apache.poi.ss.formula.ptg.MultiplyPtg;
import org.apache.poi.ss.formula.ptg.NotEqualPtg;
import org.apache.poi.ss.formula.ptg.NumberPtg;
import org.apache.poi.ss.formula.ptg.ParenthesisPtg;
import org.apache.poi.ss.formula.ptg.PercentPtg;
import org.apache.poi.ss.formula.ptg.PowerPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Ref3DPxg;
import org.apache.poi.ss.formula.ptg.RefPtg;
import org.apache.poi.ss.formula.ptg.StringPtg;
import org.apache.poi.ss.formula.ptg.SubtractPtg;
import org.apache.poi.ss.formula.ptg.UnaryMinusPtg;
import org.apache.poi.ss.formula.ptg.UnaryPlusPtg;

/**
 * The formulas the streaming reader computes itself: what schools write in their totals. Values
 * (numbers, texts, TRUE/FALSE, error literals), cell and area references on this sheet or another
 * sheet of the same file ({@code $} or not), the arithmetic, comparison, percent and {@code &}
 * operators, parentheses, and functions that read nothing but their arguments' cells (SUM,
 * AVERAGE, MIN, MAX, COUNT, COUNTA, ROUND, IF…). Anything else (a defined name, a table, another
 * workbook, a deleted reference, a union or intersection, an array constant, or a function that
 * looks at names, hidden rows, the sheet's layout or the clock) is left to POI's user model, which
 * today's messages and results come from: it is not that POI cannot compute them, but that the
 * streamed workbook does not carry what they read.
 */
final class FormulaSubset {
  /** Functions whose result depends only on their arguments' values. */
  static final Set<String> FUNCTIONS = Set.of(
      "SUM", "AVERAGE", "MIN", "MAX", "COUNT", "COUNTA", "COUNTBLANK", "PRODUCT", "SUMPRODUCT",
      "SUMIF", "COUNTIF", "ROUND", "ROUNDUP", "ROUNDDOWN", "INT", "ABS", "MOD", "IF", "AND", "OR",
      "NOT", "TRUE", "FALSE");

  private static final Set<Class<? extends Ptg>> TOKENS = Set.of(
      NumberPtg.class, IntPtg.class, StringPtg.class, BoolPtg.class, ErrPtg.class,
      MissingArgPtg.class, RefPtg.class, AreaPtg.class, AddPtg.class, SubtractPtg.class,
      MultiplyPtg.class, DividePtg.class, PowerPtg.class, ConcatPtg.class, EqualPtg.class,
      NotEqualPtg.class, LessThanPtg.class, LessEqualPtg.class, GreaterThanPtg.class,
      GreaterEqualPtg.class, PercentPtg.class, UnaryMinusPtg.class, UnaryPlusPtg.class,
      ParenthesisPtg.class);

  /** A formula outside the subset: the file goes to the user model. */
  static final class Outside extends RuntimeException {
    Outside(String what) {
      super(what, null, false, false);
    }
  }

  private FormulaSubset() {}

  /** The tokens themselves when every one is in the subset; else {@link Outside}. */
  static Ptg[] check(Ptg[] tokens) {
    for (Ptg token : tokens) {
      if (!allowed(token)) {
        throw new Outside(token.getClass().getSimpleName() + " " + token);
      }
    }
    return tokens;
  }

  private static boolean allowed(Ptg token) {
    if (TOKENS.contains(token.getClass())) {
      return true;
    }
    if (token instanceof AbstractFunctionPtg function) {
      return FUNCTIONS.contains(function.getName());
    }
    if (token instanceof AttrPtg attr) {
      return attr.isSum() || attr.isOptimizedIf() || attr.isSkip() || attr.isSpace();
    }
    if (token instanceof Ref3DPxg ref) {
      return ref.getExternalWorkbookNumber() < 1 && ref.getLastSheetName() == null;
    }
    if (token instanceof Area3DPxg area) {
      return area.getExternalWorkbookNumber() < 1 && area.getLastSheetName() == null;
    }
    return false;
  }
}
