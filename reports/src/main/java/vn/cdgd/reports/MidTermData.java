package vn.cdgd.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the mid-term review: one per target × school year of the term up to the review's
 * year, with the original and the governing wording, the threshold, the value and the status. For
 * the term's own unit they are {@code mart_target_progress} as the warehouse judged them; for any
 * other unit the same targets are judged on that unit's {@code mart_indicator} values.
 */
final class MidTermData {
  final Scope scope;
  final TermInfo term;
  final List<Map<String, ?>> rows = new ArrayList<>();
  /** The latest row of each target, in target order: what the summary speaks of. */
  final Map<String, Map<String, ?>> latest = new LinkedHashMap<>();

  private MidTermData(Scope scope, TermInfo term) {
    this.scope = scope;
    this.term = term;
  }

  static MidTermData read(Warehouse warehouse, TermInfo term, Scope scope) {
    MidTermData data = new MidTermData(scope, term);
    List<Map<String, Object>> progress = warehouse.rows(
        "select p.*, m.value as unit_value from mart_target_progress p"
            + " left join mart_indicator m on m.school_year = p.school_year and m.unit_code = ?"
            + "   and m.indicator_code = p.indicator_code"
            + "   and ((coalesce(p.filter, '') = '' and m.breakdown = 'all')"
            + "     or (p.filter like 'ownership=%' and m.breakdown = 'ownership'"
            + "       and m.breakdown_value = substr(p.filter, 11)))"
            + " where p.term = ? and p.unit_code = ? and p.school_year >= ? and p.school_year <= ?"
            + " order by p.target_code, p.school_year",
        scope.unitCode(), term.term(), term.unit(), term.firstYear(), scope.schoolYear());
    if (progress.isEmpty()) {
      throw new ReportException(ReportException.Kind.INPUT, noResults(term, scope.schoolYear()));
    }
    boolean ownUnit = scope.unitCode().equals(term.unit());
    for (Map<String, Object> row : progress) {
      Double value = number(ownUnit ? row.get("value") : row.get("unit_value"));
      double threshold = number(row.get("threshold"));
      String comparison = (String) row.get("comparison");
      Map<String, Object> out = new HashMap<>();
      out.put("code", row.get("target_code"));
      out.put("indicator", row.get("indicator_code"));
      out.put("originalWording", row.get("original_wording"));
      out.put("wording", row.get("wording"));
      boolean revised = number(row.get("revision")) != null && number(row.get("revision")) > 0;
      out.put("revision", revised
          ? "Điều chỉnh" + decided(row.get("revision_decided")) + ": " + row.get("wording") : null);
      out.put("comparison", comparison);
      out.put("threshold", threshold);
      out.put("thresholdText", (comparison.equals(">=") ? "≥ " : "> ") + VietnameseFormats.rate(threshold));
      out.put("due", "end_of_term".equals(row.get("due")) ? "đến cuối nhiệm kỳ" : "hằng năm");
      out.put("schoolYear", row.get("school_year"));
      out.put("value", value);
      out.put("status", ownUnit ? row.get("status") : status(comparison, threshold, value, term.exceedMargin()));
      data.rows.add(out);
      data.latest.put((String) row.get("target_code"), out);
    }
    data.showRevisionOnEveryYear();
    data.markAxesAndYears();
    return data;
  }

  /**
   * Why the warehouse holds no result of the term: the school year is outside the term, or no
   * target was built for it (none in conf/targets.yaml, or added after the last build). Names the
   * file, the term's years and what to do, since a rebuild alone cannot add a target.
   */
  static String noResults(TermInfo term, String schoolYear) {
    String years = "năm học " + term.firstYear() + " đến " + term.lastYear();
    if (schoolYear.compareTo(term.firstYear()) < 0 || schoolYear.compareTo(term.lastYear()) > 0) {
      return "Năm học " + schoolYear + " không thuộc nhiệm kỳ " + term.term() + " (" + years
          + ", first_year và last_year trong conf/targets.yaml). Hãy chọn --as-of một năm học trong nhiệm kỳ.";
    }
    return "Kho dữ liệu chưa có kết quả chỉ tiêu nào của nhiệm kỳ " + term.term() + " (" + years
        + ") đến năm học " + schoolYear + ". Nếu nhiệm kỳ chưa có chỉ tiêu, hãy ghi các chỉ tiêu của Nghị quyết vào"
        + " mục targets của nhiệm kỳ " + term.term() + " trong conf/targets.yaml; rồi chạy cdgd build để kho tính"
        + " kết quả và in lại báo cáo.";
  }

  /**
   * Every row of a target carries its chart's value axis (axisMin, axisMax, in %), wide enough for
   * every value and threshold of the target with a margin, and how many school years it has so far
   * (a single year is drawn as bars, not as a line of one point).
   */
  private void markAxesAndYears() {
    Map<Object, List<Integer>> byTarget = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      byTarget.computeIfAbsent(rows.get(i).get("code"), code -> new ArrayList<>()).add(i);
    }
    for (List<Integer> indexes : byTarget.values()) {
      List<Double> points = new ArrayList<>();
      for (int i : indexes) {
        points.add((Double) rows.get(i).get("threshold") * 100);
        if (rows.get(i).get("value") != null) {
          points.add((Double) rows.get(i).get("value") * 100);
        }
      }
      double[] axis = axis(points);
      for (int i : indexes) {
        Map<String, Object> copy = new HashMap<>(rows.get(i));
        copy.put("axisMin", axis[0]);
        copy.put("axisMax", axis[1]);
        copy.put("years", indexes.size());
        copy.put("oneYearNote", indexes.size() == 1
            ? "Mới có số liệu một năm học (" + copy.get("schoolYear") + "): biểu đồ so sánh kết quả với mức chỉ tiêu;"
                + " xu hướng được vẽ từ năm học thứ hai."
            : null);
        rows.set(i, copy);
      }
    }
  }

  /**
   * A value axis (in %) holding every point with a margin of at least 2 points or a tenth of the
   * span, its ends on multiples of 5 and never below 0.
   */
  static double[] axis(List<Double> points) {
    double low = points.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double high = points.stream().mapToDouble(Double::doubleValue).max().orElse(100);
    double margin = Math.max(2, (high - low) / 10);
    double min = Math.max(0, Math.floor((low - margin) / 5) * 5);
    double max = Math.ceil((high + margin) / 5) * 5;
    return new double[] {min, max};
  }

  /**
   * A target's group in the table prints the revision from its first row: every year of a revised
   * target carries the latest revision's text (the status of each year still follows the wording
   * that governed it).
   */
  private void showRevisionOnEveryYear() {
    Map<Object, Object> revisions = new HashMap<>();
    rows.stream().filter(row -> row.get("revision") != null)
        .forEach(row -> revisions.put(row.get("code"), row.get("revision")));
    for (int i = 0; i < rows.size(); i++) {
      Object revision = revisions.get(rows.get(i).get("code"));
      if (revision != null) {
        Map<String, Object> copy = new HashMap<>(rows.get(i));
        copy.put("revision", revision);
        rows.set(i, copy);
      }
    }
  }

  /** The status of a value against a threshold, as the warehouse judges the term's own unit. */
  static String status(String comparison, double threshold, Double value, double exceedMargin) {
    if (value == null) {
      return "chưa có số liệu";
    }
    boolean holds = comparison.equals(">=") ? value >= threshold : value > threshold;
    if (!holds) {
      return "chưa đạt";
    }
    return value >= threshold + exceedMargin ? "vượt" : "đạt";
  }

  /**
   * The review's closing paragraph: which targets are met and which need work in the second half
   * of the term, with their latest values.
   */
  String summary() {
    List<String> met = new ArrayList<>();
    List<String> notMet = new ArrayList<>();
    for (Map<String, ?> row : latest.values()) {
      String status = (String) row.get("status");
      String what = row.get("code") + " (" + lowerFirst((String) row.get("wording")) + ": "
          + (row.get("value") == null ? "chưa có số liệu" : VietnameseFormats.rate((Double) row.get("value")))
          + ", " + status + ")";
      (status.equals("đạt") || status.equals("vượt") ? met : notMet).add(what);
    }
    StringBuilder text = new StringBuilder();
    text.append("Đến năm học ").append(scope.schoolYear()).append(", ");
    if (met.isEmpty()) {
      text.append("chưa có chỉ tiêu nào đạt mức Nghị quyết đề ra. ");
    } else {
      text.append("các chỉ tiêu đã đạt hoặc vượt: ").append(String.join("; ", met)).append(". ");
    }
    if (notMet.isEmpty()) {
      text.append("Tất cả các chỉ tiêu đều đạt; cần duy trì kết quả trong nửa nhiệm kỳ cuối.");
    } else {
      text.append("Một số chỉ tiêu cần phấn đấu thực hiện trong nửa nhiệm kỳ cuối: ")
          .append(String.join("; ", notMet)).append(".");
    }
    return text.toString();
  }

  private static String decided(Object date) {
    if (date == null || date.toString().isBlank()) {
      return "";
    }
    return " ngày " + VietnameseFormats.date(java.time.LocalDate.parse(date.toString()));
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static Double number(Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }
}
