package vn.cdgd.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.reference.UnitRegister;

/**
 * Everything the demo writes, decided before any file is written: the register, the ratings and,
 * for every file of {@code data/submissions}, its path, unit, year, arrival time and the outcome
 * the ingest should reach. Tests and the end-to-end ingest test read the plan instead of guessing.
 *
 * <p>The default plan is the Đắk Nông province (about 300 CĐCS), calibrated so that the accepted
 * current submissions of {@link #CALIBRATED_YEAR} give the published figures exactly; {@link
 * #synthetic} makes a register of any size with the same share of untidy and wrong files; {@link
 * #national} the whole country (63 provinces before 1 July 2025) for one school year.
 */
public final class DemoPlan {
  public static final long DEFAULT_SEED = 20201006L;
  public static final SchoolYear PREVIOUS_YEAR = new SchoolYear(2018);
  public static final SchoolYear CALIBRATED_YEAR = new SchoolYear(2019);
  public static final List<SchoolYear> YEARS = List.of(PREVIOUS_YEAR, CALIBRATED_YEAR);
  /** The school year of the national demo, the last before the reorganisation of 2025. */
  public static final SchoolYear NATIONAL_YEAR = new SchoolYear(2024);
  /** About as many CĐCS as the country's 54,000 education institutions. */
  public static final int NATIONAL_UNITS = 50_000;
  /** Every province needs at least one CĐCS. */
  public static final int NATIONAL_MIN_UNITS = 63;

  /** A unit's rating for a school year, as in {@code data/ratings.csv}. */
  public record Rating(String unitCode, String schoolYear, String rating) {}

  /**
   * A file and how to make its content: held, or made again from the seed when it is written (the
   * national demo's ordinary files), so a plan of 50,000 files stays small.
   */
  record Entry(PlannedFile file, Supplier<Content> recipe) {
    Entry(PlannedFile file, Content content) {
      this(file, () -> content);
    }

    Content content() {
      return recipe.get();
    }
  }

  private final long seed;
  private final boolean calibrated;
  private final SchoolYear currentYear;
  private final DemoRegister register;
  private final List<Rating> ratings;
  private final List<Entry> entries;

  DemoPlan(long seed, boolean calibrated, SchoolYear currentYear, DemoRegister register,
      List<Rating> ratings, List<Entry> entries) {
    this.seed = seed;
    this.calibrated = calibrated;
    this.currentYear = currentYear;
    this.register = register;
    this.ratings = List.copyOf(ratings);
    this.entries = entries.stream().sorted(Comparator.comparing(e -> e.file().path())).toList();
  }

  /** The calibrated Đắk Nông demo. */
  public static DemoPlan province(FormDefinition form, long seed) {
    return new PlanBuilder(form, seed, RegisterBuilder.PROVINCE_UNITS, true).build();
  }

  /** A synthetic province of {@code units} CĐCS (1 to 50,000), not calibrated. */
  public static DemoPlan synthetic(FormDefinition form, long seed, int units) {
    if (units < 1 || units > 50_000) {
      throw new IllegalArgumentException("units must be between 1 and 50000: " + units);
    }
    return new PlanBuilder(form, seed, units, false).build();
  }

  /**
   * The whole country for {@link #NATIONAL_YEAR}: the national union, the 63 provincial unions,
   * their districts and {@code units} CĐCS (63 to 50,000) spread in proportion to the provinces'
   * schools, one workbook each with the provincial demo's share of untidy and wrong files.
   */
  public static DemoPlan national(FormDefinition form, long seed, int units) {
    if (units < NATIONAL_MIN_UNITS || units > NATIONAL_UNITS) {
      throw new IllegalArgumentException("units must be between 63 and 50000: " + units);
    }
    return PlanBuilder.national(form, seed, units, NATIONAL_YEAR).build();
  }

  /** The latest school year of the plan: the one its register is counted in. */
  public SchoolYear currentYear() {
    return currentYear;
  }

  /** The code of the register's root: the settings' {@code union.root_unit}. */
  public String rootUnit() {
    return register.rows().get(0).code();
  }

  public long seed() {
    return seed;
  }

  /** Whether the accepted current files of {@link #CALIBRATED_YEAR} give the golden figures. */
  public boolean calibrated() {
    return calibrated;
  }

  public UnitRegister register() {
    return register.register();
  }

  public List<Rating> ratings() {
    return ratings;
  }

  /** Every file, sorted by path. */
  public List<PlannedFile> files() {
    return entries.stream().map(Entry::file).toList();
  }

  public Optional<PlannedFile> file(String path) {
    return files().stream().filter(f -> f.path().equals(path)).findFirst();
  }

  /** The files that count for a year: accepted, and the newest accepted one of their unit. */
  public List<PlannedFile> acceptedCurrent(SchoolYear year) {
    return files().stream().filter(f -> f.current() && f.schoolYear().equals(year)).toList();
  }

  /**
   * The award counts, by {@code form|level|recipient_type}, that the accepted current files of
   * {@link #CALIBRATED_YEAR} hold in the calibrated demo; the Danh hiệu rows are all women with
   * the title "Giỏi việc trường, đảm việc nhà".
   */
  public static Map<String, Integer> goldenAwards() {
    return AwardGenerator.GOLDEN;
  }

  /** The exact rates of the calibrated year: trained officers and GVTĐVN women. */
  public static double goldenTrainedRate() {
    return (double) Calibration.TRAINED_NUMERATOR / Calibration.TRAINED_DENOMINATOR;
  }

  public static double goldenTitleRate() {
    return (double) Calibration.TITLE_NUMERATOR / Calibration.TITLE_DENOMINATOR;
  }

  List<Entry> entries() {
    return entries;
  }

  DemoRegister demoRegister() {
    return register;
  }
}
