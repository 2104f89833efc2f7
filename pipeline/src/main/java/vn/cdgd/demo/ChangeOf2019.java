package vn.cdgd.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.cdgd.reference.Unit;

/**
 * The changes of 1 September 2019 in the demo register (type-2 history): a lower-secondary school
 * moves to another district union, two public pre-schools merge into a new unit with a new code,
 * a primary school is renamed and a new primary school is founded.
 */
final class ChangeOf2019 {
  private final RegisterBuilder builder;
  private final List<Unit> grassroots;

  ChangeOf2019(RegisterBuilder builder, List<Unit> grassroots) {
    this.builder = builder;
    this.grassroots = grassroots;
  }

  DemoRegister apply(List<Unit> rows, Map<String, String> folders) {
    Random random = builder.random("changes");
    List<DemoNames.District> districts = builder.districtList();
    List<Unit> candidates = new ArrayList<>(grassroots);
    Collections.shuffle(candidates, random);

    Unit moved = null;
    String movedTo = null;
    if (districts.size() > 1) {
      moved = first(candidates, "THCS", null);
      if (moved != null) {
        int from = indexOf(districts, moved.parentCode());
        movedTo = builder.districtCode(districts.get((from + 1) % districts.size()));
      }
    }
    List<Unit> merged = mergedPair(candidates, moved);
    Unit renamed = first(candidates, "Tiểu học", moved);
    if (renamed != null && merged.contains(renamed)) {
      renamed = null;
    }

    Map<String, List<Unit>> replacements = new LinkedHashMap<>();
    if (moved != null) {
      int to = indexOf(districts, movedTo);
      replacements.put(moved.code(), List.of(ended(moved), started(moved, moved.name(), movedTo,
          RegisterBuilder.cluster(to / 2 + 1))));
    }
    if (renamed != null) {
      DemoNames.District district = districts.get(indexOf(districts, renamed.parentCode()));
      String newName = "Công đoàn trường Tiểu học "
          + builder.fresh(district.suffix() + "Tiểu học", DemoNames.PEOPLE);
      replacements.put(renamed.code(), List.of(ended(renamed), started(renamed, newName,
          renamed.parentCode(), renamed.cluster())));
    }
    for (Unit unit : merged) {
      replacements.put(unit.code(), List.of(ended(unit)));
    }
    for (Unit unit : grassroots) {
      rows.addAll(replacements.getOrDefault(unit.code(), List.of(unit)));
    }
    String mergedInto = null;
    if (merged.size() == 2) {
      Unit base = merged.get(0);
      DemoNames.District district = districts.get(indexOf(districts, base.parentCode()));
      String name = "Công đoàn trường Mầm non "
          + builder.fresh(district.suffix() + "Mầm non", DemoNames.KINDERGARTEN);
      Unit unit = new Unit(builder.code(), name, base.parentCode(), base.schoolLevel(),
          base.ownership(), base.cluster(), base.province(), DemoRegister.CHANGE_DATE, null);
      rows.add(unit);
      mergedInto = unit.code();
    }
    DemoNames.District city = districts.get(0);
    String foundedName = "Công đoàn trường Tiểu học "
        + builder.fresh(city.suffix() + "Tiểu học", DemoNames.PEOPLE);
    Unit founded = new Unit(builder.code(), foundedName, builder.districtCode(city),
        "Tiểu học", RegisterBuilder.PUBLIC, RegisterBuilder.cluster(1), RegisterBuilder.PROVINCE,
        DemoRegister.CHANGE_DATE, null);
    rows.add(founded);
    return new DemoRegister(
        List.copyOf(rows),
        moved == null ? null : moved.code(),
        merged.stream().map(Unit::code).toList(),
        mergedInto,
        renamed == null ? null : renamed.code(),
        founded.code(),
        Map.copyOf(folders));
  }

  private Unit first(List<Unit> candidates, String level, Unit except) {
    return candidates.stream()
        .filter(u -> u.schoolLevel().equals(level) && u.ownership().equals(RegisterBuilder.PUBLIC))
        .filter(u -> !u.parentCode().equals(builder.root()))
        .filter(u -> except == null || !u.code().equals(except.code()))
        .findFirst()
        .orElse(null);
  }

  private static List<Unit> mergedPair(List<Unit> candidates, Unit except) {
    for (Unit first : candidates) {
      if (!first.schoolLevel().equals("Mầm non") || !first.ownership().equals(RegisterBuilder.PUBLIC)
          || (except != null && first.code().equals(except.code()))) {
        continue;
      }
      for (Unit second : candidates) {
        if (second != first && second.schoolLevel().equals("Mầm non")
            && second.ownership().equals(RegisterBuilder.PUBLIC)
            && second.parentCode().equals(first.parentCode())) {
          return first.code().compareTo(second.code()) < 0 ? List.of(first, second) : List.of(second, first);
        }
      }
    }
    return List.of();
  }

  private int indexOf(List<DemoNames.District> districts, String code) {
    for (int i = 0; i < districts.size(); i++) {
      if (builder.districtCode(districts.get(i)).equals(code)) {
        return i;
      }
    }
    throw new IllegalStateException("no district " + code);
  }

  private static Unit ended(Unit unit) {
    return new Unit(unit.code(), unit.name(), unit.parentCode(), unit.schoolLevel(),
        unit.ownership(), unit.cluster(), unit.province(), unit.validFrom(),
        DemoRegister.CHANGE_DATE.minusDays(1));
  }

  private static Unit started(Unit unit, String name, String parent, String cluster) {
    return new Unit(unit.code(), name, parent, unit.schoolLevel(), unit.ownership(), cluster,
        unit.province(), DemoRegister.CHANGE_DATE, null);
  }
}
