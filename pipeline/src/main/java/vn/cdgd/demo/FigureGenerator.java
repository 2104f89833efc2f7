package vn.cdgd.demo;

import java.util.Random;
import vn.cdgd.conf.Comparison;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.reference.Unit;

/**
 * Realistic figures for one CĐCS and school year, by school level and ownership. This is the one
 * place that knows what the fields of form v1 mean (staff, members, masters…); the fields the
 * rules watch (members, officers, trained officers, the GVTĐVN title) are taken from the form's
 * roster, outlier and comparison settings.
 */
final class FigureGenerator {
  private static final String NEW_MEMBERS = "A03";
  private static final String GROUPS = "A04";
  private static final String MASTERS = "A05";
  private static final String DOCTORS = "A06";
  private static final String ETHNIC_MINORITY = "A07";
  private static final String INITIATIVES = "C02";
  private static final String VISITS = "D01";
  private static final String SUPPORT_MONEY = "D02";
  private static final String HUMANITARIAN = "D03";
  private static final String STAFF_CONFERENCE = "E01";
  private static final String COLLECTIVE_AGREEMENT = "E02";
  private static final String DIALOGUES = "E03";
  private static final String FEES = "F01";
  private static final String WELFARE_SPENDING = "F02";

  final String staff;
  final String members;
  final String officers;
  final String trained;
  final String title;
  private final long seed;

  FigureGenerator(FormDefinition form, long seed) {
    this.seed = seed;
    this.members = form.outlier().field();
    this.officers = form.roster().officersTotal();
    this.trained = form.roster().officersTrained();
    this.staff = rightOf(form, members, false);
    this.title = leftOf(form, members + ".women");
  }

  private static String rightOf(FormDefinition form, String left, boolean women) {
    return form.comparisons().stream()
        .filter(c -> c.left().equals(left) && Comparison.isWomen(c.right()) == women)
        .map(c -> Comparison.fieldOf(c.right()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the form compares " + left + " with nothing"));
  }

  private static String leftOf(FormDefinition form, String right) {
    return form.comparisons().stream()
        .filter(c -> c.right().equals(right))
        .map(Comparison::left)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the form compares nothing with " + right));
  }

  String collectiveAgreement() {
    return COLLECTIVE_AGREEMENT;
  }

  String groups() {
    return GROUPS;
  }

  String doctors() {
    return DOCTORS;
  }

  String newMembers() {
    return NEW_MEMBERS;
  }

  String visits() {
    return VISITS;
  }

  String supportMoney() {
    return SUPPORT_MONEY;
  }

  String initiatives() {
    return INITIATIVES;
  }

  /** A unit's figures with nothing to go on from an earlier year. */
  Figures first(Unit unit, SchoolYear year) {
    Random random = Seeds.random(seed, "figures|" + unit.code() + "|" + year.label());
    int[] range = staffRange(unit);
    int staffTotal = Seeds.between(random, range[0], range[1]);
    double womenShare = uniform(random, womenShare(unit.schoolLevel()));
    double memberShare =
        isPublic(unit) ? uniform(random, 0.90, 1.0) : uniform(random, 0.45, 0.85);
    return generate(unit, year, random, staffTotal, womenShare, memberShare);
  }

  /** The next year's figures: staff drift a little, or by {@code staffFactor} for an outlier. */
  Figures next(Unit unit, SchoolYear year, Figures previous, double staffFactor) {
    Random random = Seeds.random(seed, "figures|" + unit.code() + "|" + year.label());
    long oldStaff = previous.totalOrZero(staff);
    long oldMembers = previous.totalOrZero(members);
    double drift = staffFactor == 1.0 ? 1.0 + uniform(random, -0.05, 0.05) : staffFactor;
    int staffTotal = (int) Math.max(1, Math.round(oldStaff * drift));
    double womenShare = oldStaff == 0 ? 0.7 : (double) previous.womenOrZero(staff) / oldStaff;
    double memberShare =
        oldStaff == 0 ? 0.9 : Math.min(1.0, (double) oldMembers / oldStaff + uniform(random, -0.02, 0.02));
    Figures figures = generate(unit, year, random, staffTotal, womenShare, memberShare);
    if (staffFactor == 1.0 && oldMembers > 0) {
      long newMembers = figures.totalOrZero(members);
      if (Math.abs(newMembers - oldMembers) > 0.25 * oldMembers) {
        long kept = Math.min(oldMembers, figures.totalOrZero(staff));
        if (Math.abs(kept - oldMembers) > 0.25 * oldMembers) {
          figures.set(staff, oldMembers, Math.min(oldMembers, figures.womenOrZero(staff)));
          kept = oldMembers;
        }
        resetMembers(figures, kept, random);
        for (String code : new String[] {NEW_MEMBERS, MASTERS, DOCTORS, ETHNIC_MINORITY}) {
          long total = Math.min(figures.totalOrZero(code), kept);
          figures.set(code, total, Math.min(total, figures.womenOrZero(code)));
        }
      }
    }
    return figures;
  }

  private Figures generate(Unit unit, SchoolYear year, Random random, int staffTotal,
      double womenShare, double memberShare) {
    boolean later = year.startYear() >= 2019;
    Figures figures = new Figures();
    long staffWomen = Math.min(staffTotal, Math.round(staffTotal * womenShare));
    figures.set(staff, staffTotal, staffWomen);
    long memberTotal = Math.max(1, Math.min(staffTotal, Math.round(staffTotal * memberShare)));
    figures.set(members, memberTotal, 0);
    resetMembers(figures, memberTotal, random);
    share(figures, NEW_MEMBERS, Seeds.between(random, 0, (int) Math.min(4, memberTotal / 10)),
        memberTotal, random);
    figures.set(GROUPS, clamp(Math.round(staffTotal / 8.0), 2, 8));
    double masters = switch (unit.schoolLevel()) {
      case "THPT" -> uniform(random, 0.03, 0.15);
      case "Liên cấp" -> uniform(random, 0.0, 0.08);
      case "THCS", "GDNN-GDTX", "Khác" -> uniform(random, 0.0, 0.04);
      default -> random.nextInt(10) == 0 ? 0.02 : 0.0;
    };
    share(figures, MASTERS, Math.round(memberTotal * masters), memberTotal, random);
    long doctors = unit.schoolLevel().equals("THPT") && random.nextInt(30) == 0 ? 1 : 0;
    share(figures, DOCTORS, doctors, memberTotal, random);
    share(figures, ETHNIC_MINORITY, Math.round(memberTotal * uniform(random, 0.02, 0.30)),
        memberTotal, random);

    long officerTotal = clamp(3 + memberTotal / 10 + Seeds.between(random, -1, 2), 3, 15);
    officerTotal = Math.min(officerTotal, memberTotal);
    long officerWomen = Math.min(officerTotal, Math.round(officerTotal * womenShare));
    figures.set(officers, officerTotal, officerWomen);
    double trainedRate = later ? 0.94 : 0.80;
    long trainedTotal =
        clamp(Math.round(officerTotal * trainedRate) + Seeds.between(random, -1, 1), 0, officerTotal);
    figures.set(trained, trainedTotal, trainedWomen(trainedTotal, officerTotal, officerWomen));
    double titleRate = later ? 0.87 : 0.84;
    long memberWomen = figures.womenOrZero(members);
    figures.set(title,
        clamp(Math.round(memberWomen * titleRate) + Seeds.between(random, -1, 1), 0, memberWomen));
    figures.set(INITIATIVES, unit.schoolLevel().equals("THPT")
        ? Seeds.between(random, 2, 12) : Seeds.between(random, 0, 6));
    long visits = Seeds.between(random, 2, (int) Math.max(3, memberTotal / 3));
    figures.set(VISITS, visits);
    figures.set(SUPPORT_MONEY, visits * Seeds.between(random, 6, 20) * 50_000L);
    figures.set(HUMANITARIAN, random.nextInt(100) < 85 ? 1 : 0);
    figures.set(STAFF_CONFERENCE, random.nextInt(100) < 97 ? 1 : 0);
    if (!isPublic(unit)) {
      figures.set(COLLECTIVE_AGREEMENT, random.nextInt(100) < 80 ? 1 : 0);
    }
    figures.set(DIALOGUES, Seeds.between(random, 1, 4));
    long fees = memberTotal * Seeds.between(random, 600, 950) * 1_000L;
    figures.set(FEES, fees);
    figures.set(WELFARE_SPENDING, fees * Seeds.between(random, 40, 75) / 100 / 1_000 * 1_000);
    return figures;
  }

  /** Sets the members' total and the women among them, in the same share as the staff. */
  void resetMembers(Figures figures, long memberTotal, Random random) {
    long staffTotal = Math.max(1, figures.totalOrZero(staff));
    long staffWomen = figures.womenOrZero(staff);
    long memberWomen = Math.min(Math.min(memberTotal, staffWomen),
        Math.round(memberTotal * (double) staffWomen / staffTotal));
    figures.set(members, memberTotal, memberWomen);
    Long titled = figures.total(title);
    if (titled != null && titled > memberWomen) {
      figures.set(title, memberWomen);
    }
  }

  static long trainedWomen(long trainedTotal, long officerTotal, long officerWomen) {
    long low = Math.max(0, trainedTotal - (officerTotal - officerWomen));
    long high = Math.min(trainedTotal, officerWomen);
    long proportional = officerTotal == 0 ? 0 : Math.round(trainedTotal * (double) officerWomen / officerTotal);
    return clamp(proportional, low, high);
  }

  private void share(Figures figures, String code, long total, long memberTotal, Random random) {
    long bounded = Math.min(total, memberTotal);
    long memberWomen = figures.womenOrZero(members);
    long women = memberTotal == 0 ? 0 : Math.round(bounded * (double) memberWomen / memberTotal);
    figures.set(code, bounded, clamp(women, 0, bounded));
  }

  private static int[] staffRange(Unit unit) {
    if (!isPublic(unit) && unit.schoolLevel().equals("Mầm non")) {
      return new int[] {8, 25};
    }
    return switch (unit.schoolLevel()) {
      case "Mầm non" -> new int[] {15, 45};
      case "Tiểu học" -> new int[] {20, 55};
      case "THCS" -> new int[] {25, 65};
      case "THPT" -> new int[] {50, 120};
      case "Liên cấp" -> new int[] {40, 90};
      case "GDNN-GDTX" -> new int[] {12, 30};
      default -> new int[] {15, 40};
    };
  }

  private static double[] womenShare(String level) {
    return switch (level) {
      case "Mầm non" -> new double[] {0.93, 1.0};
      case "Tiểu học" -> new double[] {0.75, 0.88};
      case "THCS" -> new double[] {0.65, 0.78};
      case "THPT" -> new double[] {0.55, 0.68};
      case "Liên cấp" -> new double[] {0.60, 0.72};
      default -> new double[] {0.45, 0.62};
    };
  }

  static boolean isPublic(Unit unit) {
    return RegisterBuilder.PUBLIC.equals(unit.ownership());
  }

  private static double uniform(Random random, double[] range) {
    return uniform(random, range[0], range[1]);
  }

  private static double uniform(Random random, double low, double high) {
    return low + random.nextDouble() * (high - low);
  }

  static long clamp(long value, long low, long high) {
    return Math.max(low, Math.min(high, value));
  }
}
