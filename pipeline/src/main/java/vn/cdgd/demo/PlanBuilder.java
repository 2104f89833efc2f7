package vn.cdgd.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.ingest.Rule;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.reference.Unit;
import vn.cdgd.reference.UnitRegister;

/**
 * Builds a {@link DemoPlan}: register, figures, roles, calibration, then one entry per file.
 *
 * <p>The provincial demo holds every file's content from the start (the calibration needs all of
 * it). The national demo has one school year and tens of thousands of CĐCS, so an ordinary or late
 * file only keeps its name, arrival and outcome, and its content is made again from the seed when
 * it is written: memory stays flat whatever the size. Its broken files come in the provincial
 * demo's proportion (one set per 300 CĐCS), each set in one province's folder.
 */
final class PlanBuilder {
  static final MonthDay STARTS = MonthDay.of(9, 1);
  private static final String INVALID_LEVEL = "Cấp tỉnh";

  private final FormDefinition form;
  private final long seed;
  private final boolean calibrate;
  private final Supplier<DemoRegister> registerSource;
  private final SchoolYear previousYear;
  private final SchoolYear currentYear;
  private final boolean national;
  private final FigureGenerator figures;
  private final AwardGenerator awards;
  private final OfficerGenerator officers;
  private final FileNames names = new FileNames();
  private final List<DemoPlan.Entry> entries = new ArrayList<>();

  /** The provincial demo: {@code units} CĐCS, 2018-2019 and 2019-2020. */
  PlanBuilder(FormDefinition form, long seed, int units, boolean calibrate) {
    this(form, seed, calibrate, () -> new RegisterBuilder(seed, units).build(),
        DemoPlan.PREVIOUS_YEAR, DemoPlan.CALIBRATED_YEAR, false);
  }

  /** The national demo: {@code units} CĐCS across the 63 provinces, one school year. */
  static PlanBuilder national(FormDefinition form, long seed, int units, SchoolYear year) {
    return new PlanBuilder(form, seed, false, () -> new NationalRegisterBuilder(seed, units).build(),
        null, year, true);
  }

  /**
   * @param previousYear the year before {@code currentYear}, with its own files; null for a plan of
   *     one year (no outliers then: they need the year before)
   */
  private PlanBuilder(FormDefinition form, long seed, boolean calibrate,
      Supplier<DemoRegister> registerSource, SchoolYear previousYear, SchoolYear currentYear,
      boolean national) {
    this.form = form;
    this.seed = seed;
    this.calibrate = calibrate;
    this.registerSource = registerSource;
    this.previousYear = previousYear;
    this.currentYear = currentYear;
    this.national = national;
    this.figures = new FigureGenerator(form, seed);
    this.awards = new AwardGenerator(form, seed, figures);
    this.officers = new OfficerGenerator(form, seed, figures);
  }

  DemoPlan build() {
    DemoRegister demoRegister = registerSource.get();
    UnitRegister register = demoRegister.register();
    SchoolYear previous = previousYear;
    SchoolYear current = currentYear;
    List<Unit> earlier = previous == null ? List.of() : register.grassrootsDuring(previous, STARTS);
    List<Unit> later = register.grassrootsDuring(current, STARTS);

    Map<String, Figures> earlierFigures = new LinkedHashMap<>();
    earlier.forEach(unit -> earlierFigures.put(unit.code(), figures.first(unit, previous)));
    Map<String, Role> roles = assignRoles(demoRegister, later, earlierFigures);

    Map<String, Figures> laterFigures = new LinkedHashMap<>();
    for (Unit unit : later) {
      Figures before = earlierFigures.get(unit.code());
      Role role = roles.getOrDefault(unit.code(), Role.ORDINARY);
      if (madeWhenWritten(role)) {
        continue;
      }
      double factor = role == Role.OUTLIER_UP ? 1.55 : role == Role.OUTLIER_DOWN ? 0.55 : 1.0;
      Figures figuresNow = before == null
          ? figures.first(unit, current)
          : figures.next(unit, current, before, factor);
      if (role == Role.PUBLIC_WITH_AGREEMENT) {
        figuresNow.set(figures.collectiveAgreement(), 1);
      }
      laterFigures.put(unit.code(), figuresNow);
    }

    List<Unit> counted = later.stream()
        .filter(unit -> counts(roles.getOrDefault(unit.code(), Role.ORDINARY)))
        .toList();
    if (calibrate) {
      new Calibration(figures, counted.stream().map(u -> laterFigures.get(u.code())).toList(),
          Seeds.random(seed, "calibration")).apply();
    }
    Map<String, List<DemoAward>> laterAwards = new HashMap<>();
    if (calibrate) {
      List<Unit> withAwardsSheet = counted.stream()
          .filter(unit -> roles.getOrDefault(unit.code(), Role.ORDINARY) != Role.CSV)
          .toList();
      laterAwards.putAll(awards.golden(withAwardsSheet, laterFigures, current));
    }

    Map<String, Role> earlierRoles = assignEarlierRoles(earlier, roles);
    for (Unit unit : earlier) {
      Figures unitFigures = earlierFigures.get(unit.code());
      Content content = workbook(unit, previous, unitFigures,
          awards.ordinary(unit, previous, unitFigures));
      Role role = earlierRoles.getOrDefault(unit.code(), Role.ORDINARY);
      if (role != Role.NOT_SUBMITTED) {
        accepted(demoRegister, content, received(unit, previous, role == Role.LATE), Set.of(),
            role == Role.LATE ? "late" : "");
      }
    }
    for (Unit unit : later) {
      Role role = roles.getOrDefault(unit.code(), Role.ORDINARY);
      if (madeWhenWritten(role)) {
        acceptedWhenWritten(demoRegister, unit, current, role == Role.LATE);
        continue;
      }
      Figures unitFigures = laterFigures.get(unit.code());
      List<DemoAward> unitAwards = laterAwards.containsKey(unit.code())
          ? laterAwards.get(unit.code())
          : awards.ordinary(unit, current, unitFigures);
      planLater(demoRegister, unit, role, workbook(unit, current, unitFigures, unitAwards));
    }
    planBrokenFiles(demoRegister, later, roles, laterFigures);
    return new DemoPlan(seed, calibrate, current, demoRegister,
        ratings(register, demoRegister.foundedCode()), markCurrent());
  }

  /** In the national demo, the files whose content is made only when they are written. */
  private boolean madeWhenWritten(Role role) {
    return national && (role == Role.ORDINARY || role == Role.LATE);
  }

  /** An ordinary (or late) accepted workbook, planned like {@link #accepted}, made when written. */
  private void acceptedWhenWritten(DemoRegister demoRegister, Unit unit, SchoolYear year,
      boolean late) {
    String folder = folder(demoRegister, unit, year);
    String name = names.workbookName(
        Seeds.random(seed, "name|" + unit.code() + "|" + year.label()), unit, year, folder);
    add(names.unique(folder, name), unit.code(), year, received(unit, year, late),
        PlannedFile.Outcome.ACCEPTED, null, Set.of(), late ? "received after the deadline" : "",
        () -> {
          Figures unitFigures = figures.first(unit, year);
          check(unitFigures, null);
          return workbook(unit, year, unitFigures, awards.ordinary(unit, year, unitFigures));
        });
  }

  private static boolean counts(Role role) {
    return role != Role.NOT_SUBMITTED && !role.rejectedOnly();
  }

  private Content workbook(Unit unit, SchoolYear year, Figures unitFigures, List<DemoAward> list) {
    Random random = Seeds.random(seed, "mess|" + unit.code() + "|" + year.label());
    return new Content(Content.Kind.WORKBOOK, unit, year, unitFigures, list,
        officers.roster(unit, year, unitFigures), Mess.draw(random));
  }

  private Map<String, Role> assignRoles(DemoRegister demoRegister, List<Unit> later,
      Map<String, Figures> earlierFigures) {
    Set<String> changed = new java.util.HashSet<>();
    for (String code : new String[] {demoRegister.movedCode(), demoRegister.renamedCode(),
        demoRegister.mergedIntoCode(), demoRegister.foundedCode()}) {
      if (code != null) {
        changed.add(code);
      }
    }
    List<Unit> candidates = new ArrayList<>(later.stream()
        .filter(u -> (previousYear == null || earlierFigures.containsKey(u.code()))
            && !changed.contains(u.code()))
        .toList());
    // With no year before, a unit's figures of this year decide which roles it can play.
    Map<String, Figures> thisYear = new HashMap<>();
    Function<Unit, Figures> before = previousYear == null
        ? u -> thisYear.computeIfAbsent(u.code(), code -> figures.first(u, currentYear))
        : u -> earlierFigures.get(u.code());
    Collections.shuffle(candidates, Seeds.random(seed, "roles"));
    Map<String, Role> roles = new LinkedHashMap<>();
    int grassroots = later.size();
    for (Role role : Role.values()) {
      Predicate<Unit> fits = switch (role) {
        case PUBLIC_WITH_AGREEMENT -> FigureGenerator::isPublic;
        case OUTLIER_UP, OUTLIER_DOWN -> u -> previousYear != null
            && earlierFigures.get(u.code()).totalOrZero(figures.members) >= 15;
        case FIXED_AFTER_ERROR -> u -> before.apply(u).totalOrZero(figures.officers) >= 3;
        default -> u -> true;
      };
      for (int i = 0; i < role.count(grassroots); i++) {
        candidates.stream().filter(u -> !roles.containsKey(u.code())).filter(fits).findFirst()
            .ifPresent(u -> roles.put(u.code(), role));
      }
    }
    return roles;
  }

  /** 2018-2019: a few units did not report and a few were late; no outlier unit is missing. */
  private Map<String, Role> assignEarlierRoles(List<Unit> earlier, Map<String, Role> laterRoles) {
    List<Unit> candidates = new ArrayList<>(earlier);
    Collections.shuffle(candidates, Seeds.random(seed, "roles|earlier"));
    Map<String, Role> roles = new HashMap<>();
    int missing = (int) Math.round(4 * earlier.size() / 300.0);
    int late = (int) Math.round(6 * earlier.size() / 300.0);
    for (Unit unit : candidates) {
      Role later = laterRoles.getOrDefault(unit.code(), Role.ORDINARY);
      if (later == Role.OUTLIER_UP || later == Role.OUTLIER_DOWN) {
        continue;
      }
      if (missing > 0) {
        roles.put(unit.code(), Role.NOT_SUBMITTED);
        missing--;
      } else if (late > 0) {
        roles.put(unit.code(), Role.LATE);
        late--;
      }
    }
    return roles;
  }

  private void planLater(DemoRegister demoRegister, Unit unit, Role role, Content content) {
    SchoolYear year = content.year();
    switch (role) {
      case NOT_SUBMITTED -> { }
      case REJECTED_WOMEN -> rejected(demoRegister, content.withFigures(
          content.figures().copy().setWomen(figures.members,
              content.figures().totalOrZero(figures.members) + 2)), role, "women above total in members");
      case REJECTED_NEGATIVE -> rejected(demoRegister, content.withFigures(
          content.figures().copy().set(figures.groups(), -2)), role, "negative number of union groups");
      case REJECTED_COMPARISON -> {
        Figures wrong = content.figures().copy();
        wrong.set(figures.newMembers(), wrong.totalOrZero(figures.members) + 3,
            wrong.womenOrZero(figures.newMembers()));
        rejected(demoRegister, content.withFigures(wrong), role, "new members above members");
      }
      case REJECTED_AWARD_LIST -> {
        List<DemoAward> list = new ArrayList<>(content.awards());
        list.add(new DemoAward(AwardGenerator.COMMENDATION, INVALID_LEVEL, AwardGenerator.INDIVIDUAL,
            DemoNames.person(Seeds.random(seed, "invalid-level|" + unit.code()), true),
            AwardGenerator.WOMAN, "", "95/QĐ-CĐN", LocalDate.of(year.startYear() + 1, 10, 6)));
        rejected(demoRegister, content.withAwards(list), role, "award level \"Cấp tỉnh\" not in the list");
      }
      case REJECTED_AWARD_DATE -> {
        List<DemoAward> list = new ArrayList<>(content.awards());
        list.add(new DemoAward(AwardGenerator.COMMENDATION, AwardGenerator.SECTOR,
            AwardGenerator.INDIVIDUAL, DemoNames.person(Seeds.random(seed, "old-date|" + unit.code()), false),
            AwardGenerator.MAN, "", "72/QĐ-CĐN", LocalDate.of(year.startYear(), 5, 15)));
        rejected(demoRegister, content.withAwards(list), role, "award decided before the school year");
      }
      case REJECTED_UNKNOWN_UNIT -> rejected(demoRegister,
          content.withUnit(mistyped(unit, demoRegister.register())), role,
          "unit code mistyped (0 for O, or one 0 too many), not in the register");
      case FIXED_AFTER_ERROR -> {
        Figures wrong = content.figures().copy();
        wrong.set(figures.trained, wrong.totalOrZero(figures.officers) + 1,
            wrong.womenOrZero(figures.trained));
        check(wrong, Rule.COMPARISON);
        LocalDateTime first = receivedBetween(unit, year, "first", 20, 35);
        String path = names.unique(folder(demoRegister, unit, year),
            names.workbookName(Seeds.random(seed, "name|" + unit.code()), unit, year, ""));
        add(path, unit.code(), year, first, PlannedFile.Outcome.REJECTED, Rule.COMPARISON, Set.of(),
            "first of two: trained officers above officers", content.withFigures(wrong));
        check(content.figures(), null);
        String second = path.replace(".xlsx", " (sửa lại).xlsx");
        add(names.unique(second.substring(0, second.lastIndexOf('/')), second.substring(second.lastIndexOf('/') + 1)),
            unit.code(), year, receivedBetween(unit, year, "second", 38, 46),
            PlannedFile.Outcome.ACCEPTED, null, Set.of(), "corrected resubmission: counts", content);
      }
      case SENT_TWICE -> {
        Figures older = content.figures().copy();
        older.set(figures.visits(), older.totalOrZero(figures.visits()) + 1);
        older.set(figures.supportMoney(), older.totalOrZero(figures.supportMoney()) + 500_000);
        older.set(figures.initiatives(), older.totalOrZero(figures.initiatives()) + 1);
        check(older, null);
        String path = names.unique(folder(demoRegister, unit, year), TemplateFileName.of(unit, year));
        add(path, unit.code(), year, receivedBetween(unit, year, "first", 16, 30),
            PlannedFile.Outcome.ACCEPTED, null, Set.of(),
            "first of two valid files: replaced by the newer one", content.withFigures(older));
        String second = path.replace(".xlsx", " lan 2.xlsx");
        add(names.unique(second.substring(0, second.lastIndexOf('/')), second.substring(second.lastIndexOf('/') + 1)),
            unit.code(), year, receivedBetween(unit, year, "second", 35, 46),
            PlannedFile.Outcome.ACCEPTED, null, Set.of(), "newer of two valid files: counts", content);
      }
      case ROSTER_MISSING_ROW -> {
        List<DemoOfficer> roster = new ArrayList<>(content.officers());
        roster.remove(roster.size() - 1);
        accepted(demoRegister, content.withOfficers(roster), received(unit, year, false),
            Set.of(Rule.ROSTER_MISMATCH), "one officer row missing from the roster");
      }
      case PUBLIC_WITH_AGREEMENT -> accepted(demoRegister, content, received(unit, year, false),
          Set.of(Rule.ONLY_FOR_OWNERSHIP), "public unit answered the non-public field");
      case OUTLIER_UP, OUTLIER_DOWN -> accepted(demoRegister, content, received(unit, year, false),
          Set.of(Rule.OUTLIER), "members changed by more than 30 % from the previous year");
      case CSV -> {
        String name = TemplateFileName.of(unit, year).replaceAll("\\.xlsx$", ".csv");
        check(content.figures(), null);
        add(names.unique(folder(demoRegister, unit, year), name), unit.code(), year,
            received(unit, year, false), PlannedFile.Outcome.ACCEPTED, null, Set.of(),
            "figures sheet saved as CSV (UTF-8 with BOM): no awards or officers sheet",
            new Content(Content.Kind.CSV, unit, year, content.figures(), List.of(), List.of(),
                Mess.TIDY));
      }
      case ENCRYPTED -> add(names.unique(folder(demoRegister, unit, year), TemplateFileName.of(unit, year)),
          null, year, received(unit, year, false), PlannedFile.Outcome.REJECTED, Rule.FILE_ENCRYPTED,
          Set.of(), "workbook of " + unit.code() + " protected with the password 123456 (agile)",
          content.withKind(Content.Kind.ENCRYPTED));
      case LATE -> accepted(demoRegister, content, received(unit, year, true), Set.of(),
          "received after the deadline");
      default -> accepted(demoRegister, content, received(unit, year, false), Set.of(), "");
    }
  }

  private void planBrokenFiles(DemoRegister demoRegister, List<Unit> later, Map<String, Role> roles,
      Map<String, Figures> laterFigures) {
    SchoolYear year = currentYear;
    if (!national) {
      planBrokenSet(demoRegister, later, 0, roles, laterFigures, "broken", year.label());
      return;
    }
    Map<String, List<Unit>> byProvince = new LinkedHashMap<>();
    later.forEach(u -> byProvince.computeIfAbsent(u.province(), p -> new ArrayList<>()).add(u));
    Random pick = Seeds.random(seed, "broken|provinces");
    int sets = Math.max(1, (int) Math.round(later.size() / (double) RegisterBuilder.PROVINCE_UNITS));
    for (int set = 0; set < sets; set++) {
      // A province is drawn through one of its CĐCS: large provinces get more broken files.
      List<Unit> province = byProvince.get(later.get(pick.nextInt(later.size())).province());
      planBrokenSet(demoRegister, province, pick.nextInt(province.size()), roles, laterFigures,
          "broken|" + set, year.label() + "/" + province.get(0).province());
    }
  }

  /**
   * A note, a letter, an empty file, a text file named .xlsx (at {@code root} or in the folder of a
   * unit of {@code pool}) and half of a workbook of the first ordinary unit of {@code pool} from
   * index {@code from} on.
   */
  private void planBrokenSet(DemoRegister demoRegister, List<Unit> pool, int from,
      Map<String, Role> roles, Map<String, Figures> laterFigures, String key, String root) {
    SchoolYear year = currentYear;
    Random random = Seeds.random(seed, key);
    Unit some = pool.get(random.nextInt(pool.size()));
    String folder = folder(demoRegister, some, year);
    add(names.unique(root, "ghi chu.txt"), null, year, receivedAny(random, year),
        PlannedFile.Outcome.NOT_A_SUBMISSION, null, Set.of(), "a note, not a submission",
        Content.other(Content.Kind.TEXT));
    add(names.unique(root, "cong van.pdf"), null, year, receivedAny(random, year),
        PlannedFile.Outcome.NOT_A_SUBMISSION, null, Set.of(), "a letter as PDF, not a submission",
        Content.other(Content.Kind.PDF));
    add(names.unique(folder, "bao cao.xlsx"), null, year, receivedAny(random, year),
        PlannedFile.Outcome.REJECTED, Rule.FILE_UNREADABLE, Set.of(), "empty file (0 bytes)",
        Content.other(Content.Kind.EMPTY));
    add(names.unique(folder, "BC thong ke.xlsx"), null, year, receivedAny(random, year),
        PlannedFile.Outcome.REJECTED, Rule.FILE_UNREADABLE, Set.of(), "a text file renamed .xlsx",
        Content.other(Content.Kind.TEXT_AS_WORKBOOK));
    List<Unit> rotated = new ArrayList<>(pool.subList(from, pool.size()));
    rotated.addAll(pool.subList(0, from));
    Unit source = rotated.stream()
        .filter(u -> roles.getOrDefault(u.code(), Role.ORDINARY) == Role.ORDINARY)
        .findFirst().orElse(rotated.get(0));
    Figures sourceFigures = laterFigures.containsKey(source.code())
        ? laterFigures.get(source.code())
        : figures.first(source, year);
    Content truncated = workbook(source, year, sourceFigures, List.of())
        .withKind(Content.Kind.TRUNCATED);
    add(names.unique(folder(demoRegister, source, year),
            TemplateFileName.of(source, year).replace(".xlsx", " - Copy.xlsx")),
        null, year, receivedAny(random, year), PlannedFile.Outcome.REJECTED, Rule.FILE_UNREADABLE,
        Set.of(), "first half of a workbook of " + source.code() + " (a broken copy)", truncated);
  }

  private void accepted(DemoRegister demoRegister, Content content, LocalDateTime receivedAt,
      Set<Rule> warnings, String note) {
    check(content.figures(), null);
    Unit unit = content.unit();
    String name = names.workbookName(
        Seeds.random(seed, "name|" + unit.code() + "|" + content.year().label()), unit,
        content.year(), folder(demoRegister, unit, content.year()));
    add(names.unique(folder(demoRegister, unit, content.year()), name), unit.code(), content.year(),
        receivedAt, PlannedFile.Outcome.ACCEPTED, null, warnings, note, content);
  }

  private void rejected(DemoRegister demoRegister, Content content, Role role, String note) {
    if (role != Role.REJECTED_UNKNOWN_UNIT && role.error != Rule.AWARD_LIST
        && role.error != Rule.AWARD_DATE) {
      check(content.figures(), role.error);
    }
    Unit unit = content.unit();
    String name = names.workbookName(
        Seeds.random(seed, "name|" + unit.code() + "|" + content.year().label()), unit,
        content.year(), folder(demoRegister, unit, content.year()));
    add(names.unique(folder(demoRegister, unit, content.year()), name), unit.code(), content.year(),
        received(unit, content.year(), false), PlannedFile.Outcome.REJECTED, role.error, Set.of(),
        note, content);
  }

  /** Fails the build of the plan if the figures do not break exactly the intended rule. */
  private void check(Figures unitFigures, Rule intended) {
    Set<Rule> broken = FigureRules.broken(form, unitFigures);
    Set<Rule> expected = intended == null ? EnumSet.noneOf(Rule.class) : EnumSet.of(intended);
    if (!broken.equals(expected)) {
      throw new IllegalStateException("demo figures break " + broken + ", planned " + expected);
    }
  }

  private void add(String path, String unitCode, SchoolYear year, LocalDateTime receivedAt,
      PlannedFile.Outcome outcome, Rule error, Set<Rule> warnings, String note, Content content) {
    add(path, unitCode, year, receivedAt, outcome, error, warnings, note, () -> content);
  }

  private void add(String path, String unitCode, SchoolYear year, LocalDateTime receivedAt,
      PlannedFile.Outcome outcome, Rule error, Set<Rule> warnings, String note,
      Supplier<Content> content) {
    entries.add(new DemoPlan.Entry(
        new PlannedFile(path, unitCode, year, receivedAt, outcome, error, warnings, false, note),
        content));
  }

  private List<DemoPlan.Entry> markCurrent() {
    Map<String, DemoPlan.Entry> newest = new HashMap<>();
    for (DemoPlan.Entry entry : entries) {
      PlannedFile file = entry.file();
      if (file.outcome() != PlannedFile.Outcome.ACCEPTED) {
        continue;
      }
      String key = file.unitCode() + "|" + file.schoolYear().label();
      newest.merge(key, entry, (a, b) -> a.file().receivedAt().isAfter(b.file().receivedAt()) ? a : b);
    }
    Set<DemoPlan.Entry> current = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    current.addAll(newest.values());
    return entries.stream()
        .map(e -> current.contains(e) ? new DemoPlan.Entry(e.file().withCurrent(true), e.recipe()) : e)
        .toList();
  }

  private String folder(DemoRegister demoRegister, Unit unit, SchoolYear year) {
    return year.label() + "/" + demoRegister.folder(unit);
  }

  /** The unit with its code typed wrong: the first O as 0 (DNO0123 as DN00123), or a 0 too many. */
  private static Unit mistyped(Unit unit, UnitRegister register) {
    int o = unit.code().indexOf('O');
    String code = o >= 0
        ? unit.code().substring(0, o) + '0' + unit.code().substring(o + 1)
        : unit.code().replaceFirst("(\\d)", "0$1");
    if (register.knows(code)) {
      throw new IllegalStateException("the mistyped code " + code + " is in the register");
    }
    return new Unit(code, unit.name(), unit.parentCode(), unit.schoolLevel(), unit.ownership(),
        unit.cluster(), unit.province(), unit.validFrom(), unit.validTo());
  }

  /** Between 15 August and 30 September after the year, or in October when late. */
  private LocalDateTime received(Unit unit, SchoolYear year, boolean late) {
    Random random = Seeds.random(seed, "received|" + unit.code() + "|" + year.label());
    return late ? at(random, year, 48 + random.nextInt(20)) : at(random, year, random.nextInt(47));
  }

  private LocalDateTime receivedBetween(Unit unit, SchoolYear year, String which, int fromDay,
      int toDay) {
    Random random = Seeds.random(seed, "received|" + which + "|" + unit.code() + "|" + year.label());
    return at(random, year, Seeds.between(random, fromDay, toDay));
  }

  private static LocalDateTime receivedAny(Random random, SchoolYear year) {
    return at(random, year, random.nextInt(47));
  }

  /** {@code day} days after 15 August of the year's end (day 46 is 30 September). */
  private static LocalDateTime at(Random random, SchoolYear year, int day) {
    LocalDate date = LocalDate.of(year.startYear() + 1, 8, 15).plusDays(day);
    LocalTime time = LocalTime.of(7, 0).plusMinutes(random.nextInt(10 * 60 + 30));
    return LocalDateTime.of(date, time);
  }

  private List<DemoPlan.Rating> ratings(UnitRegister register, String founded) {
    List<DemoPlan.Rating> ratings = new ArrayList<>();
    for (SchoolYear year : previousYear == null ? List.of(currentYear)
        : List.of(previousYear, currentYear)) {
      boolean older = year.startYear() < 2019;
      List<Unit> rated = new ArrayList<>(register.grassrootsDuring(year, STARTS));
      rated.sort(java.util.Comparator.comparing(Unit::code));
      for (Unit unit : rated) {
        if (unit.code().equals(founded)) {
          continue; // rated after twelve months of activity
        }
        int draw = Seeds.random(seed, "rating|" + unit.code() + "|" + year.label()).nextInt(100);
        String rating = older
            ? draw < 38 ? "Vững mạnh xuất sắc" : draw < 95 ? "Vững mạnh" : draw < 99 ? "Hoàn thành nhiệm vụ" : "Không hoàn thành nhiệm vụ"
            : draw < 33 ? "Hoàn thành xuất sắc nhiệm vụ" : draw < 93 ? "Hoàn thành tốt nhiệm vụ" : draw < 99 ? "Hoàn thành nhiệm vụ" : "Không hoàn thành nhiệm vụ";
        ratings.add(new DemoPlan.Rating(unit.code(), year.label(), rating));
      }
    }
    return ratings;
  }
}
