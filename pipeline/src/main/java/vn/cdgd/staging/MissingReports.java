package vn.cdgd.staging;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.reference.Unit;
import vn.cdgd.reference.UnitRegister;
import vn.cdgd.store.VersionedStore;

/**
 * Who has not reported yet: the CĐCS the register expects in a school year that have no accepted
 * report in staging, grouped under the unit they report to that year (the district, or the
 * province where there is no district level), in Vietnamese order, with the days left to the
 * deadline. What a statistician needs for the reminder calls before the deadline; a unit whose
 * only files were rejected is listed too, with its last file, since it has to send again.
 */
public final class MissingReports {
  private static final Collator VIETNAMESE = Collator.getInstance(new ULocale("vi"));

  private MissingReports() {}

  /** What staging holds for one unit in the year: its latest file and whether any was accepted. */
  public record Received(boolean accepted, String lastFile) {}

  /** Why a unit is listed. */
  public enum Reason {
    NOTHING_RECEIVED("chưa gửi báo cáo"),
    ONLY_REJECTED("đã gửi nhưng bị từ chối, cần gửi lại");

    private final String words;

    Reason(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  public record MissingUnit(String code, String name, Reason reason, String lastFile) {}

  /** The units one district expects, and those of them without an accepted report. */
  public record District(String code, String name, int expected, List<MissingUnit> missing) {}

  public record Report(SchoolYear year, LocalDate deadline, LocalDate today, int expected, List<District> districts) {

    public int missingCount() {
      return districts.stream().mapToInt(d -> d.missing().size()).sum();
    }

    /** Days from today to the deadline: negative once it has passed. */
    public long daysLeft() {
      return ChronoUnit.DAYS.between(today, deadline);
    }
  }

  /**
   * The report of a workspace's published staging for {@code year}, or for the latest school year
   * staging holds when {@code year} is empty; empty when nothing is staged (for that year).
   */
  public static Optional<Report> ofWorkspace(vn.cdgd.conf.WorkspaceConfig config, Optional<SchoolYear> year,
      LocalDate today) {
    vn.cdgd.conf.Workspace workspace = config.workspace();
    Optional<java.nio.file.Path> staging = new VersionedStore(workspace.staging()).current();
    if (staging.isEmpty()) {
      return Optional.empty();
    }
    StagedRows staged = new StagedRows(workspace.output().resolve(".duckdb"));
    List<SchoolYear> years = staged.schoolYears(staging.get());
    Optional<SchoolYear> chosen = year.isPresent() ? year : years.stream().reduce((a, b) -> b);
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    vn.cdgd.conf.Settings settings = config.settings();
    return Optional.of(of(UnitRegister.read(workspace.unitRegister()), chosen.get(), settings.schoolYearStarts(),
        settings.reportingDeadline(), staged.receivedIn(staging.get(), chosen.get()), today));
  }

  /**
   * The report for {@code year}: {@code received} holds, by unit code as staged, what staging has
   * of that year's submissions.
   */
  public static Report of(UnitRegister register, SchoolYear year, MonthDay starts, MonthDay deadline,
      Map<String, Received> received, LocalDate today) {
    Map<String, Received> byCode = new LinkedHashMap<>();
    received.forEach((code, r) -> byCode.put(key(code), r));
    Map<String, List<Unit>> expectedByParent = new LinkedHashMap<>();
    for (Unit unit : register.grassrootsDuring(year, starts)) {
      expectedByParent.computeIfAbsent(unit.parentCode() == null ? "" : unit.parentCode(), p -> new ArrayList<>())
          .add(unit);
    }
    List<District> districts = new ArrayList<>();
    int expected = 0;
    for (Map.Entry<String, List<Unit>> parent : expectedByParent.entrySet()) {
      List<MissingUnit> missing = new ArrayList<>();
      for (Unit unit : parent.getValue()) {
        Optional<Received> got = Optional.ofNullable(byCode.get(key(unit.code())));
        if (got.isEmpty()) {
          missing.add(new MissingUnit(unit.code(), unit.name(), Reason.NOTHING_RECEIVED, null));
        } else if (!got.get().accepted()) {
          missing.add(new MissingUnit(unit.code(), unit.name(), Reason.ONLY_REJECTED, got.get().lastFile()));
        }
      }
      missing.sort(Comparator.comparing(MissingUnit::name, VIETNAMESE::compare).thenComparing(MissingUnit::code));
      expected += parent.getValue().size();
      String code = parent.getKey();
      String name = register.during(code, year, starts).map(Unit::name).orElse(code.isEmpty() ? "(không có đơn vị cấp trên)" : code);
      districts.add(new District(code, name, parent.getValue().size(), List.copyOf(missing)));
    }
    districts.sort(Comparator.comparing(District::name, VIETNAMESE::compare).thenComparing(District::code));
    return new Report(year, year.deadline(starts, deadline), today, expected, List.copyOf(districts));
  }

  private static String key(String code) {
    return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
  }
}
