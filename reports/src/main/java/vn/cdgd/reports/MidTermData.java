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
      throw new ReportException(ReportException.Kind.INPUT, "Kho dữ liệu chưa có kết quả chỉ tiêu nào của nhiệm kỳ "
          + term.term() + " đến năm học " + scope.schoolYear() + ". Hãy chạy lại cdgd build.");
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
    return data;
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
