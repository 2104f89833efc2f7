package vn.cdgd.reports;

import com.ibm.icu.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the year-end consolidation for one unit's scope and school year, read from the
 * warehouse: the figures of every field (with women, by ownership and by school level), the
 * indicators, the awards and the CĐCS that did not submit or were rejected. Each table is a list of
 * rows keyed by the field names of its template.
 */
final class YearEndData {
  static final List<String> SCHOOL_LEVELS =
      List.of("Mầm non", "Tiểu học", "THCS", "THPT", "Liên cấp", "GDNN-GDTX", "Khác");
  static final List<String> INDICATORS =
      List.of("I01", "I02", "I03", "I04", "I05", "I06", "I07", "I08", "I09", "I10");
  static final List<String> REPORTING = List.of("R01", "R02");
  /**
   * What a cell reads when CĐCS of its breakdown are expected but none of them sent an accepted
   * report: the sum is unknown, not zero. A breakdown with no CĐCS at all is a true zero.
   */
  static final String NO_DATA = "không có số liệu";

  final Scope scope;
  final List<Map<String, ?>> figures = new ArrayList<>();
  final List<Map<String, ?>> indicators = new ArrayList<>();
  final List<Map<String, ?>> reporting = new ArrayList<>();
  final List<Map<String, ?>> awards = new ArrayList<>();
  final List<Map<String, ?>> missing = new ArrayList<>();
  /** CĐCS expected and CĐCS with an accepted report, per cell key ("total", "level:THCS", "ownership:Công lập"). */
  private final Map<String, long[]> reportingUnits = new HashMap<>();
  long unitsExpected;
  /** The comparison with the previous school year, or the note saying there is none. */
  YearOnYear comparison;
  long unitsSubmitted;

  private YearEndData(Scope scope) {
    this.scope = scope;
  }

  /**
   * The year's rows and their comparison with the previous school year the warehouse holds (the
   * same rows read for that year and the unit's subtree of that year).
   */
  static YearEndData read(Warehouse warehouse, FormLabels form, Scope scope) {
    YearEndData data = readYear(warehouse, form, scope);
    data.comparison = compare(warehouse, form, data);
    return data;
  }

  private static YearOnYear compare(Warehouse warehouse, FormLabels form, YearEndData data) {
    Scope scope = data.scope;
    List<Map<String, Object>> years = warehouse.rows(
        "select max(school_year) as school_year from dim_school_year where school_year < ?", scope.schoolYear());
    String previousYear = (String) years.get(0).get("school_year");
    if (previousYear == null) {
      return YearOnYear.noPreviousYear(scope);
    }
    List<Map<String, Object>> units = warehouse.rows(
        "select unit_name from int_unit_year where unit_code = ? and school_year = ?", scope.unitCode(), previousYear);
    if (units.isEmpty()) {
      return YearOnYear.unitAbsent(scope, previousYear);
    }
    Scope previous = new Scope(scope.unitCode(), (String) units.get(0).get("unit_name"), previousYear);
    return YearOnYear.of(data, readYear(warehouse, form, previous));
  }

  private static YearEndData readYear(Warehouse warehouse, FormLabels form, Scope scope) {
    YearEndData data = new YearEndData(scope);
    data.readReportingUnits(warehouse);
    data.readFigures(warehouse, form);
    data.readIndicators(warehouse);
    data.countUnitsWithoutR01();
    data.readAwards(warehouse, form);
    data.readMissing(warehouse);
    return data;
  }

  private void readFigures(Warehouse warehouse, FormLabels form) {
    List<Map<String, Object>> sums = warehouse.rows(
        "with scope as (" + Scope.GRASSROOTS + ")"
            + " select f.field_code, s.ownership, s.school_level, sum(f.total) as total, sum(f.women) as women"
            + " from fct_figure f"
            + " join fct_submission sub on sub.submission_id = f.submission_id and sub.school_year = f.school_year"
            + "   and sub.is_current and sub.status = 'accepted'"
            + " join scope s on s.unit_code = f.unit_code"
            + " where f.school_year = ? group by all",
        scope.schoolYear(), scope.unitCode(), scope.schoolYear());
    Map<String, Map<String, Long>> byField = new HashMap<>();
    for (Map<String, Object> row : sums) {
      Map<String, Long> cells = byField.computeIfAbsent((String) row.get("field_code"), code -> new HashMap<>());
      long total = number(row.get("total"));
      cells.merge("total", total, Long::sum);
      cells.merge("women", number(row.get("women")), Long::sum);
      cells.merge("ownership:" + row.get("ownership"), total, Long::sum);
      cells.merge("level:" + row.get("school_level"), total, Long::sum);
    }
    Map<String, String> sectionLabels = new LinkedHashMap<>();
    form.sections().forEach(section -> sectionLabels.put(section.code(), section.label()));
    int rowNumber = 0;
    String section = null;
    for (FormLabels.Field field : form.fields()) {
      rowNumber = field.section().equals(section) ? rowNumber + 1 : 1;
      section = field.section();
      Map<String, Long> cells = byField.getOrDefault(field.code(), Map.of());
      Map<String, Object> row = new HashMap<>();
      row.put("section", section + ". " + sectionLabels.getOrDefault(section, ""));
      row.put("sectionCode", section);
      row.put("rowNumber", rowNumber);
      row.put("code", field.code());
      row.put("label", field.label());
      row.put("unit", field.type().equals("yes_no") ? "CĐCS có" : field.unit());
      row.put("kind", field.type().equals("money") ? "money" : "count");
      row.put("total", cell(cells, "total"));
      row.put("women", field.women() ? cell(cells, "women") : null);
      row.put("womenNoData", field.women() && noReport("total"));
      row.put("publicTotal", cell(cells, "ownership:Công lập"));
      row.put("nonPublicTotal", cell(cells, "ownership:Ngoài công lập"));
      for (int i = 0; i < SCHOOL_LEVELS.size(); i++) {
        row.put("level" + (i + 1), cell(cells, "level:" + SCHOOL_LEVELS.get(i)));
      }
      figures.add(row);
    }
  }

  /** Expected and reporting CĐCS of the scope, whole and by ownership and school level. */
  private void readReportingUnits(Warehouse warehouse) {
    List<Map<String, Object>> rows = warehouse.rows(
        "with scope as (" + Scope.GRASSROOTS + ")"
            + " select s.ownership, s.school_level, count(*) as expected,"
            + " count(*) filter (where exists (select 1 from fct_submission x where x.unit_code = s.unit_code"
            + "   and x.school_year = s.school_year and x.status = 'accepted' and x.is_current)) as reported"
            + " from scope s group by all",
        scope.schoolYear(), scope.unitCode());
    for (Map<String, Object> row : rows) {
      long[] counts = {number(row.get("expected")), number(row.get("reported"))};
      for (String key : List.of("total", "ownership:" + row.get("ownership"), "level:" + row.get("school_level"))) {
        reportingUnits.merge(key, counts.clone(), (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
      }
    }
  }

  /**
   * The intro's counts come from R01 as published; a scope the warehouse has no R01 for counts its
   * expected and reporting CĐCS itself, so the intro never reads "0 CĐCS phải báo cáo" over figures.
   */
  private void countUnitsWithoutR01() {
    if (reporting.stream().noneMatch(row -> "R01".equals(row.get("code")))) {
      long[] counts = reportingUnits.getOrDefault("total", new long[2]);
      unitsExpected = counts[0];
      unitsSubmitted = counts[1];
    }
  }

  /** True when the cell's breakdown has CĐCS expected and none of them reported. */
  boolean noReport(String key) {
    long[] counts = reportingUnits.getOrDefault(key, new long[2]);
    return counts[0] > 0 && counts[1] == 0;
  }

  /** The sum of a cell, null when nobody of its breakdown reported (a women cell follows "total"). */
  private Long cell(Map<String, Long> cells, String key) {
    if (noReport(key.equals("women") ? "total" : key)) {
      return null;
    }
    return cells.getOrDefault(key, 0L);
  }

  private void readIndicators(Warehouse warehouse) {
    List<Map<String, Object>> rows = warehouse.rows(
        "select indicator_code, indicator_name, kind, numerator, denominator, value from mart_indicator"
            + " where school_year = ? and unit_code = ? and breakdown = 'all' order by indicator_code",
        scope.schoolYear(), scope.unitCode());
    for (Map<String, Object> row : rows) {
      String code = (String) row.get("indicator_code");
      Map<String, Object> out = new HashMap<>();
      out.put("code", code);
      out.put("name", row.get("indicator_name"));
      out.put("kind", row.get("kind"));
      out.put("numerator", row.get("numerator") == null ? null : number(row.get("numerator")));
      out.put("denominator", row.get("denominator") == null ? null : number(row.get("denominator")));
      out.put("value", row.get("value") == null ? null : ((Number) row.get("value")).doubleValue());
      if (INDICATORS.contains(code)) {
        indicators.add(out);
      } else if (REPORTING.contains(code)) {
        reporting.add(out);
        if (code.equals("R01")) {
          unitsSubmitted = out.get("numerator") == null ? 0 : (Long) out.get("numerator");
          unitsExpected = out.get("denominator") == null ? 0 : (Long) out.get("denominator");
        }
      }
    }
  }

  private void readAwards(Warehouse warehouse, FormLabels form) {
    List<Map<String, Object>> rows = warehouse.rows(
        "with scope as (" + Scope.GRASSROOTS + ")"
            + " select a.form, a.level, coalesce(a.title, '') as title,"
            + " count(*) filter (where a.recipient_type = 'Tập thể') as collectives,"
            + " count(*) filter (where a.recipient_type = 'Cá nhân') as individuals,"
            + " count(*) filter (where a.recipient_type = 'Cá nhân' and a.gender = 'Nữ') as women"
            + " from fct_award a"
            + " join fct_submission sub on sub.submission_id = a.submission_id and sub.school_year = a.school_year"
            + "   and sub.is_current and sub.status = 'accepted'"
            + " join scope s on s.unit_code = a.unit_code"
            + " where a.school_year = ? group by all",
        scope.schoolYear(), scope.unitCode(), scope.schoolYear());
    Comparator<Map<String, Object>> order = Comparator
        .comparingInt((Map<String, Object> row) -> position(form.awardForms(), row.get("form")))
        .thenComparingInt(row -> position(form.awardLevels(), row.get("level")))
        .thenComparing(row -> (String) row.get("title"), Reports.VIETNAMESE);
    rows.stream().sorted(order).forEach(row -> {
      Map<String, Object> out = new HashMap<>();
      out.put("form", row.get("form"));
      out.put("level", row.get("level"));
      out.put("title", row.get("title"));
      out.put("collectives", number(row.get("collectives")));
      out.put("individuals", number(row.get("individuals")));
      out.put("women", number(row.get("women")));
      awards.add(out);
    });
  }

  private void readMissing(Warehouse warehouse) {
    List<Map<String, Object>> rows = warehouse.rows(
        "with scope as (" + Scope.GRASSROOTS + ")"
            + " select s.unit_code, s.unit_name, s.school_level, p.unit_name as parent_name,"
            + " (select count(*) from fct_submission x where x.unit_code = s.unit_code"
            + "   and x.school_year = s.school_year and x.status = 'rejected') as rejected,"
            + " (select max(x.error_count) from fct_submission x where x.unit_code = s.unit_code"
            + "   and x.school_year = s.school_year and x.status = 'rejected') as errors"
            + " from scope s left join int_unit_year p on p.unit_code = s.parent_code and p.school_year = s.school_year"
            + " where not exists (select 1 from fct_submission x where x.unit_code = s.unit_code"
            + "   and x.school_year = s.school_year and x.status = 'accepted' and x.is_current)",
        scope.schoolYear(), scope.unitCode());
    Collator collator = Reports.VIETNAMESE;
    List<Map<String, Object>> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing((Map<String, Object> row) -> number(row.get("rejected")) > 0 ? 1 : 0)
        .thenComparing(row -> (String) row.get("unit_name"), collator)
        .thenComparing(row -> (String) row.get("unit_code")));
    int rowNumber = 0;
    for (Map<String, Object> row : sorted) {
      long rejected = number(row.get("rejected"));
      Map<String, Object> out = new HashMap<>();
      out.put("rowNumber", ++rowNumber);
      out.put("code", row.get("unit_code"));
      out.put("name", row.get("unit_name"));
      out.put("parent", row.get("parent_name"));
      out.put("level", row.get("school_level"));
      out.put("status", rejected == 0 ? "Chưa nộp báo cáo"
          : "Báo cáo bị từ chối (" + number(row.get("errors")) + " lỗi)");
      missing.add(out);
    }
  }

  static long number(Object value) {
    return value == null ? 0L : ((Number) value).longValue();
  }

  private static int position(List<String> list, Object value) {
    int index = list.indexOf(value);
    return index < 0 ? list.size() : index;
  }
}
