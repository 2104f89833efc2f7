package vn.cdgd.reports;

import java.util.List;
import java.util.Map;

/**
 * The unit a report is for, in one school year's tree: its code and name. Checked against the
 * warehouse, so a report never comes out empty because of a typo.
 */
record Scope(String unitCode, String unitName, String schoolYear) {

  /** The grassroots units under the unit (itself included when it is one), as SQL. */
  static final String GRASSROOTS =
      "select u.* from int_unit_year u join int_unit_ancestor a"
          + " on a.unit_code = u.unit_code and a.school_year = u.school_year"
          + " where u.school_year = ? and a.ancestor_code = ? and u.is_grassroots";

  static Scope resolve(Warehouse warehouse, String unitCode, String schoolYear) {
    if (!warehouse.exists("select 1 from dim_school_year where school_year = ?", schoolYear)) {
      List<Map<String, Object>> years = warehouse.rows("select school_year from dim_school_year order by 1");
      throw new ReportException(ReportException.Kind.INPUT, "Năm học " + schoolYear
          + " không có trong kho dữ liệu (có: " + String.join(", ", years.stream()
              .map(row -> (String) row.get("school_year")).toList()) + ").");
    }
    List<Map<String, Object>> units = warehouse.rows(
        "select unit_name from int_unit_year where unit_code = ? and school_year = ?", unitCode, schoolYear);
    if (units.isEmpty()) {
      throw new ReportException(ReportException.Kind.INPUT, "Không có đơn vị mã " + unitCode
          + " trong danh mục năm học " + schoolYear + ". Hãy kiểm tra mã đơn vị (cột code của data/units.csv).");
    }
    return new Scope(unitCode, (String) units.get(0).get("unit_name"), schoolYear);
  }
}
