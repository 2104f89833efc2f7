package vn.cdgd.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cdgd.reference.Unit;

/**
 * The national demo register: the national union at the root, the 63 provincial education unions
 * of before 1 July 2025 under it, and each province built like the Đắk Nông demo (its districts,
 * its CĐCS of every level and ownership) with a number of CĐCS in proportion to its schools.
 * Folders follow the province, then the district: {@code Hà Nội/Ba Đình}.
 */
final class NationalRegisterBuilder {
  private final long seed;
  private final int units;

  NationalRegisterBuilder(long seed, int units) {
    if (units < Provinces.all().size()) {
      throw new IllegalArgumentException("a national register needs a CĐCS per province: " + units);
    }
    this.seed = seed;
    this.units = units;
  }

  DemoRegister build() {
    List<Provinces.Province> provinces = Provinces.all();
    int[] counts = shares(provinces, units);
    List<Unit> rows = new ArrayList<>();
    rows.add(new Unit(Provinces.NATIONAL_CODE, Provinces.NATIONAL_NAME, "", RegisterBuilder.OTHER,
        RegisterBuilder.PUBLIC, "", Provinces.NATIONAL_PROVINCE, DemoRegister.ORIGIN, null));
    Map<String, String> folders = new LinkedHashMap<>();
    for (int p = 0; p < provinces.size(); p++) {
      Provinces.Province province = provinces.get(p);
      folders.put(province.code(), province.name() + "/Trực thuộc");
      List<Unit> unions = new ArrayList<>();
      List<Unit> grassroots = new RegisterBuilder(seed, counts[p], province.shape())
          .addProvince(unions, folders, province.name() + "/");
      Set<String> parents = new HashSet<>();
      grassroots.forEach(unit -> parents.add(unit.parentCode()));
      // A district left without schools in a small register would look like a CĐCS that never reports.
      unions.removeIf(unit -> !unit.code().equals(province.code()) && !parents.contains(unit.code()));
      rows.addAll(unions);
      rows.addAll(grassroots);
    }
    return new DemoRegister(List.copyOf(rows), null, List.of(), null, null, null,
        Map.copyOf(folders));
  }

  /** One CĐCS for every province, the rest in proportion to the provinces' weights. */
  static int[] shares(List<Provinces.Province> provinces, int units) {
    double[] weights = provinces.stream().mapToDouble(Provinces.Province::weight).toArray();
    int[] counts = RegisterBuilder.largestRemainder(weights, units - provinces.size());
    for (int p = 0; p < counts.length; p++) {
      counts[p]++;
    }
    return counts;
  }
}
