package vn.cdgd.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * #synthetic} makes a register of any size with the same share of untidy and wrong files.
 */
public final class DemoPlan {
  public static final long DEFAULT_SEED = 20201006L;
  public static final SchoolYear PREVIOUS_YEAR = new SchoolYear(2018);
  public static final SchoolYear CALIBRATED_YEAR = new SchoolYear(2019);
  public static final List<SchoolYear> YEARS = List.of(PREVIOUS_YEAR, CALIBRATED_YEAR);

  /** A unit's rating for a school year, as in {@code data/ratings.csv}. */
  public record Rating(String unitCode, String schoolYear, String rating) {}

  record Entry(PlannedFile file, Content content) {}

  private final long seed;
  private final boolean calibrated;
  private final DemoRegister register;
  private final List<Rating> ratings;
  private final List<Entry> entries;

  DemoPlan(long seed, boolean calibrated, DemoRegister register, List<Rating> ratings,
      List<Entry> entries) {
    this.seed = seed;
    this.calibrated = calibrated;
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
