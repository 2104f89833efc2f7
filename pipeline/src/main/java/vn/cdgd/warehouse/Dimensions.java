package vn.cdgd.warehouse;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.reference.Unit;
import vn.cdgd.reference.UnitRegister;

/**
 * The dimension rows, built on the driver from the register (small even for the whole country):
 *
 * <ul>
 *   <li>{@code dim_unit}: one row per unit per validity period (the register as type-2 history);
 *   <li>{@code dim_school_year}: one row per school year, with its first and last day and deadline;
 *   <li>{@code int_unit_year}: one row per unit per school year it belongs to the tree, with the
 *       attributes and parent it had that year and whether it is a grassroots unit expected to
 *       report;
 *   <li>{@code int_unit_ancestor}: one row per unit per ancestor (itself at depth 0) per year.
 * </ul>
 */
public final class Dimensions {
  private Dimensions() {}

  public static final StructType DIM_UNIT =
      Schemas.of("unit_code", StringType, "unit_name", StringType, "parent_code", StringType,
          "school_level", StringType, "ownership", StringType, "cluster", StringType,
          "province", StringType, "valid_from", DateType, "valid_to", DateType);

  public static final StructType DIM_SCHOOL_YEAR =
      Schemas.of("school_year", StringType, "first_day", DateType, "last_day", DateType,
          "deadline", DateType);

  public static final StructType UNIT_YEAR =
      Schemas.of("school_year", StringType, "unit_code", StringType, "unit_name", StringType,
          "parent_code", StringType, "school_level", StringType, "ownership", StringType,
          "cluster", StringType, "province", StringType, "is_grassroots", BooleanType);

  public static final StructType UNIT_ANCESTOR =
      Schemas.of("school_year", StringType, "unit_code", StringType, "ancestor_code", StringType,
          "depth", IntegerType);

  public static List<Row> dimUnit(UnitRegister register) {
    List<Row> rows = new ArrayList<>();
    for (Unit u : register.rows()) {
      rows.add(RowFactory.create(u.code(), u.name(), blankToNull(u.parentCode()), u.schoolLevel(),
          u.ownership(), u.cluster(), u.province(), date(u.validFrom()), date(u.validTo())));
    }
    return rows;
  }

  public static List<Row> dimSchoolYear(List<SchoolYear> years, MonthDay starts, MonthDay deadline) {
    List<Row> rows = new ArrayList<>();
    for (SchoolYear year : years) {
      rows.add(RowFactory.create(year.label(), date(year.firstDay(starts)), date(year.lastDay(starts)),
          date(year.deadline(starts, deadline))));
    }
    return rows;
  }

  public static List<Row> unitYears(UnitTree tree, List<Unit> grassroots) {
    Set<String> reporting = new HashSet<>();
    grassroots.forEach(u -> reporting.add(u.code()));
    List<Row> rows = new ArrayList<>();
    for (Unit u : tree.units()) {
      rows.add(RowFactory.create(tree.schoolYear(), u.code(), u.name(), blankToNull(u.parentCode()),
          u.schoolLevel(), u.ownership(), u.cluster(), u.province(), reporting.contains(u.code())));
    }
    return rows;
  }

  public static List<Row> ancestors(UnitTree tree) {
    List<Row> rows = new ArrayList<>();
    for (UnitTree.Edge e : tree.edges()) {
      rows.add(RowFactory.create(e.schoolYear(), e.unitCode(), e.ancestorCode(), e.depth()));
    }
    return rows;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static java.sql.Date date(java.time.LocalDate date) {
    return date == null ? null : java.sql.Date.valueOf(date);
  }
}
