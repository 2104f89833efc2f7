package vn.cdgd.warehouse;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.reference.Unit;
import vn.cdgd.reference.UnitRegister;

/**
 * The unit tree of one school year, from the type-2 register: every unit's row in force that year
 * and, for each unit, its chain of ancestors. A figure of 2019-2020 rolls up along the tree as it
 * stood in 2019-2020; {@link #today} rolls every year up along the latest tree instead.
 */
public final class UnitTree implements Serializable {
  private final String schoolYear;
  private final Map<String, Unit> units;

  /** A unit and one of its ancestors (itself at depth 0) in a year's tree. */
  public record Edge(String schoolYear, String unitCode, String ancestorCode, int depth) implements Serializable {}

  private UnitTree(String schoolYear, Map<String, Unit> units) {
    this.schoolYear = schoolYear;
    this.units = units;
  }

  /** The tree as it stood during the school year. */
  public static UnitTree asOf(UnitRegister register, SchoolYear year, MonthDay starts) {
    Map<String, Unit> units = new HashMap<>();
    for (Unit row : register.rows()) {
      register.during(row.code(), year, starts).ifPresent(unit -> units.put(unit.code(), unit));
    }
    return new UnitTree(year.label(), units);
  }

  /**
   * Today's tree applied to a past year: the units active that year, each placed under the parent
   * and with the attributes of its latest register row (a dissolved unit keeps its last place).
   */
  public static UnitTree today(UnitRegister register, SchoolYear year, MonthDay starts, LocalDate today) {
    Map<String, Unit> latest = new HashMap<>();
    for (Unit row : register.rows()) {
      if (row.validFrom() != null && row.validFrom().isAfter(today)) {
        continue;
      }
      latest.merge(row.code(), row, (a, b) -> later(a, b));
    }
    Map<String, Unit> units = new HashMap<>();
    UnitTree thatYear = asOf(register, year, starts);
    for (String code : thatYear.units.keySet()) {
      units.put(code, latest.getOrDefault(code, thatYear.units.get(code)));
    }
    // Ancestors that exist only in today's tree are nodes too.
    for (Unit unit : latest.values()) {
      units.putIfAbsent(unit.code(), unit);
    }
    return new UnitTree(year.label(), units);
  }

  private static Unit later(Unit a, Unit b) {
    Comparator<Unit> byStart =
        Comparator.comparing(u -> u.validFrom() == null ? LocalDate.MIN : u.validFrom());
    return byStart.compare(a, b) >= 0 ? a : b;
  }

  public String schoolYear() {
    return schoolYear;
  }

  public Optional<Unit> unit(String code) {
    return Optional.ofNullable(units.get(code));
  }

  /** Every unit with each of its ancestors, itself included at depth 0. */
  public List<Edge> edges() {
    List<Edge> edges = new ArrayList<>();
    List<String> codes = new ArrayList<>(units.keySet());
    codes.sort(null);
    for (String code : codes) {
      Set<String> seen = new HashSet<>();
      String current = code;
      int depth = 0;
      while (current != null && !current.isEmpty() && seen.add(current)) {
        edges.add(new Edge(schoolYear, code, current, depth++));
        Unit unit = units.get(current);
        current = unit == null ? null : unit.parentCode();
      }
    }
    return edges;
  }

  public List<Unit> units() {
    List<Unit> list = new ArrayList<>(units.values());
    list.sort(Comparator.comparing(Unit::code));
    return list;
  }
}
