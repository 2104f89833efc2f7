package vn.cdgd.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.Duck;
import vn.cdgd.SparkTestBase;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.ingest.FormWorkbook;
import vn.cdgd.ingest.TestRegister;
import vn.cdgd.store.VersionedStore;

/**
 * Staging laid out by school year: three ingests that each bring files of some years rewrite only
 * those years (and the year after, whose outlier warnings compare with them), carry the other
 * years' files over as the same files, and publish the same rows as one ingest of every file.
 *
 * <p>Run 1: Nguyễn Du and Hoa Sen, 2019-2020. Run 2: Nguyễn Du 2018-2019, whose 20 members make
 * Nguyễn Du's 38 of 2019-2020 an outlier: 2019-2020 is rewritten, no file is carried. Run 3: a
 * newer Hoa Sen 2019-2020 and Nguyễn Du 2021-2022: 2018-2019 is carried, 2019-2020 rewritten (its
 * outlier warning counted once, not once per run), 2021-2022 written. The same files ingested in
 * another workspace, all but the last at once, that version turned into the layout of staging
 * written before years had folders, then the last file: the same rows as the three runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StagingByYearTest extends SparkTestBase {
  private static final FormDefinition FORM = TestWorkspace.form();
  private static final LocalDate TODAY = LocalDate.of(2022, 10, 1);
  private static final List<String> TABLES = List.of(StagingTables.SUBMISSION, StagingTables.FIGURE,
      StagingTables.AWARD, StagingTables.OFFICER, StagingTables.ISSUE);

  @TempDir static Path root;
  private Workspace stepwise;
  private Workspace whole;
  private Path inbox;
  private Path second;
  private Path third;
  private final Map<String, List<Object>> restrictedFilesOf2018 = new TreeMap<>();
  private Path thirdHalf;
  private int jobsOfThirdRun;
  private int submissionsReadInTheFlatVersion;

  @BeforeAll
  void ingestInThreeRunsAndInOne() throws Exception {
    stepwise = TestWorkspace.create(root.resolve("stepwise"));
    whole = TestWorkspace.create(root.resolve("whole"));
    TestRegister.register().write(stepwise.unitRegister());
    TestRegister.register().write(whole.unitRegister());
    inbox = Files.createDirectories(root.resolve("inbox"));
    Map<String, String> received = new TreeMap<>();

    add(received, "nguyen-du-2019.xlsx", "2020-09-20T08:00:00", new FormWorkbook(FORM).set("A02", 38, 20)
        .award("Bằng khen", "LĐLĐ tỉnh", "Cá nhân", "Lê Thị Mai", "Nữ", "", LocalDate.of(2020, 10, 6)).bytes());
    add(received, "hoa-sen-2019.xlsx", "2020-09-21T08:00:00", new FormWorkbook(FORM).unit("DNO0002").bytes());
    ingest(stepwise);

    add(received, "nguyen-du-2018.xlsx", "2019-09-20T08:00:00",
        new FormWorkbook(FORM).year("2018-2019").set("A02", 20, 15).set("A01", 25, 18).set("C01", 10, null)
            .award("Bằng khen", "LĐLĐ tỉnh", "Cá nhân", "Trần Văn Bình", "Nam", "", LocalDate.of(2019, 10, 6)).bytes());
    ingest(stepwise);
    second = current(stepwise);
    // Only the twin of the current version is kept: remember its files' identities before the next run.
    Path secondHalf = new RestrictedStore(stepwise.restricted()).of(second).orElseThrow();
    for (String table : StagingTables.RESTRICTED_SCHEMAS.keySet()) {
      List<Object> keys = new java.util.ArrayList<>();
      for (Path file : StagingLayout.parquetFiles(secondHalf.resolve(table).resolve("2018-2019"))) {
        keys.add(Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
      }
      restrictedFilesOf2018.put(table, keys);
    }

    add(received, "hoa-sen-2019-lan-2.xlsx", "2020-09-28T08:00:00",
        new FormWorkbook(FORM).unit("DNO0002").set("A03", 3, 2).bytes());
    add(received, "nguyen-du-2021.xlsx", "2021-09-20T08:00:00", new FormWorkbook(FORM).year("2021-2022").bytes());
    try (SparkJobCounter jobs = SparkJobCounter.on(spark())) {
      ingest(stepwise);
      jobsOfThirdRun = jobs.count();
    }
    third = current(stepwise);
    thirdHalf = new RestrictedStore(stepwise.restricted()).of(third).orElseThrow();

    // The whole workspace first ingests every file but the last one, and its version is then laid
    // out as staging was before the layout by year (files directly in each table's folder).
    Path early = Files.createDirectories(root.resolve("early"));
    StringBuilder manifest = new StringBuilder("file,received_at\n");
    for (Map.Entry<String, String> file : received.entrySet()) {
      if (!file.getKey().equals("nguyen-du-2021.xlsx")) {
        Files.copy(inbox.resolve(file.getKey()), early.resolve(file.getKey()));
        manifest.append(file.getKey()).append(',').append(file.getValue()).append('\n');
      }
    }
    Files.writeString(early.resolve("manifest.csv"), manifest);
    IngestRun.run(WorkspaceConfig.load(whole), early, SparkTestBase::spark, ProgressSink.NONE, TODAY);
    Path flat = current(whole);
    flatten(flat, StagingTables.SCHEMAS.keySet());
    flatten(new RestrictedStore(whole.restricted()).of(flat).orElseThrow(), StagingTables.RESTRICTED_SCHEMAS.keySet());
    submissionsReadInTheFlatVersion = new StagedRows(whole.output().resolve(".duckdb")).all(flat).size();
    ingest(whole);
  }

  private static void flatten(Path version, java.util.Set<String> tables) throws Exception {
    for (String table : tables) {
      for (String bucket : StagingLayout.buckets(version.resolve(table))) {
        for (Path file : StagingLayout.parquetFiles(version.resolve(table).resolve(bucket))) {
          Files.move(file, version.resolve(table).resolve("part-" + bucket + "-" + file.getFileName()));
        }
        Files.delete(version.resolve(table).resolve(bucket));
      }
      assertThat(StagingLayout.flat(version.resolve(table))).isTrue();
    }
  }

  private void add(Map<String, String> received, String file, String at, byte[] bytes) throws Exception {
    Files.write(inbox.resolve(file), bytes);
    received.put(file, at);
    StringBuilder manifest = new StringBuilder("file,received_at\n");
    received.forEach((f, t) -> manifest.append(f).append(',').append(t).append('\n'));
    Files.writeString(inbox.resolve("manifest.csv"), manifest);
  }

  private void ingest(Workspace workspace) {
    IngestRun.run(WorkspaceConfig.load(workspace), inbox, SparkTestBase::spark, ProgressSink.NONE, TODAY);
  }

  private static Path current(Workspace workspace) {
    return new VersionedStore(workspace.staging()).current().orElseThrow();
  }

  @Test
  void eachTableHasOneFolderPerSchoolYearWithTheColumnKeptInside() {
    for (String table : TABLES) {
      // A year without any row of a table (no issue that year) has no folder in it; a table
      // that had no row at all got an empty file in the folder of rows without a year.
      assertThat(StagingLayout.buckets(third.resolve(table))).as(table)
          .isSubsetOf("2018-2019", "2019-2020", "2021-2022", StagingLayout.NO_YEAR).contains("2019-2020");
      assertThat(StagingLayout.flat(third.resolve(table))).as(table).isFalse();
    }
    for (String table : List.of(StagingTables.SUBMISSION, StagingTables.FIGURE, StagingTables.OFFICER)) {
      assertThat(StagingLayout.buckets(third.resolve(table))).as(table)
          .containsExactly("2018-2019", "2019-2020", "2021-2022");
      assertThat(StagingLayout.parquetFiles(third.resolve(table).resolve("2021-2022")))
          .extracting(p -> p.getFileName().toString()).containsExactly("part-00000.parquet");
    }
    assertThat(Duck.query("select distinct school_year from '" + third.resolve("stg_figure/2018-2019/*.parquet") + "'"))
        .containsExactly(List.of("2018-2019"));
  }

  @Test
  void theYearsNotTouchedAreTheSameFilesAsInThePreviousVersion() throws Exception {
    for (String table : TABLES) {
      List<Path> before = StagingLayout.parquetFiles(second.resolve(table).resolve("2018-2019"));
      List<Path> after = StagingLayout.parquetFiles(third.resolve(table).resolve("2018-2019"));
      assertThat(after).as(table).hasSameSizeAs(before);
      if (!table.equals(StagingTables.ISSUE)) {
        assertThat(after).as(table).isNotEmpty();
      }
      for (int i = 0; i < after.size(); i++) {
        assertThat(Files.isSameFile(after.get(i), before.get(i))).as(after.get(i).toString()).isTrue();
      }
      if (table.equals(StagingTables.ISSUE)) {
        continue;
      }
      // The year the run touched is a new file.
      Path rewritten = StagingLayout.parquetFiles(third.resolve(table).resolve("2019-2020")).get(0);
      Path earlier = StagingLayout.parquetFiles(second.resolve(table).resolve("2019-2020")).get(0);
      assertThat(Files.isSameFile(rewritten, earlier)).as(table + " 2019-2020").isFalse();
    }
    for (String table : StagingTables.RESTRICTED_SCHEMAS.keySet()) {
      List<Object> after = new java.util.ArrayList<>();
      for (Path file : StagingLayout.parquetFiles(thirdHalf.resolve(table).resolve("2018-2019"))) {
        after.add(Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
      }
      assertThat(after).as(table).isNotEmpty().isEqualTo(restrictedFilesOf2018.get(table));
    }
  }

  @Test
  void aVersionWrittenBeforeTheLayoutIsReadAndTheNextIngestRewritesItByYear() {
    assertThat(submissionsReadInTheFlatVersion).isEqualTo(4);
    for (String table : TABLES) {
      assertThat(StagingLayout.flat(current(whole).resolve(table))).as(table).isFalse();
    }
    for (String table : List.of(StagingTables.SUBMISSION, StagingTables.FIGURE, StagingTables.OFFICER)) {
      assertThat(StagingLayout.buckets(current(whole).resolve(table))).as(table)
          .containsExactly("2018-2019", "2019-2020", "2021-2022");
    }
  }

  /** The whole workspace's last version comes from a flat one plus the last file: the same rows all the same. */
  @Test
  void threeRunsPublishTheSameRowsAsOneRunOfEveryFile() {
    assertThat(rows(current(whole), TABLES)).isEqualTo(rows(third, TABLES));
    Path wholeHalf = new RestrictedStore(whole.restricted()).of(current(whole)).orElseThrow();
    List<String> restrictedTables = List.copyOf(StagingTables.RESTRICTED_SCHEMAS.keySet());
    assertThat(rows(wholeHalf, restrictedTables)).isEqualTo(rows(thirdHalf, restrictedTables));
  }

  @Test
  void anOutlierWarningIsCountedOnceHoweverOftenItsYearIsRewritten() {
    assertThat(Duck.query("select file, warning_count, is_current from '" + third.resolve("stg_submission/*/*.parquet")
        + "' where school_year = '2019-2020' order by file")).containsExactly(
            List.of("hoa-sen-2019-lan-2.xlsx", "0", "true"),
            List.of("hoa-sen-2019.xlsx", "0", "false"),
            List.of("nguyen-du-2019.xlsx", "1", "true"));
    assertThat(Duck.query("select file, cell from '" + third.resolve("stg_issue/*/*.parquet") + "' where rule = 'outlier'"))
        .containsExactly(List.of("nguyen-du-2019.xlsx", "E8"));
  }

  @Test
  void aBatchCostsOneSparkJob() {
    // The tasks parse and write their runs; the driver merges them into the tables without Spark.
    assertThat(jobsOfThirdRun).isEqualTo(1);
  }

  /**
   * The same files ingested at once into a new workspace give the same bytes, file for file, as
   * the three runs (whose untouched years were carried); the tasks' scratch runs are gone.
   */
  @Test
  void theSameSubmissionsGiveTheSameFilesByteForByte() throws Exception {
    Workspace once = TestWorkspace.create(root.resolve("once"));
    TestRegister.register().write(once.unitRegister());
    ingest(once);
    Path onceVersion = current(once);
    Path onceHalf = new RestrictedStore(once.restricted()).of(onceVersion).orElseThrow();
    assertSameFiles(onceVersion, third);
    assertSameFiles(onceHalf, thirdHalf);
  }

  private static void assertSameFiles(Path expected, Path actual) throws Exception {
    List<String> names = files(expected);
    assertThat(files(actual)).isEqualTo(names);
    assertThat(names).isNotEmpty().allMatch(n -> n.endsWith("/part-00000.parquet") && !n.contains(ParseTask.RUNS));
    for (String name : names) {
      assertThat(Files.mismatch(expected.resolve(name), actual.resolve(name))).as(name).isEqualTo(-1L);
    }
  }

  private static List<String> files(Path version) throws Exception {
    try (var walk = Files.walk(version)) {
      return walk.filter(Files::isRegularFile).map(f -> version.relativize(f).toString()).sorted().toList();
    }
  }

  private static Map<String, List<List<String>>> rows(Path version, List<String> tables) {
    Map<String, List<List<String>>> rows = new TreeMap<>();
    for (String table : tables) {
      rows.put(table, Duck.query("select * from read_parquet('"
          + StagingLayout.duckDbGlob(version.resolve(table)) + "') order by all"));
    }
    return rows;
  }
}
