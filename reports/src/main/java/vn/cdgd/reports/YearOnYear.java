package vn.cdgd.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The year-end's comparison with the previous school year: for every field total of the form and
 * every indicator, this year's value, last year's and the change (in percentage points for a rate,
 * in its own unit otherwise). Both years are {@link YearEndData} read the same way, so the previous
 * year's figures follow the same rules, "không có số liệu" included. A pure transform of the two.
 */
final class YearOnYear {
  /** The school year compared with, null when the warehouse has none before this one. */
  final String previousYear;
  /** Why nothing is compared, or what is; printed above the table. */
  final String note;
  final List<Map<String, ?>> rows = new ArrayList<>();

  private YearOnYear(String previousYear, String note) {
    this.previousYear = previousYear;
    this.note = note;
  }

  /** Nothing to compare: the warehouse holds no earlier school year. */
  static YearOnYear noPreviousYear(Scope scope) {
    return new YearOnYear(null, "Kho dữ liệu không có số liệu năm học trước năm học " + scope.schoolYear()
        + ", nên báo cáo không so sánh với năm học trước.");
  }

  /** Nothing to compare: the unit was not in the previous year's tree (a new or renamed unit). */
  static YearOnYear unitAbsent(Scope scope, String previousYear) {
    return new YearOnYear(null, "Danh mục năm học " + previousYear + " không có đơn vị " + scope.unitName()
        + " (mã " + scope.unitCode() + "), nên báo cáo không so sánh với năm học trước.");
  }

  static YearOnYear of(YearEndData current, YearEndData previous) {
    String year = previous.scope.schoolYear();
    YearOnYear comparison = new YearOnYear(year, "So sánh với năm học " + year + " (số liệu của các CĐCS thuộc "
        + previous.scope.unitName() + " trong năm học đó; tăng, giảm của tỷ lệ tính bằng điểm phần trăm).");
    Map<String, Map<String, ?>> lastFigures = byCode(previous.figures);
    for (Map<String, ?> row : current.figures) {
      Map<String, ?> last = lastFigures.get(row.get("code"));
      String kind = "money".equals(row.get("kind")) ? "money" : "count";
      comparison.add((String) row.get("code"), row.get("label") + " (" + row.get("unit") + ")", kind,
          (Number) row.get("total"), last == null ? null : (Number) last.get("total"));
    }
    Map<String, Map<String, ?>> lastIndicators = byCode(previous.indicators);
    for (Map<String, ?> row : current.indicators) {
      Map<String, ?> last = lastIndicators.get(row.get("code"));
      comparison.add((String) row.get("code"), (String) row.get("name"), (String) row.get("kind"),
          (Number) row.get("value"), last == null ? null : (Number) last.get("value"));
    }
    return comparison;
  }

  private void add(String code, String label, String kind, Number current, Number previous) {
    Map<String, Object> row = new HashMap<>();
    row.put("code", code);
    row.put("label", label);
    row.put("kind", kind);
    row.put("current", current == null ? null : current.doubleValue());
    row.put("previous", previous == null ? null : previous.doubleValue());
    row.put("change", change(kind, current, previous));
    rows.add(row);
  }

  /**
   * "tăng 1,5 điểm %", "giảm 12", "tăng 250.000 đồng", "không đổi"; "không so sánh được" when a
   * year has no value. A change that rounds to nothing at the printed precision is "không đổi".
   */
  static String change(String kind, Number current, Number previous) {
    if (current == null || previous == null) {
      return "không so sánh được";
    }
    double difference = current.doubleValue() - previous.doubleValue();
    String amount = switch (kind) {
      case "rate" -> points(Math.abs(difference));
      case "money", "average" -> VietnameseFormats.money(Math.round(Math.abs(difference)));
      default -> VietnameseFormats.integer(Math.round(Math.abs(difference)));
    };
    boolean nothing = "rate".equals(kind) ? Math.round(Math.abs(difference) * 1000) == 0 : Math.round(difference) == 0;
    if (nothing) {
      return "không đổi";
    }
    return (difference > 0 ? "tăng " : "giảm ") + amount;
  }

  /** A difference of two fractions as percentage points with one decimal: 0.015 is "1,5 điểm %". */
  private static String points(double fraction) {
    return new java.text.DecimalFormat("#,##0.0", java.text.DecimalFormatSymbols.getInstance(VietnameseFormats.LOCALE))
        .format(fraction * 100) + " điểm %";
  }

  private static Map<String, Map<String, ?>> byCode(List<Map<String, ?>> rows) {
    Map<String, Map<String, ?>> byCode = new HashMap<>();
    rows.forEach(row -> byCode.put((String) row.get("code"), row));
    return byCode;
  }
}
