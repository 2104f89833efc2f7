package vn.cdgd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.demo.DemoGenerator;
import vn.cdgd.demo.DemoPlan;
import vn.cdgd.demo.PlannedFile;
import vn.cdgd.ingest.Rule;
import vn.cdgd.staging.IngestRun;

/**
 * The demo province end to end: generated, ingested and built, every file reaches the outcome its
 * plan says, and the published Đắk Nông figures come out of staging and out of the warehouse.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoEndToEndTest {
  private Workspace workspace;
  private DemoPlan plan;
  private IngestRun.Summary summary;

  @BeforeAll
  void runTheDemo() {
    DemoWarehouse demo = DemoWarehouse.get();
    workspace = demo.workspace();
    plan = demo.plan();
    summary = demo.summary();
  }

  private String staging(String table) {
    return "'" + workspace.staging().resolve("current").resolve(table) + "/*/*.parquet'";
  }

  private String warehouse(String table) {
    return "read_parquet('" + workspace.warehouse().resolve("current").resolve(table)
        + "/**/*.parquet', hive_partitioning = true, hive_types_autocast = false)";
  }

  @Test
  void everyFileReachesThePlannedOutcome() {
    Map<String, List<String>> staged = new HashMap<>();
    for (List<String> row : Duck.query("select file, status, is_current, coalesce((select string_agg(distinct rule, ',' order by rule)"
        + " from " + staging("stg_issue") + " i where i.submission_id = s.submission_id and i.level = 'cảnh báo'), ''),"
        + " coalesce((select string_agg(distinct rule, ',' order by rule) from " + staging("stg_issue")
        + " i where i.submission_id = s.submission_id and i.level = 'lỗi'), '') from " + staging("stg_submission") + " s")) {
      staged.put(row.get(0), row);
    }
    int checked = 0;
    for (PlannedFile file : plan.files()) {
      if (file.outcome() == PlannedFile.Outcome.NOT_A_SUBMISSION) {
        assertThat(staged).as(file.path()).doesNotContainKey(file.path());
        continue;
      }
      List<String> row = staged.get(file.path());
      assertThat(row).as("staged row of " + file.path()).isNotNull();
      Set<String> warnings = new TreeSet<>(file.warnings().stream().map(Rule::code).toList());
      if (file.outcome() == PlannedFile.Outcome.ACCEPTED) {
        assertThat(row.get(1)).as(file.path() + ": " + row.get(4)).isEqualTo("accepted");
        assertThat(row.get(2)).as("current " + file.path()).isEqualTo(String.valueOf(file.current()));
        assertThat(row.get(3)).as("warnings of " + file.path()).isEqualTo(String.join(",", warnings));
      } else {
        assertThat(row.get(1)).as(file.path()).isEqualTo("rejected");
        assertThat(row.get(4).split(",")).as("errors of " + file.path()).contains(file.error().code());
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(590);
    assertThat(summary.skipped()).hasSize(2);
  }

  @Test
  void stagingOfTheCurrentSubmissionsGivesThePublishedRates() {
    String current = " where submission_id in (select submission_id from " + staging("stg_submission")
        + " where is_current and school_year = '2019-2020')";
    String sums = Duck.single("select sum(total) filter (where field_code = 'B02') || '/' || sum(total) filter (where field_code = 'B01')"
        + " || ' ' || sum(total) filter (where field_code = 'C01') || '/' || sum(women) filter (where field_code = 'A02')"
        + " from " + staging("stg_figure") + current);
    assertThat(sums).isEqualTo("1880/2000 7308/8400");
    Map<String, String> awards = new HashMap<>();
    for (List<String> row : Duck.query("select form || '|' || level || '|' || recipient_type, count(*) from "
        + staging("stg_award") + current + " group by 1")) {
      awards.put(row.get(0), row.get(1));
    }
    DemoPlan.goldenAwards().forEach((key, count) -> assertThat(awards.get(key)).as(key).isEqualTo(String.valueOf(count)));
  }

  @Test
  void theWarehouseGivesThePublishedFiguresAndTargets() {
    String dno = " from " + warehouse("mart_indicator") + " where unit_code = 'DNO' and school_year = '2019-2020'";
    assertThat(Duck.single("select round(value, 4)" + dno + " and indicator_code = 'I02' and breakdown = 'all'")).isEqualTo("0.94");
    assertThat(Duck.single("select round(value, 4)" + dno + " and indicator_code = 'I03' and breakdown = 'all'")).isEqualTo("0.87");
    assertThat(Duck.single("select cast(value as bigint)" + dno + " and indicator_code = 'I05' and breakdown_value = 'Danh hiệu|Công đoàn ngành|Cá nhân'")).isEqualTo("75");
    assertThat(Duck.query("select indicator_code, status from " + warehouse("mart_target_progress")
        + " where school_year = '2019-2020' and indicator_code in ('I02', 'I03') order by 1"))
        .containsExactly(List.of("I02", "chưa đạt"), List.of("I03", "chưa đạt"));
    assertThat(Duck.query("select distinct wording from " + warehouse("mart_target_progress") + " where indicator_code = 'I04' order by 1"))
        .extracting(r -> r.get(0))
        .containsExactly("Hằng năm có trên 95 % CĐCS hoàn thành tốt nhiệm vụ", "Hằng năm có trên 95 % CĐCS vững mạnh");
  }

  @Test
  void keepsEveryRejectedFileForTheUnitToFix() throws Exception {
    for (PlannedFile file : plan.files()) {
      if (file.outcome() == PlannedFile.Outcome.REJECTED && !file.current()) {
        Path kept = workspace.rejected().resolve(file.path());
        if (plan.files().stream().noneMatch(f -> f.path().equals(file.path()) && f.outcome() == PlannedFile.Outcome.ACCEPTED)) {
          assertThat(kept).as(file.path()).exists();
          assertThat(Files.size(kept)).isEqualTo(Files.size(WorkspaceConfig.load(workspace).submissions().resolve(file.path())));
        }
      }
    }
  }

  @Test
  void printsThePublishedReviewInTheReports() throws Exception {
    java.io.StringWriter out = new java.io.StringWriter();
    picocli.CommandLine cli = vn.cdgd.cli.Main.commandLine();
    cli.setOut(new java.io.PrintWriter(out));
    assertThat(cli.execute("report", "year-end", "--workspace", workspace.root().toString(), "--year", "2019-2020")).isZero();
    assertThat(cli.execute("report", "mid-term", "--workspace", workspace.root().toString())).isZero();
    Path yearEnd = workspace.reports().resolve("tong-ket-2019-2020-DNO.pdf");
    Path midTerm = workspace.reports().resolve("so-ket-2018-2023-DNO.pdf");
    assertThat(out.toString()).contains("tong-ket-2019-2020-DNO.pdf", "so-ket-2018-2023-DNO.xlsx");

    // Text extraction splits and glues table cells unpredictably; compare without whitespace.
    String text = squeezed(pdfText(yearEnd));
    assertThat(text).contains(squeezed("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        squeezed("Đắk Nông, ngày 06 tháng 10 năm 2020"),
        squeezed("I02 Tỷ lệ cán bộ CĐCS được bồi dưỡng, tập huấn nghiệp vụ 1.880 2.000 94,0 %"),
        squeezed("I03 Tỷ lệ nữ đoàn viên đạt \"Giỏi việc trường, đảm việc nhà\" cấp cơ sở 7.308 8.400 87,0 %"),
        squeezed("Bằng khen Công đoàn Giáo dục Việt Nam 1 6 5"), squeezed("Bằng khen LĐLĐ tỉnh 2 10 9"),
        squeezed("Giấy khen Công đoàn ngành 9 189 136"),
        squeezed("Danh hiệu Công đoàn ngành Giỏi việc trường, đảm việc nhà 0 75 75"));
    assertThat(squeezed(pdfText(midTerm))).contains(squeezed("2019-2020 94,0 % ≥ 100,0 % chưa đạt"),
        squeezed("2019-2020 87,0 % > 95,0 % chưa đạt"), squeezed("trong nửa nhiệm kỳ cuối"));

    try (org.apache.poi.ss.usermodel.Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
        workspace.reports().resolve("tong-ket-2019-2020-DNO.xlsx").toFile())) {
      List<Double> numbers = new java.util.ArrayList<>();
      workbook.getSheet("Chỉ số").forEach(row -> row.forEach(cell -> {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
          numbers.add(cell.getNumericCellValue());
        }
      }));
      assertThat(numbers).contains(0.94, 0.87, 1880.0, 2000.0, 7308.0, 8400.0);
    }
  }

  /**
   * Every view of the analysts' console, its column names and every value of its text columns,
   * against the officers' and individual award recipients' names of the restricted store: none
   * appears (as a whole value or as consecutive words inside one), and no whole-number column
   * reads as birth years.
   */
  @Test
  void noViewOfTheConsoleHoldsANameOrABirthYear() {
    Path stagingVersion = new vn.cdgd.store.VersionedStore(workspace.staging()).current().orElseThrow();
    Path twin = new vn.cdgd.staging.RestrictedStore(workspace.restricted()).of(stagingVersion).orElseThrow();
    Set<String> names = new java.util.HashSet<>();
    Duck.query("select full_name from '" + twin.resolve("stg_officer_identity") + "/*/*.parquet' where full_name is not null"
        + " union select r.recipient_name from '" + twin.resolve("stg_award_recipient") + "/*/*.parquet' r join '"
        + stagingVersion.resolve("stg_award") + "/*/*.parquet' a using (submission_id, row_number)"
        + " where a.recipient_type = 'Cá nhân' and r.recipient_name is not null")
        .forEach(row -> names.add(row.get(0).strip()));
    // Schools named after historical figures (Trường Tiểu học Bùi Thị Xuân) are public names: a
    // person who shares one is not found through it.
    List<String> unitNames = Duck.query("select name from read_csv('" + workspace.unitRegister() + "', header = true)")
        .stream().map(row -> row.get(0)).toList();
    names.removeIf(name -> unitNames.stream().anyMatch(unit -> unit.contains(name)));
    List<List<String>> years = Duck.query("select min(birth_year), max(birth_year), count(distinct birth_year) from '"
        + twin.resolve("stg_officer_identity") + "/*/*.parquet'");
    int oldest = Integer.parseInt(years.get(0).get(0));
    int youngest = Integer.parseInt(years.get(0).get(1));
    assertThat(names).hasSizeGreaterThan(1000);
    assertThat(Integer.parseInt(years.get(0).get(2))).isGreaterThan(10);

    int valuesSeen = 0;
    try (vn.cdgd.sql.WarehouseConsole console = vn.cdgd.sql.WarehouseConsole.open(workspace)) {
      assertThat(console.views()).contains("fct_award", "fct_officer_training", "mart_indicator", "dim_unit");
      for (String view : console.views()) {
        for (List<Object> column : console.query("select column_name, data_type from information_schema.columns"
            + " where table_name = '" + view + "'").rows()) {
          String name = (String) column.get(0);
          String type = (String) column.get(1);
          assertThat(name).as(view).doesNotContain("full_name", "birth", "recipient_name", "ho_ten", "nam_sinh");
          if (type.equals("VARCHAR")) {
            for (List<Object> value : console.query("select distinct \"" + name + "\" from " + view
                + " where \"" + name + "\" is not null").rows()) {
              assertThat(nameInside((String) value.get(0), names)).as(view + "." + name + " = " + value.get(0)).isNull();
              valuesSeen++;
            }
          } else if (type.equals("INTEGER") || type.equals("BIGINT")) {
            List<Object> range = console.query("select min(\"" + name + "\"), max(\"" + name + "\"), count(distinct \""
                + name + "\") from " + view).rows().get(0);
            boolean looksLikeBirthYears = range.get(0) != null
                && ((Number) range.get(0)).intValue() >= oldest && ((Number) range.get(1)).intValue() <= youngest
                && ((Number) range.get(2)).intValue() > 10;
            assertThat(looksLikeBirthYears).as(view + "." + name + " reads as birth years").isFalse();
          }
        }
      }
    }
    assertThat(valuesSeen).isGreaterThan(1000);
  }

  /** The name found in a text as the whole text or as consecutive words of it, or null. */
  private static String nameInside(String text, Set<String> names) {
    String[] words = text.strip().split("[\\s|,;/()._-]+");
    for (int from = 0; from < words.length; from++) {
      StringBuilder candidate = new StringBuilder();
      for (int to = from; to < Math.min(words.length, from + 6); to++) {
        candidate.append(to == from ? "" : " ").append(words[to]);
        if (to > from && names.contains(candidate.toString())) {
          return candidate.toString();
        }
      }
    }
    return names.contains(text.strip()) ? text.strip() : null;
  }

  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  static String pdfText(Path pdf) throws Exception {
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
    try {
      com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }
}
