package vn.cdgd.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Workspace;
import vn.cdgd.ingest.Rule;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.reference.Unit;
import vn.cdgd.reference.UnitRegister;
import vn.cdgd.template.TemplateInstructions;

/** The default demo, generated once and read back from its files. */
class DemoProvinceTest {
  @TempDir static Path root;
  static Workspace workspace;
  static FormDefinition form;
  static DemoPlan plan;
  static DemoGenerator.Summary summary;

  @BeforeAll
  static void generate() throws Exception {
    form = TestWorkspace.form();
    workspace = new Workspace(root);
    plan = DemoPlan.province(form, DemoPlan.DEFAULT_SEED);
    summary = new DemoGenerator(form, TemplateInstructions.bundled()).write(plan, workspace, workspace.root().resolve("data/submissions"), 2);
  }

  private static Path file(PlannedFile planned) {
    return workspace.root().resolve("data/submissions").resolve(planned.path());
  }

  @Test
  void writesAboutThreeHundredGrassrootsUnitsUnderEightDistrictUnions() {
    UnitRegister register = UnitRegister.read(workspace.unitRegister());
    assertThat(register.grassrootsDuring(DemoPlan.CALIBRATED_YEAR, PlanBuilder.STARTS)).hasSize(300);
    assertThat(register.rows()).filteredOn(u -> u.parentCode().equals("DNO") && u.code().startsWith("DNO-"))
        .extracting(Unit::name)
        .contains("Công đoàn Giáo dục huyện Cư Jút", "Công đoàn Giáo dục thành phố Gia Nghĩa")
        .hasSize(8);
    Unit root = register.during("DNO", DemoPlan.CALIBRATED_YEAR, PlanBuilder.STARTS).orElseThrow();
    assertThat(root.name()).isEqualTo("Công đoàn ngành Giáo dục và Đào tạo tỉnh Đắk Nông");
    List<Unit> grassroots = register.grassrootsDuring(DemoPlan.CALIBRATED_YEAR, PlanBuilder.STARTS);
    Map<String, Long> levels = grassroots.stream().collect(Collectors.groupingBy(Unit::schoolLevel, Collectors.counting()));
    assertThat(levels.get("THPT")).isEqualTo(25);
    assertThat(levels.keySet()).contains("Mầm non", "Tiểu học", "THCS", "Liên cấp", "GDNN-GDTX", "Khác");
    assertThat(grassroots).filteredOn(u -> u.ownership().equals("Ngoài công lập")).hasSizeBetween(13, 17);
    assertThat(grassroots).filteredOn(u -> u.schoolLevel().equals("THPT"))
        .allSatisfy(u -> assertThat(u.parentCode()).isEqualTo("DNO"));
    assertThat(grassroots).extracting(Unit::cluster).allMatch(c -> c.matches("Cụm thi đua số [1-6]"));
  }

  @Test
  void holdsTheChangesOfFirstSeptember2019() {
    DemoRegister changes = plan.demoRegister();
    List<Unit> rows = plan.register().rows();
    assertThat(rows).filteredOn(u -> LocalDate.of(2019, 8, 31).equals(u.validTo())).extracting(Unit::code)
        .containsExactlyInAnyOrder(changes.movedCode(), changes.renamedCode(),
            changes.mergedCodes().get(0), changes.mergedCodes().get(1));
    assertThat(rows).filteredOn(u -> LocalDate.of(2019, 9, 1).equals(u.validFrom())).extracting(Unit::code)
        .containsExactlyInAnyOrder(changes.movedCode(), changes.renamedCode(),
            changes.mergedIntoCode(), changes.foundedCode());
    UnitRegister register = plan.register();
    Unit movedBefore = register.during(changes.movedCode(), DemoPlan.PREVIOUS_YEAR, PlanBuilder.STARTS).orElseThrow();
    Unit movedAfter = register.during(changes.movedCode(), DemoPlan.CALIBRATED_YEAR, PlanBuilder.STARTS).orElseThrow();
    assertThat(movedAfter.parentCode()).isNotEqualTo(movedBefore.parentCode());
    assertThat(register.during(changes.foundedCode(), DemoPlan.PREVIOUS_YEAR, PlanBuilder.STARTS)).isEmpty();
    assertThat(register.during(changes.mergedCodes().get(0), DemoPlan.CALIBRATED_YEAR, PlanBuilder.STARTS)).isEmpty();
  }

  @Test
  void theCommittedRegisterIsTheOneTheDefaultDemoWrites() throws Exception {
    Path committed = TestWorkspace.root().resolve("data/units.csv");
    assertThat(committed)
        .as("data/units.csv is missing: run `cdgd demo` in the repository root and commit data/units.csv")
        .isRegularFile();
    assertThat(Files.readString(committed))
        .as("data/units.csv differs from what `cdgd demo` writes: run it and commit data/units.csv")
        .isEqualTo(Files.readString(workspace.unitRegister()));
    Path ratings = TestWorkspace.root().resolve("data/ratings.csv");
    assertThat(Files.readString(ratings))
        .as("data/ratings.csv differs from what `cdgd demo` writes: run it and commit data/ratings.csv")
        .isEqualTo(Files.readString(workspace.ratings()));
  }

  @Test
  void theSameSeedGivesTheSameRegisterRatingsManifestAndWorkbooks() throws Exception {
    DemoPlan again = DemoPlan.province(form, DemoPlan.DEFAULT_SEED);
    Path other = root.resolve("again");
    Files.createDirectories(other);
    again.register().write(other.resolve("units.csv"));
    DemoGenerator.writeRatings(again, other.resolve("ratings.csv"));
    DemoGenerator.writeManifest(again, other.resolve("manifest.csv"));
    assertThat(other.resolve("units.csv")).hasSameTextualContentAs(workspace.unitRegister());
    assertThat(other.resolve("ratings.csv")).hasSameTextualContentAs(workspace.ratings());
    assertThat(other.resolve("manifest.csv"))
        .hasSameTextualContentAs(workspace.root().resolve("data/submissions").resolve("manifest.csv"));

    WorkbookRenderer renderer =
        DemoGenerator.renderer(form, TemplateInstructions.bundled(), PlanBuilder.STARTS);
    for (DemoPlan.Entry entry : again.entries().subList(0, 3)) {
      byte[] bytes = renderer.bytes(entry.content());
      assertThat(bytes).as(entry.file().path()).isEqualTo(Files.readAllBytes(file(entry.file())));
    }
    PlannedFile sample = again.acceptedCurrent(DemoPlan.CALIBRATED_YEAR).get(7);
    Path copy = other.resolve("copy.xlsx");
    DemoPlan.Entry entry = again.entries().stream().filter(e -> e.file().equals(sample)).findFirst().orElseThrow();
    Files.write(copy, renderer.bytes(entry.content()));
    assertThat(DemoFileReader.read(copy).figures())
        .usingRecursiveComparison().isEqualTo(DemoFileReader.read(file(sample)).figures());
    assertThat(DemoPlan.province(form, 7).files()).isNotEqualTo(again.files());
  }

  @Test
  void acceptedCurrentSubmissionsOf2019Give094TrainedAnd087Gvtdvn() throws Exception {
    long officers = 0, trained = 0, titled = 0, womenMembers = 0;
    for (PlannedFile planned : plan.acceptedCurrent(DemoPlan.CALIBRATED_YEAR)) {
      Map<String, Long[]> figures = DemoFileReader.read(file(planned)).figures();
      officers += figures.get("B01")[0];
      trained += figures.get("B02")[0];
      titled += figures.get("C01")[0];
      womenMembers += figures.get("A02")[1];
    }
    assertThat(officers).isPositive();
    assertThat(trained * 50).as("Σ B02 / Σ B01 = 0.94: %d / %d", trained, officers).isEqualTo(officers * 47);
    assertThat(titled * 100).as("Σ C01 / Σ A02 nữ = 0.87: %d / %d", titled, womenMembers).isEqualTo(womenMembers * 87);
    assertThat((double) trained / officers).isEqualTo(0.94);
    assertThat((double) titled / womenMembers).isEqualTo(0.87);
  }

  @Test
  void acceptedCurrentSubmissionsOf2019HoldExactlyThePublishedAwards() throws Exception {
    Map<String, Integer> counts = new HashMap<>();
    LocalDate first = LocalDate.of(2019, 9, 1);
    LocalDate last = LocalDate.of(2021, 2, 28);
    for (PlannedFile planned : plan.acceptedCurrent(DemoPlan.CALIBRATED_YEAR)) {
      for (Map<String, String> award : DemoFileReader.read(file(planned)).awards()) {
        counts.merge(award.get("Hình thức") + "|" + award.get("Cấp") + "|" + award.get("Đối tượng"), 1, Integer::sum);
        assertThat(DemoFileReader.date(award.get("Ngày quyết định"))).isBetween(first, last);
        if (award.get("Hình thức").equals("Danh hiệu")) {
          assertThat(award.get("Giới tính")).isEqualTo("Nữ");
          assertThat(award.get("Tên danh hiệu")).isEqualTo("Giỏi việc trường, đảm việc nhà");
        }
        if (award.get("Đối tượng").equals("Cá nhân")) {
          assertThat(award.get("Tên tập thể/cá nhân")).contains(" ");
          assertThat(award.get("Giới tính")).isIn("Nam", "Nữ");
        }
      }
    }
    assertThat(counts).isEqualTo(Map.of(
        "Bằng khen|Công đoàn Giáo dục Việt Nam|Tập thể", 1,
        "Bằng khen|Công đoàn Giáo dục Việt Nam|Cá nhân", 6,
        "Bằng khen|LĐLĐ tỉnh|Tập thể", 2,
        "Bằng khen|LĐLĐ tỉnh|Cá nhân", 10,
        "Giấy khen|Công đoàn ngành|Tập thể", 9,
        "Giấy khen|Công đoàn ngành|Cá nhân", 189,
        "Danh hiệu|Công đoàn ngành|Cá nhân", 75));
    assertThat(counts).isEqualTo(DemoPlan.goldenAwards());
  }

  @Test
  void everyAcceptedSubmissionKeepsTheFormsRulesAndItsRosterAgreesUnlessPlanned() throws Exception {
    for (PlannedFile planned : plan.files()) {
      if (planned.outcome() != PlannedFile.Outcome.ACCEPTED) {
        continue;
      }
      DemoFileReader.Read read = DemoFileReader.read(file(planned));
      assertThat(read.unitCode()).as(planned.path()).isEqualTo(planned.unitCode());
      assertThat(FigureRules.broken(form, toFigures(read.figures()))).as(planned.path()).isEmpty();
      if (planned.path().endsWith(".csv")) {
        continue;
      }
      long rosterRows = read.officers().size();
      long trainedRows = read.officers().stream().filter(o -> DemoFileReader.number(o.get("Đã được tập huấn trong nhiệm kỳ")) == 1).count();
      boolean agrees = rosterRows == read.figures().get("B01")[0] && trainedRows == read.figures().get("B02")[0];
      assertThat(agrees).as(planned.path()).isEqualTo(!planned.warnings().contains(Rule.ROSTER_MISMATCH));
      assertThat(read.awards()).extracting(a -> a.get("Cấp")).allMatch(form.list("award_level")::contains);
    }
  }

  @Test
  void rejectedWorkbooksBreakTheirPlannedRule() throws Exception {
    Map<Rule, Long> rejected = plan.files().stream().filter(f -> f.outcome() == PlannedFile.Outcome.REJECTED)
        .collect(Collectors.groupingBy(PlannedFile::error, Collectors.counting()));
    assertThat(rejected).containsEntry(Rule.WOMEN_ABOVE_TOTAL, 1L).containsEntry(Rule.NEGATIVE, 1L)
        .containsEntry(Rule.COMPARISON, 2L).containsEntry(Rule.AWARD_LIST, 1L)
        .containsEntry(Rule.AWARD_DATE, 1L).containsEntry(Rule.UNIT_UNKNOWN, 1L)
        .containsEntry(Rule.FILE_UNREADABLE, 3L).containsEntry(Rule.FILE_ENCRYPTED, 1L);
    for (PlannedFile planned : plan.files()) {
      if (planned.outcome() != PlannedFile.Outcome.REJECTED || planned.unitCode() == null) {
        continue;
      }
      DemoFileReader.Read read = DemoFileReader.read(file(planned));
      switch (planned.error()) {
        case WOMEN_ABOVE_TOTAL, NEGATIVE, COMPARISON ->
            assertThat(FigureRules.broken(form, toFigures(read.figures()))).containsExactly(planned.error());
        case AWARD_LIST -> assertThat(read.awards()).extracting(a -> a.get("Cấp")).contains("Cấp tỉnh");
        case AWARD_DATE -> assertThat(read.awards()).extracting(a -> DemoFileReader.date(a.get("Ngày quyết định")))
            .anyMatch(d -> d.isBefore(LocalDate.of(2019, 9, 1)));
        case UNIT_UNKNOWN -> assertThat(plan.register().knows(read.unitCode())).isFalse();
        default -> throw new AssertionError(planned);
      }
    }
  }

  @Test
  void theInboxHoldsTheUntidyAndBrokenFilesAsPlanned() throws Exception {
    Path submissions = workspace.root().resolve("data/submissions");
    assertThat(submissions.resolve("2019-2020/ghi chu.txt")).isRegularFile();
    assertThat(Files.readAllBytes(submissions.resolve("2019-2020/cong van.pdf"))).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    for (PlannedFile planned : plan.files()) {
      Path path = file(planned);
      assertThat(path).as(planned.path()).isRegularFile();
      assertThat(Files.getLastModifiedTime(path).toInstant())
          .isEqualTo(planned.receivedAt().atZone(DemoGenerator.VIETNAM).toInstant());
      if (planned.error() == Rule.FILE_ENCRYPTED) {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(path))) {
          assertThat(FileMagic.valueOf(in)).isEqualTo(FileMagic.OLE2);
        }
      }
      if (planned.error() == Rule.FILE_UNREADABLE) {
        assertThatThrownBy(() -> {
          try (InputStream in = Files.newInputStream(path); XSSFWorkbook ignored = new XSSFWorkbook(in)) {
            // opening must fail
          }
        }).as(planned.path()).isInstanceOf(Exception.class);
      }
    }
    List<String> manifest = Files.readAllLines(submissions.resolve("manifest.csv"));
    assertThat(manifest.get(0)).isEqualTo("file,received_at");
    assertThat(manifest).hasSize(plan.files().size() + 1);
    assertThat(manifest).anyMatch(line -> line.matches("2019-2020/.+,2020-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00"));

    List<PlannedFile> csv = plan.files().stream().filter(f -> f.path().endsWith(".csv")).toList();
    assertThat(csv).hasSize(1);
    assertThat(Files.readAllBytes(file(csv.get(0)))).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);

    LocalDate deadline = LocalDate.of(2020, 9, 30);
    assertThat(plan.files()).filteredOn(f -> f.schoolYear().equals(DemoPlan.CALIBRATED_YEAR) && f.unitCode() != null
        && f.receivedAt().toLocalDate().isAfter(deadline)).hasSizeBetween(8, 12);
    assertThat(plan.files()).filteredOn(f -> f.warnings().contains(Rule.ROSTER_MISMATCH)).hasSize(2);
    assertThat(plan.files()).filteredOn(f -> f.warnings().contains(Rule.ONLY_FOR_OWNERSHIP)).hasSize(1);
    assertThat(plan.files()).filteredOn(f -> f.warnings().contains(Rule.OUTLIER)).hasSize(2);
    assertThat(plan.files()).filteredOn(f -> f.path().contains("/Cư Jút/") && f.path().contains(" - Công đoàn ")).isNotEmpty();
    assertThat(plan.files()).filteredOn(f -> f.path().matches(".*BC thong ke nam hoc 2019-2020 \\(\\d+\\)\\.xlsx")).isNotEmpty();
  }

  @Test
  void someWorkbooksAreDecomposedAndSomeNumbersAndDatesAreTypedAsText() throws Exception {
    int decomposed = 0, textNumbers = 0, formulas = 0, textDates = 0, workbooks = 0;
    for (PlannedFile planned : plan.files()) {
      if (planned.outcome() != PlannedFile.Outcome.ACCEPTED || !planned.isXlsx()) {
        continue;
      }
      workbooks++;
      try (InputStream in = Files.newInputStream(file(planned)); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
        var sheet = workbook.getSheetAt(0);
        String name = sheet.getRow(4).getCell(2).getStringCellValue();
        if (!name.equals(DemoFileReader.nfc(name))) {
          decomposed++;
        }
        for (var row : sheet) {
          var total = row.getCell(4);
          if (total != null && total.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
              && total.getStringCellValue().matches(".*\\d.*")) {
            textNumbers++;
          }
          if (total != null && total.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
            formulas++;
          }
        }
        for (var row : workbook.getSheetAt(1)) {
          var date = row.getCell(8);
          if (row.getRowNum() > 3 && date != null && date.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
              && !date.getStringCellValue().isBlank()) {
            textDates++;
          }
        }
      }
    }
    assertThat(decomposed).isBetween(workbooks / 10, workbooks / 5);
    assertThat(textNumbers).isGreaterThan(20);
    assertThat(formulas).isGreaterThan(5);
    assertThat(textDates).isGreaterThan(20);
  }

  static Figures toFigures(Map<String, Long[]> read) {
    Figures figures = new Figures();
    read.forEach((code, values) -> {
      if (values[0] != null) {
        figures.set(code, values[0]);
      }
      if (values[1] != null) {
        figures.setWomen(code, values[1]);
      }
    });
    return figures;
  }
}
