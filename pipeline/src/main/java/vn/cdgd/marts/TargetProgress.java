package vn.cdgd.marts;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import vn.cdgd.conf.TargetCatalog;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.warehouse.Schemas;

/**
 * {@code mart_target_progress}: one row per target × school year of its term that has a value,
 * with the wording and threshold governing that year (the original, or the revision in force), the
 * original wording beside it, the value, its change from the previous year and the status.
 */
public final class TargetProgress {
  private TargetProgress() {}

  public static final String MET = "đạt";
  public static final String NOT_MET = "chưa đạt";
  public static final String EXCEEDED = "vượt";

  public static final StructType SCHEMA =
      Schemas.of("term", StringType, "unit_code", StringType, "target_code", StringType,
          "indicator_code", StringType, "original_wording", StringType, "wording", StringType,
          "revision", IntegerType, "revision_decided", StringType, "comparison", StringType,
          "threshold", DoubleType, "due", StringType, "filter", StringType, "school_year", StringType,
          "value", DoubleType, "previous_value", DoubleType, "change", DoubleType, "status", StringType);

  /** Looks up an indicator's value: (indicator code, breakdown and value, school year) → value. */
  public interface Values {
    Optional<Double> value(String unitCode, String indicatorCode, String breakdown, String breakdownValue, String schoolYear);
  }

  public static List<Row> rows(TargetCatalog catalog, List<String> schoolYears, Values values) {
    List<Row> rows = new ArrayList<>();
    for (TargetCatalog.Term term : catalog.terms()) {
      SchoolYear first = SchoolYear.of(term.firstYear());
      SchoolYear last = SchoolYear.of(term.lastYear());
      for (TargetCatalog.Target target : term.targets()) {
        String breakdown = target.filter().isEmpty() ? "all" : target.filter().keySet().iterator().next();
        String breakdownValue = target.filter().isEmpty() ? "all" : target.filter().values().iterator().next();
        Double previous = null;
        for (String label : schoolYears) {
          SchoolYear year = SchoolYear.of(label);
          if (year.compareTo(first) < 0 || year.compareTo(last) > 0) {
            continue;
          }
          Optional<Double> value = values.value(term.unit(), target.indicator(), breakdown, breakdownValue, label);
          if (value.isEmpty()) {
            continue;
          }
          Governing rule = governing(target, year);
          double v = value.get();
          rows.add(new GenericRowWithSchema(new Object[] {term.term(), term.unit(), target.code(), target.indicator(),
              target.wording(), rule.wording, rule.revision, rule.decided, rule.comparison,
              rule.threshold, target.due(), filterText(target.filter()), label, v, previous,
              previous == null ? null : v - previous,
              status(v, rule.comparison, rule.threshold, catalog.exceedMargin())}, SCHEMA));
          previous = v;
        }
      }
    }
    return rows;
  }

  /** chưa đạt when the comparison fails; vượt when it holds by at least the margin; else đạt. */
  public static String status(double value, String comparison, double threshold, double exceedMargin) {
    double epsilon = 1e-9;
    boolean holds =
        switch (comparison) {
          case ">=" -> value >= threshold - epsilon;
          case ">" -> value > threshold + epsilon;
          case "<=" -> value <= threshold + epsilon;
          case "<" -> value < threshold - epsilon;
          default -> throw new IllegalArgumentException("unknown comparison " + comparison);
        };
    if (!holds) {
      return NOT_MET;
    }
    boolean upward = comparison.startsWith(">");
    double margin = upward ? value - threshold : threshold - value;
    return margin >= exceedMargin - epsilon ? EXCEEDED : MET;
  }

  private record Governing(String wording, int revision, String decided, String comparison, double threshold) {}

  private static Governing governing(TargetCatalog.Target target, SchoolYear year) {
    Governing rule = new Governing(target.wording(), 0, null, target.comparison(), target.threshold());
    int number = 0;
    for (TargetCatalog.Revision revision : target.revisions()) {
      number++;
      if (SchoolYear.of(revision.appliesFrom()).compareTo(year) <= 0) {
        rule = new Governing(
            revision.wording() == null ? rule.wording : revision.wording(), number, revision.decided(),
            revision.comparison() == null ? rule.comparison : revision.comparison(),
            revision.threshold() == null ? rule.threshold : revision.threshold());
      }
    }
    return rule;
  }

  private static String filterText(Map<String, String> filter) {
    return filter.isEmpty() ? "" : filter.entrySet().iterator().next().getKey() + "=" + filter.values().iterator().next();
  }
}
