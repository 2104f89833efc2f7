package vn.cdgd.staging;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.ingest.Level;
import vn.cdgd.ingest.Rule;

/**
 * The rules that need more than one submission, recomputed on every run for the school years the
 * run touches so their result never depends on the order files arrived in:
 *
 * <ul>
 *   <li>the newest accepted submission of a unit and year is the current one; older ones stay in
 *       the history;
 *   <li>the outlier field (A02 in form v1) of a current submission changing by more than the
 *       form's {@code max_change} from the unit's current submission of the previous year is a
 *       warning.
 * </ul>
 *
 * <p>Plain Java on the driver: their inputs are one small record per submission (and one figure
 * per submission), so a Spark plan of windows, joins and shuffles cost far more than the rules.
 */
public final class CrossSubmissionRules {
  private CrossSubmissionRules() {}

  /** What the rules read of a submission. */
  public record Submission(String id, String schoolYear, String unitCode, String file,
      LocalDateTime receivedAt, String status) implements Serializable {
    boolean eligible() {
      return "accepted".equals(status) && unitCode != null && !unitCode.isEmpty()
          && schoolYear != null && !schoolYear.isEmpty();
    }
  }

  /** The outlier field of a submission, as read. */
  public record OutlierValue(String submissionId, String schoolYear, String unitCode, String sheet,
      String cell, String fieldCode, long total, String totalRaw) implements Serializable {}

  /** Newest first: received later, then the file and id that sort last. */
  private static final Comparator<Submission> NEWEST_FIRST =
      Comparator.comparing(Submission::receivedAt, Comparator.nullsFirst(Comparator.<LocalDateTime>naturalOrder()))
          .thenComparing(Submission::file, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparing(Submission::id, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .reversed();

  /** The ids of the current submissions: the newest eligible one of each unit and school year. */
  public static Set<String> current(Collection<Submission> submissions) {
    Map<String, Submission> newest = new HashMap<>();
    for (Submission s : submissions) {
      if (s.eligible()) {
        newest.merge(s.unitCode() + "\u0000" + s.schoolYear(), s,
            (a, b) -> NEWEST_FIRST.compare(a, b) <= 0 ? a : b);
      }
    }
    Set<String> ids = new HashSet<>();
    newest.values().forEach(s -> ids.add(s.id()));
    return ids;
  }

  /**
   * The outlier warnings of the current submissions whose school year {@code report} accepts, as
   * {@code stg_issue} rows of origin {@code batch}; {@code values} must hold the outlier field of
   * the current submissions of those years and of the years before them.
   */
  public static List<Row> outliers(Map<String, Submission> submissions, Set<String> current,
      Collection<OutlierValue> values, FormDefinition.Outlier outlier, Predicate<String> report) {
    Map<String, OutlierValue> byUnitYear = new HashMap<>();
    List<OutlierValue> mine = new ArrayList<>();
    for (OutlierValue v : values) {
      if (current.contains(v.submissionId()) && outlier.field().equals(v.fieldCode())) {
        byUnitYear.put(v.unitCode() + "\u0000" + v.schoolYear(), v);
        mine.add(v);
      }
    }
    List<Row> issues = new ArrayList<>();
    for (OutlierValue v : mine) {
      if (!report.test(v.schoolYear())) {
        continue;
      }
      OutlierValue previous = StagingLayout.preceding(StagingLayout.bucket(v.schoolYear()))
          .map(year -> byUnitYear.get(v.unitCode() + "\u0000" + year)).orElse(null);
      if (previous == null || previous.total() <= 0) {
        continue;
      }
      double change = (double) (v.total() - previous.total()) / previous.total();
      if (Math.abs(change) <= outlier.maxChange()) {
        continue;
      }
      String message = v.fieldCode() + " năm học " + v.schoolYear() + " là " + v.total()
          + ", năm học trước là " + previous.total() + " (" + (change > 0 ? "tăng " : "giảm ")
          + percent(change) + " %, quá " + Math.round(outlier.maxChange() * 100) + " %). Hãy kiểm tra lại;"
          + " nếu đúng, ghi rõ lý do ở cột Ghi chú.";
      issues.add(RowFactory.create(v.submissionId(), v.schoolYear(), v.unitCode(),
          submissions.get(v.submissionId()).file(), v.sheet(), v.cell(), v.fieldCode(),
          v.totalRaw() != null ? v.totalRaw() : Long.toString(v.total()),
          Rule.OUTLIER.code(), Level.WARNING.label(), message, StagingTables.ORIGIN_BATCH));
    }
    return issues;
  }

  /** The change in whole percent, rounded half up, with thousands separated by commas. */
  static String percent(double change) {
    BigDecimal rounded = new BigDecimal(Double.toString(Math.abs(change) * 100)).setScale(0, RoundingMode.HALF_UP);
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)).format(rounded);
  }
}
