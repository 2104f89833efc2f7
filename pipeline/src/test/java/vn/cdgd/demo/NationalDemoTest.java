package vn.cdgd.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.cdgd.TestWorkspace;
import vn.cdgd.cli.DemoCommand;
import vn.cdgd.cli.UserException;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.ingest.Issue;
import vn.cdgd.ingest.Level;
import vn.cdgd.ingest.ParsedSubmission;
import vn.cdgd.ingest.Rule;
import vn.cdgd.ingest.SubmissionReader;
import vn.cdgd.reference.Unit;
import vn.cdgd.reference.UnitRegister;

/**
 * {@code cdgd demo --national --units 300} into a new folder, read back: the register of the whole
 * country, one workbook per CĐCS of 2024-2025 and the planned untidy files, whose outcomes the
 * ingest's own reader confirms.
 */
class NationalDemoTest {
  private static final int UNITS = 300;
  private static final long SEED = 11;

  @TempDir static Path root;
  static Workspace workspace;
  static DemoPlan plan;
  static UnitRegister register;
  static List<Unit> grassroots;
  static String output;

  @BeforeAll
  static void generate() {
    Path folder = root.resolve("toan-quoc");
    StringWriter out = new StringWriter();
    assertThat(run(out, "-w", folder.toString(), "--national", "--units", Integer.toString(UNITS),
        "--seed", Long.toString(SEED), "--threads", "2", "--generate-only"))
        .as(out.toString()).isZero();
    output = out.toString();
    workspace = new Workspace(folder);
    plan = DemoPlan.national(WorkspaceConfig.load(workspace).form(), SEED, UNITS);
    register = UnitRegister.read(workspace.unitRegister());
    grassroots = register.grassrootsDuring(DemoPlan.NATIONAL_YEAR, PlanBuilder.STARTS);
  }

  private static int run(StringWriter out, String... args) {
    CommandLine commandLine = new CommandLine(new DemoCommand());
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(out));
    commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof UserException user) {
        line.getErr().println("Lỗi: " + user.getMessage());
        line.getErr().flush();
        return user.exitCode();
      }
      throw e;
    });
    return commandLine.execute(args);
  }

  private static List<Unit> children(String code) {
    return register.rows().stream().filter(u -> u.parentCode().equals(code)).toList();
  }

  @Test
  void theNationalUnionIsTheRootOfTheWorkspace() {
    assertThat(WorkspaceConfig.load(workspace).settings().rootUnit()).isEqualTo("VN");
    assertThat(WorkspaceConfig.load(workspace).settings().province()).isEqualTo("Toàn quốc");
    assertThat(register.rows()).filteredOn(u -> u.parentCode().isEmpty()).singleElement()
        .satisfies(u -> {
          assertThat(u.code()).isEqualTo("VN");
          assertThat(u.name()).isEqualTo("Công đoàn Giáo dục Việt Nam");
        });
    assertThat(plan.rootUnit()).isEqualTo("VN");
    assertThat(vn.cdgd.conf.Catalogs.targets(workspace.conf().resolve("targets.yaml")).terms())
        .singleElement().satisfies(term -> {
          assertThat(term.unit()).isEqualTo("VN");
          assertThat(term.firstYear()).isEqualTo("2023-2024");
        });
    assertThat(output).contains("Đã tạo dữ liệu mẫu toàn quốc", UNITS + " CĐCS năm học 2024-2025");
  }

  @Test
  void sixtyThreeProvincesWithTheirRealNamesAndDistrictsUnderThem() {
    List<Unit> provinces = children("VN");
    assertThat(provinces).hasSize(63);
    assertThat(provinces).extracting(Unit::province).doesNotHaveDuplicates()
        .contains("Hà Nội", "TP. Hồ Chí Minh", "Đắk Nông", "Bà Rịa - Vũng Tàu", "Thừa Thiên Huế",
            "Cà Mau", "Điện Biên");
    assertThat(provinces).extracting(Unit::name).doesNotHaveDuplicates()
        .contains("Công đoàn ngành Giáo dục thành phố Hà Nội",
            "Công đoàn ngành Giáo dục tỉnh Bắc Kạn");
    assertThat(provinces).allSatisfy(p -> assertThat(p.schoolLevel()).isEqualTo("Khác"));
    int districts = 0;
    for (Unit province : provinces) {
      assertThat(grassroots).as("CĐCS of " + province.province())
          .anyMatch(u -> u.province().equals(province.province()));
      for (Unit child : children(province.code())) {
        assertThat(child.province()).isEqualTo(province.province());
        if (!children(child.code()).isEmpty()) {
          districts++;
          assertThat(child.name()).as(child.code())
              .matches("Công đoàn Giáo dục (quận|huyện|thị xã|thành phố) \\p{Lu}.*");
          assertThat(child.code()).startsWith(province.code() + "-");
          assertThat(children(child.code())).allSatisfy(school ->
              assertThat(children(school.code())).as("a CĐCS has no children").isEmpty());
        }
      }
    }
    assertThat(districts).isGreaterThanOrEqualTo(63);
    assertThat(register.rows()).filteredOn(u -> u.name().equals("Công đoàn Giáo dục quận Ba Đình"))
        .singleElement().satisfies(u -> assertThat(u.parentCode()).isEqualTo("HNI"));
  }

  @Test
  void everyCodeIsUniqueAndEveryParentExistsThatYear() {
    assertThat(register.rows()).extracting(Unit::code).doesNotHaveDuplicates();
    for (Unit unit : register.rows()) {
      if (!unit.parentCode().isEmpty()) {
        assertThat(register.during(unit.parentCode(), DemoPlan.NATIONAL_YEAR, PlanBuilder.STARTS))
            .as("parent of " + unit.code()).isPresent();
      }
      assertThat(unit.validTo()).isNull();
    }
    assertThat(grassroots).hasSize(UNITS);
  }

  @Test
  void cdcsAreSpreadLikeTheRealProvincesWithTheProvincialDemosMix() {
    Map<String, Long> byProvince = grassroots.stream()
        .collect(Collectors.groupingBy(Unit::province, Collectors.counting()));
    List<String> largest = byProvince.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(2)
        .map(Map.Entry::getKey).toList();
    assertThat(largest).containsExactlyInAnyOrder("Hà Nội", "TP. Hồ Chí Minh");
    assertThat(byProvince.get("Hà Nội")).isGreaterThan(4 * byProvince.get("Bắc Kạn"));
    assertThat(grassroots).extracting(Unit::schoolLevel)
        .contains("Mầm non", "Tiểu học", "THCS", "THPT");
    assertThat(grassroots).filteredOn(u -> u.ownership().equals("Ngoài công lập")).isNotEmpty();
    assertThat(grassroots).filteredOn(u -> u.schoolLevel().equals("THPT"))
        .allSatisfy(u -> assertThat(register.during(u.parentCode(), DemoPlan.NATIONAL_YEAR,
            PlanBuilder.STARTS).orElseThrow().parentCode()).isEqualTo("VN"));
    assertThat(NationalRegisterBuilder.shares(Provinces.all(), 50_000)).satisfies(counts -> {
      assertThat(java.util.Arrays.stream(counts).sum()).isEqualTo(50_000);
      assertThat(java.util.Arrays.stream(counts).max().getAsInt()).isGreaterThan(3_000);
      assertThat(java.util.Arrays.stream(counts).min().getAsInt()).isBetween(50, 300);
    });
  }

  @Test
  void everyCdcsSendsOneWorkbookOfTheYearExceptThePlannedOnes() throws Exception {
    Set<String> onDisk;
    try (Stream<Path> files = Files.walk(WorkspaceConfig.load(workspace).submissions())) {
      onDisk = files.filter(Files::isRegularFile)
          .map(f -> WorkspaceConfig.load(workspace).submissions().relativize(f).toString().replace('\\', '/'))
          .filter(f -> !f.equals(DemoGenerator.MANIFEST))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(onDisk).isEqualTo(plan.files().stream().map(PlannedFile::path)
        .collect(Collectors.toCollection(TreeSet::new)));
    assertThat(plan.files()).allSatisfy(f -> {
      assertThat(f.schoolYear()).isEqualTo(DemoPlan.NATIONAL_YEAR);
      assertThat(f.path()).matches("2024-2025/[^/]+/.+");
    });

    Set<String> sending = plan.files().stream().map(PlannedFile::unitCode)
        .filter(code -> code != null).collect(Collectors.toSet());
    List<Unit> silent = grassroots.stream().filter(u -> !sending.contains(u.code())).toList();
    // Silent: the units that do not report, and those whose only file names no unit or a wrong one.
    assertThat(silent).hasSize(Role.NOT_SUBMITTED.count(UNITS)
        + Role.REJECTED_UNKNOWN_UNIT.count(UNITS) + Role.ENCRYPTED.count(UNITS));
    Map<String, Long> current = plan.acceptedCurrent(DemoPlan.NATIONAL_YEAR).stream()
        .collect(Collectors.groupingBy(PlannedFile::unitCode, Collectors.counting()));
    assertThat(current.values()).allMatch(n -> n == 1);
    assertThat(current).hasSizeGreaterThan(UNITS - 20);
    for (Unit unit : grassroots) {
      List<PlannedFile> files = plan.files().stream().filter(f -> unit.code().equals(f.unitCode())).toList();
      assertThat(files.stream().filter(PlannedFile::isXlsx).count()).as(unit.code())
          .isLessThanOrEqualTo(2);
    }

    long notSubmissions = plan.files().stream()
        .filter(f -> f.outcome() == PlannedFile.Outcome.NOT_A_SUBMISSION).count();
    long unreadable = plan.files().stream().filter(f -> f.error() == Rule.FILE_UNREADABLE).count();
    assertThat(notSubmissions).isEqualTo(2);
    assertThat(unreadable).isEqualTo(3);
    assertThat(plan.files()).filteredOn(f -> f.error() == Rule.FILE_ENCRYPTED).hasSize(1);
    assertThat(plan.files()).filteredOn(f -> f.path().endsWith(".csv")).hasSize(1);
    assertThat(plan.files()).filteredOn(f -> f.warnings().contains(Rule.ROSTER_MISMATCH)).hasSize(2);
    assertThat(plan.files()).filteredOn(f -> f.outcome() == PlannedFile.Outcome.REJECTED
        && f.error() != Rule.FILE_UNREADABLE && f.error() != Rule.FILE_ENCRYPTED)
        .extracting(PlannedFile::error)
        .contains(Rule.WOMEN_ABOVE_TOTAL, Rule.NEGATIVE, Rule.COMPARISON, Rule.AWARD_LIST,
            Rule.AWARD_DATE, Rule.UNIT_UNKNOWN);
  }

  @Test
  void theIngestReaderReachesThePlannedOutcomeOnASample() throws Exception {
    SubmissionReader reader = new SubmissionReader(WorkspaceConfig.load(workspace).form(), register, WorkspaceConfig.load(workspace).settings());
    List<PlannedFile> sample = new ArrayList<>();
    List<PlannedFile> files = plan.files();
    for (int i = 0; i < files.size(); i++) {
      PlannedFile file = files.get(i);
      boolean special = file.outcome() != PlannedFile.Outcome.ACCEPTED || !file.warnings().isEmpty()
          || !file.current() || !file.isXlsx();
      if (special || i % 7 == 0) {
        sample.add(file);
      }
    }
    assertThat(sample).hasSizeGreaterThan(50);
    Set<Mess.StaffStyle> staffStyles = new HashSet<>();
    for (PlannedFile file : sample) {
      if (file.outcome() == PlannedFile.Outcome.NOT_A_SUBMISSION) {
        assertThat(SubmissionReader.isSubmissionFile(file.path())).as(file.path()).isFalse();
        continue;
      }
      byte[] bytes = Files.readAllBytes(WorkspaceConfig.load(workspace).submissions().resolve(file.path()));
      ParsedSubmission parsed = reader.read(file.path(), bytes, file.receivedAt());
      Function<Level, Set<Rule>> rules = level -> parsed.issues().stream()
          .filter(i -> i.level() == level).map(Issue::rule).collect(Collectors.toSet());
      if (file.outcome() == PlannedFile.Outcome.ACCEPTED) {
        assertThat(parsed.accepted()).as(file.path() + ": " + parsed.issues()).isTrue();
        assertThat(parsed.unitCode()).isEqualTo(file.unitCode());
        assertThat(parsed.schoolYear()).isEqualTo("2024-2025");
        assertThat(rules.apply(Level.WARNING)).as("warnings of " + file.path())
            .isEqualTo(file.warnings());
      } else {
        assertThat(parsed.accepted()).as(file.path()).isFalse();
        assertThat(rules.apply(Level.ERROR)).as("errors of " + file.path() + " (" + file.note() + ")")
            .contains(file.error());
      }
    }
    for (DemoPlan.Entry entry : plan.entries()) {
      if (entry.file().isXlsx() && entry.file().outcome() == PlannedFile.Outcome.ACCEPTED) {
        staffStyles.add(entry.content().mess().staffAs());
      }
    }
    assertThat(staffStyles).as("the untidy ways of typing the staff total").hasSizeGreaterThan(3);
  }

  @Test
  void theSameSeedMakesTheSameWorkbooksWhenTheyAreMadeAgain() throws Exception {
    WorkbookRenderer renderer = DemoGenerator.renderer(WorkspaceConfig.load(workspace).form(),
        vn.cdgd.template.TemplateInstructions.of(workspace), PlanBuilder.STARTS);
    List<DemoPlan.Entry> ordinary = plan.entries().stream()
        .filter(e -> e.file().isXlsx() && e.file().note().isEmpty())
        .sorted(Comparator.comparing(e -> e.file().path())).limit(3).toList();
    assertThat(ordinary).hasSize(3);
    for (DemoPlan.Entry entry : ordinary) {
      assertThat(renderer.bytes(entry.content())).as(entry.file().path())
          .isEqualTo(Files.readAllBytes(WorkspaceConfig.load(workspace).submissions().resolve(entry.file().path())));
    }
  }

  @Test
  void refusesToWriteOverAnotherUnionsRegister() throws Exception {
    Path province = root.resolve("dak-nong");
    TestWorkspace.create(province);
    Files.createDirectories(province.resolve("data"));
    Files.copy(TestWorkspace.root().resolve("data/units.csv"), province.resolve("data/units.csv"));
    String before = Files.readString(province.resolve("data/units.csv"));
    StringWriter out = new StringWriter();

    assertThat(run(out, "-w", province.toString(), "--national", "--units", "100",
        "--generate-only")).isEqualTo(2);

    assertThat(out.toString()).contains("đã có danh mục đơn vị",
        "Công đoàn ngành Giáo dục và Đào tạo tỉnh Đắk Nông (mã DNO",
        "Hãy chọn một thư mục làm việc khác", "--workspace");
    assertThat(Files.readString(province.resolve("data/units.csv"))).isEqualTo(before);
    assertThat(WorkspaceConfig.load(new Workspace(province)).settings().rootUnit()).isEqualTo("DNO");
  }

  @Test
  void refusesFewerCdcsThanProvinces() {
    StringWriter out = new StringWriter();
    assertThat(run(out, "-w", root.resolve("nho").toString(), "--national", "--units", "62",
        "--generate-only")).isEqualTo(2);
    assertThat(out.toString()).contains("ít nhất 63 CĐCS");
  }

  @Test
  void aSettingsFileWithoutUnionGetsOne() {
    assertThat(NationalWorkspace.withNationalRoot("form: form-v1.yaml\n"))
        .isEqualTo("form: form-v1.yaml\n\n# The union that owns this workspace (root of the unit"
            + " register).\nunion:\n  root_unit: VN\n  province: \"Toàn quốc\"\n");
    assertThat(NationalWorkspace.withNationalRoot("union:\n  root_unit: DNO\n  province: \"Đắk Nông\"\nspark:\n  master: x\n"))
        .isEqualTo("union:\n  root_unit: VN\n  province: \"Toàn quốc\"\nspark:\n  master: x\n");
  }
}
