package vn.cdgd.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's tables as text: one of steps (time, workbooks per second, peak heap, Spark jobs)
 * and one of ratios against the baselines, each with the goal and by how much it is missed.
 * Columns are separated by at least two spaces and a missing figure is "-", so the text reads in a
 * terminal and parses back (a test does).
 */
final class BenchmarkTable {
  private BenchmarkTable() {}

  static final String NONE = "-";
  static final List<String> STEP_COLUMNS =
      List.of("step", "threads", "seconds", "workbooks_per_s", "peak_heap_MB", "spark_jobs");
  static final List<String> RATIO_COLUMNS = List.of("ratio", "value", "goal", "verdict");

  /**
   * One measured step; {@code workbooks} 0 when the step reads no workbooks, {@code peakHeapBytes}
   * and {@code sparkJobs} negative when not measured.
   */
  record Step(String name, int threads, double seconds, int workbooks, long peakHeapBytes, int sparkJobs) {}

  /** A step's time over its baseline's; {@code goalAtMost} NaN when the issue sets none. */
  record Ratio(String name, double numerator, double denominator, double goalAtMost) {
    double value() {
      return numerator / denominator;
    }
  }

  static String steps(List<Step> steps) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(STEP_COLUMNS);
    for (Step step : steps) {
      rows.add(List.of(step.name(), Integer.toString(step.threads()), number(step.seconds()),
          step.workbooks() > 0 ? number(step.workbooks() / step.seconds()) : NONE,
          step.peakHeapBytes() >= 0 ? Long.toString(step.peakHeapBytes() >> 20) : NONE,
          step.sparkJobs() >= 0 ? Integer.toString(step.sparkJobs()) : NONE));
    }
    return render(rows);
  }

  static String ratios(List<Ratio> ratios) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(RATIO_COLUMNS);
    for (Ratio ratio : ratios) {
      double value = ratio.value();
      boolean goal = !Double.isNaN(ratio.goalAtMost());
      String verdict = !goal ? NONE
          : value <= ratio.goalAtMost() ? "met"
          : "missed, " + number(value / ratio.goalAtMost()) + " x the goal";
      rows.add(List.of(ratio.name(), number(value), goal ? "<= " + number(ratio.goalAtMost()) : NONE, verdict));
    }
    return render(rows);
  }

  /** Four significant digits, never in scientific notation: 311.2, 0.02134, 12350. */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return NONE;
    }
    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  /** The first column left-aligned, the others right-aligned, two spaces between. */
  private static String render(List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        String format = i == 0 ? "%-" + widths[i] + "s" : "  %" + widths[i] + "s";
        line.append(String.format(Locale.ROOT, format, row.get(i)));
      }
      text.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
    return text.toString();
  }
}
