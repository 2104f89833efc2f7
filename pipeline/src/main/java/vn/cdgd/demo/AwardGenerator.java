package vn.cdgd.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.reference.Unit;

/**
 * Award rows: a few plausible ones per unit, or, for the calibrated year of the Đắk Nông demo,
 * exactly the published counts spread over the units whose workbooks count.
 */
final class AwardGenerator {
  static final String CERTIFICATE = "Bằng khen";
  static final String COMMENDATION = "Giấy khen";
  static final String TITLE = "Danh hiệu";
  static final String NATIONAL_SECTOR = "Công đoàn Giáo dục Việt Nam";
  static final String PROVINCIAL_FEDERATION = "LĐLĐ tỉnh";
  static final String SECTOR = "Công đoàn ngành";
  static final String COLLECTIVE = "Tập thể";
  static final String INDIVIDUAL = "Cá nhân";
  static final String MAN = "Nam";
  static final String WOMAN = "Nữ";
  static final String GVTDVN = "Giỏi việc trường, đảm việc nhà";

  /** The published 2019-2020 award counts of the Đắk Nông union (domain.md, golden figures). */
  static final Map<String, Integer> GOLDEN = golden();

  private static Map<String, Integer> golden() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put(CERTIFICATE + "|" + NATIONAL_SECTOR + "|" + COLLECTIVE, 1);
    counts.put(CERTIFICATE + "|" + NATIONAL_SECTOR + "|" + INDIVIDUAL, 6);
    counts.put(CERTIFICATE + "|" + PROVINCIAL_FEDERATION + "|" + COLLECTIVE, 2);
    counts.put(CERTIFICATE + "|" + PROVINCIAL_FEDERATION + "|" + INDIVIDUAL, 10);
    counts.put(COMMENDATION + "|" + SECTOR + "|" + COLLECTIVE, 9);
    counts.put(COMMENDATION + "|" + SECTOR + "|" + INDIVIDUAL, 189);
    counts.put(TITLE + "|" + SECTOR + "|" + INDIVIDUAL, 75);
    return java.util.Collections.unmodifiableMap(counts);
  }

  private final long seed;
  private final FigureGenerator fields;

  AwardGenerator(FormDefinition form, long seed, FigureGenerator fields) {
    this.seed = seed;
    this.fields = fields;
    for (String key : GOLDEN.keySet()) {
      String[] parts = key.split("\\|");
      if (!form.list("award_form").contains(parts[0]) || !form.list("award_level").contains(parts[1])
          || !form.list("recipient_type").contains(parts[2])) {
        throw new IllegalStateException("the form's lists do not hold the award " + key);
      }
    }
  }

  /** A few plausible awards of one unit in one year. */
  List<DemoAward> ordinary(Unit unit, SchoolYear year, Figures figures) {
    Random random = Seeds.random(seed, "awards|" + unit.code() + "|" + year.label());
    List<DemoAward> awards = new ArrayList<>();
    int commendations = new int[] {0, 0, 0, 1, 1, 1, 2, 2, 3}[random.nextInt(9)];
    for (int i = 0; i < commendations; i++) {
      awards.add(individual(random, unit, year, COMMENDATION, SECTOR, figures));
    }
    if (random.nextInt(100) < 25 && figures.womenOrZero(fields.members) > 0) {
      awards.add(title(random, year));
    }
    if (random.nextInt(100) < 4) {
      awards.add(individual(random, unit, year, CERTIFICATE, PROVINCIAL_FEDERATION, figures));
    }
    if (random.nextInt(100) < 2) {
      awards.add(individual(random, unit, year, CERTIFICATE, NATIONAL_SECTOR, figures));
    }
    if (random.nextInt(100) < 3) {
      awards.add(collective(random, unit, year, COMMENDATION, SECTOR));
    }
    return awards;
  }

  /**
   * Exactly the golden counts, spread over {@code units} (sorted by code): collectives to distinct
   * units, individuals in proportion to members, titles to women members.
   */
  Map<String, List<DemoAward>> golden(List<Unit> units, Map<String, Figures> figures, SchoolYear year) {
    Random random = Seeds.random(seed, "golden-awards|" + year.label());
    Map<String, List<DemoAward>> awards = new LinkedHashMap<>();
    units.forEach(unit -> awards.put(unit.code(), new ArrayList<>()));
    List<Unit> shuffled = new ArrayList<>(units);
    java.util.Collections.shuffle(shuffled, random);
    int next = 0;
    Map<String, Integer> titles = new HashMap<>();
    for (Map.Entry<String, Integer> entry : GOLDEN.entrySet()) {
      String[] key = entry.getKey().split("\\|");
      for (int i = 0; i < entry.getValue(); i++) {
        if (key[2].equals(COLLECTIVE)) {
          Unit unit = shuffled.get(next++ % shuffled.size());
          awards.get(unit.code()).add(collective(random, unit, year, key[0], key[1]));
        } else if (key[0].equals(TITLE)) {
          Unit unit = weighted(random, units, figures, true, titles);
          titles.merge(unit.code(), 1, Integer::sum);
          awards.get(unit.code()).add(title(random, year));
        } else {
          Unit unit = weighted(random, units, figures, false, titles);
          awards.get(unit.code())
              .add(individual(random, unit, year, key[0], key[1], figures.get(unit.code())));
        }
      }
    }
    return awards;
  }

  private Unit weighted(Random random, List<Unit> units, Map<String, Figures> figures,
      boolean women, Map<String, Integer> titles) {
    long[] cumulative = new long[units.size()];
    long sum = 0;
    for (int i = 0; i < units.size(); i++) {
      Figures unitFigures = figures.get(units.get(i).code());
      long weight = women
          ? Math.max(0, unitFigures.womenOrZero(fields.members) - unitFigures.totalOrZero(fields.title) / 2
              - titles.getOrDefault(units.get(i).code(), 0))
          : unitFigures.totalOrZero(fields.members);
      sum += weight;
      cumulative[i] = sum;
    }
    long target = (long) (random.nextDouble() * sum);
    for (int i = 0; i < cumulative.length; i++) {
      if (target < cumulative[i]) {
        return units.get(i);
      }
    }
    return units.get(units.size() - 1);
  }

  private DemoAward individual(Random random, Unit unit, SchoolYear year, String form, String level,
      Figures figures) {
    long memberTotal = Math.max(1, figures.totalOrZero(fields.members));
    boolean woman = random.nextDouble() < figures.womenOrZero(fields.members) / (double) memberTotal;
    Decision decision = decision(random, year, level, false);
    return new DemoAward(form, level, INDIVIDUAL, DemoNames.person(random, woman),
        woman ? WOMAN : MAN, "", decision.number(), decision.date());
  }

  private DemoAward title(Random random, SchoolYear year) {
    Decision decision = decision(random, year, SECTOR, true);
    return new DemoAward(TITLE, SECTOR, INDIVIDUAL, DemoNames.person(random, true), WOMAN, GVTDVN,
        decision.number(), decision.date());
  }

  private DemoAward collective(Random random, Unit unit, SchoolYear year, String form, String level) {
    String name = random.nextBoolean()
        ? unit.name()
        : Seeds.pick(random, DemoNames.SUBJECT_GROUPS) + ", " + unit.name().replaceFirst("^Công đoàn ", "");
    Decision decision = decision(random, year, level, false);
    return new DemoAward(form, level, COLLECTIVE, name, "", "", decision.number(), decision.date());
  }

  record Decision(String number, LocalDate date) {}

  /** The decisions of a year: the review in early October decides most of them. */
  static Decision decision(Random random, SchoolYear year, String level, boolean title) {
    int end = year.startYear() + 1;
    int offset = (year.startYear() - 2019) * 7;
    LocalDate review =
        LocalDate.of(end, 10, 6).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    return switch (level) {
      case NATIONAL_SECTOR -> new Decision((532 + offset) + "/QĐ-CĐGDVN", LocalDate.of(end, 6, 22));
      case PROVINCIAL_FEDERATION -> new Decision((186 + offset) + "/QĐ-LĐLĐ", LocalDate.of(end, 5, 28));
      default -> title
          ? new Decision((96 + offset) + "/QĐ-CĐN", review)
          : random.nextInt(5) == 0
              ? new Decision((61 + offset) + "/QĐ-CĐN", LocalDate.of(end, 6, 5))
              : new Decision((95 + offset) + "/QĐ-CĐN", review);
    };
  }
}
