package vn.cdgd.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.cdgd.reference.Unit;

/**
 * Builds the demo register: the provincial union {@code DNO}, one education union per district,
 * and the CĐCS of every school level in the shares of a real province (Đắk Nông has about 300),
 * then the changes of 1 September 2019. The national demo builds each province the same way from
 * its own {@link ProvinceShape}, without the changes.
 */
final class RegisterBuilder {
  static final String ROOT = "DNO";
  static final String ROOT_NAME = "Công đoàn ngành Giáo dục và Đào tạo tỉnh Đắk Nông";
  static final String PROVINCE = "Đắk Nông";
  static final String PUBLIC = "Công lập";
  static final String NON_PUBLIC = "Ngoài công lập";
  static final String OTHER = "Khác";
  static final int PROVINCE_UNITS = 300;

  /** CĐCS per school level in a province of 300 (they scale with the number asked for). */
  private static final List<Map.Entry<String, Integer>> LEVELS =
      List.of(
          Map.entry("Mầm non", 90),
          Map.entry("Tiểu học", 97),
          Map.entry("THCS", 72),
          Map.entry("THPT", 25),
          Map.entry("Liên cấp", 4),
          Map.entry("GDNN-GDTX", 8),
          Map.entry(OTHER, 4));
  private static final int PRIVATE_KINDERGARTENS = 13;

  private final long seed;
  private final int units;
  private final ProvinceShape shape;
  private final List<DemoNames.District> districts;
  private final int codeWidth;
  private final Map<String, Set<String>> usedNames = new LinkedHashMap<>();
  private int nextCode = 1;

  RegisterBuilder(long seed, int units) {
    this(seed, units, ProvinceShape.DAK_NONG);
  }

  RegisterBuilder(long seed, int units, ProvinceShape shape) {
    this.seed = seed;
    this.units = units;
    this.shape = shape;
    this.districts = shape.districtsFor(units);
    this.codeWidth = Math.max(4, Integer.toString(units + 10).length());
  }

  DemoRegister build() {
    List<Unit> rows = new ArrayList<>();
    Map<String, String> folders = new LinkedHashMap<>();
    List<Unit> grassroots = addProvince(rows, folders, "");
    return new ChangeOf2019(this, grassroots).apply(rows, folders);
  }

  /**
   * Adds the provincial union and its district unions to {@code rows} (and each district's folder,
   * under {@code folderPrefix}, to {@code folders}); returns the CĐCS, not yet added.
   */
  List<Unit> addProvince(List<Unit> rows, Map<String, String> folders, String folderPrefix) {
    String root = shape.root();
    rows.add(unit(root, shape.rootName(), shape.parent(), OTHER, PUBLIC, ""));
    for (DemoNames.District district : districts) {
      rows.add(unit(districtCode(district), district.unionName(), root, OTHER, PUBLIC, ""));
      folders.put(districtCode(district), folderPrefix + district.name());
    }
    int[] counts = largestRemainder(LEVELS.stream().mapToDouble(Map.Entry::getValue).toArray(), units);
    List<Unit> grassroots = new ArrayList<>();
    String[] levelNames = LEVELS.stream().map(Map.Entry::getKey).toArray(String[]::new);
    double[] weights = districts.stream().mapToDouble(DemoNames.District::share).toArray();
    // District-managed schools first, district by district.
    int[][] perDistrict = new int[levelNames.length][];
    for (int level = 0; level < levelNames.length; level++) {
      double[] spread = levelNames[level].equals("GDNN-GDTX") ? equal(weights.length) : weights;
      perDistrict[level] = largestRemainder(spread, districtShare(levelNames[level], counts[level]));
    }
    int privateKindergartens =
        (int) Math.round(counts[0] * (double) PRIVATE_KINDERGARTENS / LEVELS.get(0).getValue());
    int privateLeft = privateKindergartens;
    for (int d = 0; d < districts.size(); d++) {
      DemoNames.District district = districts.get(d);
      String parent = districtCode(district);
      String cluster = cluster(d / 2 + 1);
      for (int level = 0; level < levelNames.length; level++) {
        String schoolLevel = levelNames[level];
        for (int i = 0; i < perDistrict[level][d]; i++) {
          boolean nonPublic =
              schoolLevel.equals("Mầm non") && privateLeft > 0 && i >= perDistrict[level][d] - 2
                  && i > 0;
          if (nonPublic) {
            privateLeft--;
          }
          String name = districtSchoolName(schoolLevel, nonPublic, district, i);
          grassroots.add(
              unit(code(), name, parent, schoolLevel, nonPublic ? NON_PUBLIC : PUBLIC, cluster));
        }
      }
    }
    // Schools managed by the province: THPT, multi-level schools, the department itself.
    int districtClusters = (districts.size() + 1) / 2;
    for (int level = 0; level < levelNames.length; level++) {
      String schoolLevel = levelNames[level];
      int direct = counts[level] - districtShare(schoolLevel, counts[level]);
      for (int i = 0; i < direct; i++) {
        boolean nonPublic = schoolLevel.equals("Liên cấp") && i >= (direct + 1) / 2;
        String cluster = cluster(districtClusters + (schoolLevel.equals(OTHER) ? 2 : 1));
        grassroots.add(
            unit(code(), provinceSchoolName(schoolLevel, nonPublic, i), root, schoolLevel,
                nonPublic ? NON_PUBLIC : PUBLIC, cluster));
      }
    }
    return grassroots;
  }

  /** How many of a level's CĐCS belong to a district (the rest are directly under the province). */
  private static int districtShare(String level, int count) {
    return switch (level) {
      case "THPT", "Liên cấp" -> 0;
      case OTHER -> Math.max(0, count - 1);
      default -> count;
    };
  }

  String districtSchoolName(String level, boolean nonPublic, DemoNames.District district, int i) {
    return switch (level) {
      case "Mầm non" ->
          "Công đoàn trường Mầm non " + (nonPublic ? "tư thục " : "")
              + fresh(district.suffix() + level, mix(DemoNames.KINDERGARTEN, shape.communes()));
      case "Tiểu học" -> "Công đoàn trường Tiểu học " + fresh(district.suffix() + level, mix(DemoNames.PEOPLE, shape.communes()));
      case "THCS" -> "Công đoàn trường THCS " + fresh(district.suffix() + level, mix(DemoNames.PEOPLE, shape.communes()));
      case "GDNN-GDTX" ->
          "Công đoàn Trung tâm GDNN-GDTX " + district.kind() + " " + district.name()
              + (i == 0 ? "" : " số " + (i + 1));
      default ->
          "Công đoàn cơ quan Phòng Giáo dục và Đào tạo " + district.kind() + " " + district.name()
              + (i == 0 ? "" : " số " + (i + 1));
    };
  }

  private String provinceSchoolName(String level, boolean nonPublic, int i) {
    return switch (level) {
      case "THPT" -> "Công đoàn trường THPT " + fresh("THPT", DemoNames.PEOPLE);
      case "Liên cấp" ->
          nonPublic
              ? "Công đoàn trường Tiểu học, THCS và THPT " + fresh("THPT", DemoNames.PEOPLE)
              : "Công đoàn trường THCS-THPT " + fresh("THPT", DemoNames.PEOPLE);
      case "GDNN-GDTX" -> "Công đoàn Trung tâm GDNN-GDTX "
          + (shape.place() == null ? "tỉnh" : shape.place()) + (i == 0 ? "" : " số " + (i + 1));
      default -> "Công đoàn cơ quan Sở Giáo dục và Đào tạo"
          + (shape.place() == null ? "" : " " + shape.place()) + (i == 0 ? "" : " số " + (i + 1));
    };
  }

  private static List<String> mix(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /** A name not yet used in its group: the list in a seeded order, then "số 2", "số 3"… */
  String fresh(String group, List<String> candidates) {
    Set<String> used = usedNames.computeIfAbsent(group, g -> new HashSet<>());
    List<String> order = new ArrayList<>(candidates);
    Collections.shuffle(order, Seeds.random(seed, "names|" + shape.seedKey() + group));
    for (int round = 1; ; round++) {
      for (String candidate : order) {
        String name = round == 1 ? candidate : candidate + " số " + round;
        if (used.add(name)) {
          return name;
        }
      }
    }
  }

  String code() {
    return shape.root() + String.format("%0" + codeWidth + "d", nextCode++);
  }

  String districtCode(DemoNames.District district) {
    return shape.root() + "-" + district.suffix();
  }

  String root() {
    return shape.root();
  }

  static String cluster(int number) {
    return "Cụm thi đua số " + number;
  }

  List<DemoNames.District> districtList() {
    return districts;
  }

  Unit unit(String code, String name, String parent, String level, String ownership,
      String cluster) {
    return new Unit(code, name, parent, level, ownership, cluster, shape.province(),
        DemoRegister.ORIGIN, null);
  }

  private static double[] equal(int length) {
    double[] weights = new double[length];
    java.util.Arrays.fill(weights, 1.0);
    return weights;
  }

  /** Splits {@code total} in proportion to {@code weights}, giving leftovers to the largest remainders. */
  static int[] largestRemainder(double[] weights, int total) {
    double sum = 0;
    for (double weight : weights) {
      sum += weight;
    }
    int[] counts = new int[weights.length];
    double[] remainders = new double[weights.length];
    int given = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = total * weights[i] / sum;
      counts[i] = (int) Math.floor(exact);
      remainders[i] = exact - counts[i];
      given += counts[i];
    }
    for (int left = total - given; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < weights.length; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      counts[best]++;
      remainders[best] = -1;
    }
    return counts;
  }

  Random random(String key) {
    return Seeds.random(seed, key);
  }
}
