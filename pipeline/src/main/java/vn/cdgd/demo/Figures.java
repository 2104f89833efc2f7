package vn.cdgd.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures one workbook reports: total and women value by field code (a yes/no field holds 1
 * for Có and 0 for Không; an absent code is a blank cell). Mutable while the plan calibrates it.
 */
final class Figures {
  private final Map<String, Long> totals = new LinkedHashMap<>();
  private final Map<String, Long> women = new LinkedHashMap<>();

  Long total(String code) {
    return totals.get(code);
  }

  Long women(String code) {
    return women.get(code);
  }

  long totalOrZero(String code) {
    return totals.getOrDefault(code, 0L);
  }

  long womenOrZero(String code) {
    return women.getOrDefault(code, 0L);
  }

  Figures set(String code, long total) {
    totals.put(code, total);
    return this;
  }

  Figures set(String code, long total, long womenValue) {
    totals.put(code, total);
    women.put(code, womenValue);
    return this;
  }

  Figures setWomen(String code, long womenValue) {
    women.put(code, womenValue);
    return this;
  }

  Figures clear(String code) {
    totals.remove(code);
    women.remove(code);
    return this;
  }

  Figures copy() {
    Figures copy = new Figures();
    copy.totals.putAll(totals);
    copy.women.putAll(women);
    return copy;
  }
}
