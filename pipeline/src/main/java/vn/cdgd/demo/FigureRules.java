package vn.cdgd.demo;

import java.util.EnumSet;
import java.util.Set;
import vn.cdgd.conf.Comparison;
import vn.cdgd.conf.FieldDefinition;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.ingest.Rule;

/**
 * The error rules of the form applied to planned figures, so the plan can prove that every
 * workbook meant to be accepted is valid and every one meant to be rejected breaks its rule.
 */
final class FigureRules {
  private FigureRules() {}

  static Set<Rule> broken(FormDefinition form, Figures figures) {
    Set<Rule> broken = EnumSet.noneOf(Rule.class);
    for (FieldDefinition field : form.fields()) {
      Long total = figures.total(field.code());
      Long women = figures.women(field.code());
      if ((total != null && total < 0) || (women != null && women < 0)) {
        broken.add(Rule.NEGATIVE);
      }
      if (field.required() && total == null) {
        broken.add(Rule.REQUIRED);
      }
      if (field.women() && women != null && total != null && women > total) {
        broken.add(Rule.WOMEN_ABOVE_TOTAL);
      }
    }
    for (Comparison comparison : form.comparisons()) {
      if (!comparison.holds(value(figures, comparison.left()), value(figures, comparison.right()))) {
        broken.add(Rule.COMPARISON);
      }
    }
    return broken;
  }

  private static long value(Figures figures, String operand) {
    String code = Comparison.fieldOf(operand);
    return Comparison.isWomen(operand) ? figures.womenOrZero(code) : figures.totalOrZero(code);
  }
}
