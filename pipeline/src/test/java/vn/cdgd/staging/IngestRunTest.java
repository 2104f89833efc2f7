package vn.cdgd.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
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

/** Ingest end to end on a small folder that holds the cases of a real inbox. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestRunTest extends SparkTestBase {
  private static final FormDefinition FORM = TestWorkspace.form();

  @TempDir static Path root;
  private Workspace workspace;
  private Path inbox;
  private IngestRun.Summary first;
  private IngestRun.Summary second;
  private List<List<String>> stagingAfterFirst;

  @BeforeAll
  void ingestTheInboxTwice() throws Exception {
    workspace = TestWorkspace.create(root.resolve("ws"));
    TestRegister.register().write(workspace.unitRegister());

    inbox = root.resolve("inbox");
    Files.createDirectories(inbox.resolve("2019-2020/Gia Nghĩa"));
    write("2018-2019/nguyen-du.xlsx", new FormWorkbook(FORM).year("2018-2019").set("A02", 20, 15).set("A01", 25, 18).set("C01", 10, null).bytes());
    write("2019-2020/Gia Nghĩa/Nguyễn Du lần 1.xlsx", new FormWorkbook(FORM).bytes());
    write("2019-2020/Gia Nghĩa/Nguyễn Du lần 2.xlsx", new FormWorkbook(FORM).set("A03", 3, 2).bytes());
    write("2019-2020/Gia Nghĩa/bản sao lần 2.xlsx", Files.readAllBytes(inbox.resolve("2019-2020/Gia Nghĩa/Nguyễn Du lần 2.xlsx")));
    write("2019-2020/hoa-sen.xlsx", new FormWorkbook(FORM).unit("DNO0002").set("A02", 38, 39).bytes());
    byte[] good = new FormWorkbook(FORM).unit("DNO0002").bytes();
    write("2019-2020/hong.xlsx", Arrays.copyOf(good, good.length / 3));
    write("2019-2020/ghi chu.txt", "nhớ gọi lại".getBytes(StandardCharsets.UTF_8));
    Files.writeString(inbox.resolve("manifest.csv"),
        "file,received_at\n"
            + "2018-2019/nguyen-du.xlsx,2019-09-20T08:00:00\n"
            + "2019-2020/Gia Nghĩa/Nguyễn Du lần 1.xlsx,2020-09-10T08:00:00\n"
            + "2019-2020/Gia Nghĩa/Nguyễn Du lần 2.xlsx,2020-09-25T15:30:00\n");

    first = IngestRun.run(WorkspaceConfig.load(workspace), inbox, SparkTestBase::spark, ProgressSink.NONE);
    stagingAfterFirst = snapshot();
    second = IngestRun.run(WorkspaceConfig.load(workspace), inbox, () -> {
      throw new AssertionError("Spark was started for a folder with nothing new");
    }, ProgressSink.NONE);
  }

  @Test
  void listsWhoHasNotReportedInTheLatestYearForTheReminderCalls() {
    // 2019-2020 expects DNO0001 and DNO0002 (DNO0003 closed in 2019): both sent files.
    MissingReports.Report report = first.missing().orElseThrow();
    assertThat(report.year().label()).isEqualTo("2019-2020");
    assertThat(report.expected()).isEqualTo(2);
    List<List<String>> accepted = Duck.query("select distinct unit_code from " + table("stg_submission")
        + " where school_year = '2019-2020' and status = 'accepted' order by 1");
    assertThat(report.missingCount()).isEqualTo(2 - accepted.size());
    assertThat(first.reportFolder().resolve("chua-nop-2019-2020.xlsx")).isRegularFile();
    assertThat(second.missing()).contains(report);
  }

  private void write(String relative, byte[] bytes) throws Exception {
    Path file = inbox.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private String table(String name) {
    return "'" + workspace.staging().resolve("current").resolve(name) + "/*/*.parquet'";
  }

  private List<List<String>> snapshot() {
    return Duck.query(
        "select s.submission_id, s.file, s.status, s.is_current, s.warning_count,"
            + " (select count(*) from " + table("stg_figure") + " f where f.submission_id = s.submission_id),"
            + " (select count(*) from " + table("stg_issue") + " i where i.submission_id = s.submission_id)"
            + " from " + table("stg_submission") + " s order by s.file");
  }

  @Test
  void countsWhatItReadAndListsWhatItSkipped() {
    assertThat(first.filesRead()).isEqualTo(6);
    // The copy is one submission with the file it copies, and the summary names both.
    assertThat(first.duplicates()).containsExactly(new IngestRun.Duplicate(
        "2019-2020/Gia Nghĩa/bản sao lần 2.xlsx", "2019-2020/Gia Nghĩa/Nguyễn Du lần 2.xlsx"));
    assertThat(first.skipped()).extracting(FileInventory.Skipped::relativePath).containsExactly("2019-2020/ghi chu.txt");
    // The copy has the same bytes as "lần 2": one submission, not two.
    assertThat(first.accepted()).isEqualTo(3);
    assertThat(first.rejected()).isEqualTo(2);
  }

  @Test
  void theNewerSubmissionReplacesTheOlderAndBothStayInTheHistory() {
    List<List<String>> rows =
        Duck.query("select file, status, is_current from " + table("stg_submission")
            + " where unit_code = 'DNO0001' and school_year = '2019-2020' order by received_at");
    assertThat(rows).containsExactly(
        List.of("2019-2020/Gia Nghĩa/Nguyễn Du lần 1.xlsx", "accepted", "false"),
        List.of("2019-2020/Gia Nghĩa/Nguyễn Du lần 2.xlsx", "accepted", "true"));
  }

  @Test
  void warnsWhenMembersChangeByMoreThanThirtyPercent() {
    List<List<String>> rows =
        Duck.query("select cell, field_code, message from " + table("stg_issue")
            + " where rule = 'outlier'");
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.get(0)).isEqualTo("E8");
      assertThat(row.get(1)).isEqualTo("A02");
      assertThat(row.get(2)).contains("là 38, năm học trước là 20 (tăng 90 %");
    });
    assertThat(Duck.single("select warning_count from " + table("stg_submission") + " where is_current and unit_code = 'DNO0001' and school_year = '2019-2020'"))
        .isEqualTo("1");
  }

  @Test
  void keepsRejectedFilesWithTheirErrors() throws Exception {
    Path kept = workspace.rejected().resolve("2019-2020/hoa-sen.xlsx");
    assertThat(kept).exists().hasSameBinaryContentAs(inbox.resolve("2019-2020/hoa-sen.xlsx"));
    assertThat(Files.readString(kept.resolveSibling("hoa-sen.xlsx.loi.txt"))).contains("Số liệu F8").contains("số nữ (39)");
    assertThat(workspace.rejected().resolve("2019-2020/hong.xlsx")).exists();
    assertThat(workspace.rejected().resolve("2019-2020/Gia Nghĩa")).doesNotExist();
  }

  @Test
  void writesTheErrorReportsAndFeedbackPerUnit() throws Exception {
    Path reports = workspace.reports().resolve("kiem-tra");
    String csv = Files.readString(reports.resolve("bao-cao-loi.csv"), StandardCharsets.UTF_8);
    assertThat(csv).contains("\"2019-2020\",\"DNO0002\",\"Công đoàn trường Mầm non tư thục Hoa Sen\",\"2019-2020/hoa-sen.xlsx\",\"Số liệu\",\"F8\",\"A02\",\"39\",\"women_above_total\",\"lỗi\"");
    assertThat(csv).contains("file_unreadable");
    assertThat(reports.resolve("bao-cao-loi.xlsx")).isNotEmptyFile();
    try (var files = Files.list(reports.resolve("phan-hoi"))) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .contains("DNO0002 - Công đoàn trường Mầm non tư thục Hoa Sen - 2019-2020.xlsx");
    }
  }

  @Test
  void ingestingTheSameFolderTwiceGivesTheSameStagingWithoutReadingAnythingAgain() {
    assertThat(snapshot()).isEqualTo(stagingAfterFirst);
    // Nothing new: no Spark (the second run's session supplier fails the test), no new version.
    assertThat(new VersionedStore(workspace.staging()).versions()).hasSize(1);
    assertThat(second.alreadyStaged()).isEqualTo(6);
    assertThat(List.of(second.filesRead(), second.accepted(), second.acceptedWithWarnings(), second.rejected(),
            second.errors(), second.warnings(), second.feedbackFiles()))
        .isEqualTo(List.of(first.filesRead(), first.accepted(), first.acceptedWithWarnings(), first.rejected(),
            first.errors(), first.warnings(), first.feedbackFiles()));
  }

  @Test
  void aRunWithNothingNewLeavesTheErrorReportsAsTheyAreUnlessOneIsMissingOrTheConfigurationChanged(@TempDir Path dir)
      throws Exception {
    Workspace own = TestWorkspace.create(dir.resolve("ws"));
    TestRegister.register().write(own.unitRegister());
    Path folder = Files.createDirectories(dir.resolve("inbox"));
    Files.write(folder.resolve("a.xlsx"), new FormWorkbook(FORM).bytes());
    Files.write(folder.resolve("b.xlsx"), new FormWorkbook(FORM).unit("DNO0002").set("A02", 38, 39).bytes());
    IngestRun.Summary first = IngestRun.run(WorkspaceConfig.load(own), folder, SparkTestBase::spark, ProgressSink.NONE);
    Path reports = own.reports().resolve("kiem-tra");
    Path workbook = reports.resolve("bao-cao-loi.xlsx");
    Path feedback;
    try (var files = Files.list(reports.resolve("phan-hoi"))) {
      feedback = files.findFirst().orElseThrow();
    }
    // Marked as old: a rewrite would give them a new time.
    java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(0);
    Path missingList;
    try (var files = Files.list(reports)) {
      missingList = files.filter(f -> f.getFileName().toString().startsWith("chua-nop-")).findFirst().orElseThrow();
    }
    Files.setLastModifiedTime(workbook, old);
    Files.setLastModifiedTime(feedback, old);
    Files.setLastModifiedTime(missingList, old);
    java.util.function.Supplier<org.apache.spark.sql.SparkSession> noSpark = () -> {
      throw new AssertionError("Spark was started for a folder with nothing new");
    };

    IngestRun.Summary again = IngestRun.run(WorkspaceConfig.load(own), folder, noSpark, ProgressSink.NONE);
    assertThat(Files.getLastModifiedTime(workbook)).isEqualTo(old);
    assertThat(Files.getLastModifiedTime(feedback)).isEqualTo(old);
    assertThat(Files.getLastModifiedTime(missingList)).isEqualTo(old);
    assertThat(again.feedbackFiles()).isEqualTo(first.feedbackFiles()).isEqualTo(1);

    Files.delete(feedback);
    IngestRun.run(WorkspaceConfig.load(own), folder, noSpark, ProgressSink.NONE);
    assertThat(feedback).isNotEmptyFile();
    assertThat(Files.getLastModifiedTime(workbook)).isNotEqualTo(old);

    Files.setLastModifiedTime(workbook, old);
    Path settings = own.settingsFile();
    Files.writeString(settings, Files.readString(settings) + "\n# đổi cấu hình\n", StandardCharsets.UTF_8);
    IngestRun.run(WorkspaceConfig.load(own), folder, noSpark, ProgressSink.NONE);
    assertThat(Files.getLastModifiedTime(workbook)).isNotEqualTo(old);
  }

  @Test
  void stagingIsPlainParquetThatDuckDbReads() {
    assertThat(Duck.single("select count(*) from " + table("stg_figure") + " where submission_id in (select submission_id from " + table("stg_submission") + " where status = 'accepted')"))
        .isEqualTo(String.valueOf(3 * FORM.fields().size()));
    assertThat(Duck.single("select count(*) from " + table("stg_officer"))).isEqualTo("20");
  }

  @Test
  void aNewFileIsReadAloneAndAChangedRegisterMakesEveryFileReadAgain(@TempDir Path dir) throws Exception {
    Workspace own = TestWorkspace.create(dir.resolve("ws"));
    TestRegister.register().write(own.unitRegister());
    Path folder = Files.createDirectories(dir.resolve("inbox"));
    Files.write(folder.resolve("a.xlsx"), new FormWorkbook(FORM).bytes());
    Files.write(folder.resolve("b.xlsx"), new FormWorkbook(FORM).unit("DNO0002").bytes());
    IngestRun.run(WorkspaceConfig.load(own), folder, SparkTestBase::spark, ProgressSink.NONE);

    Files.write(folder.resolve("c.xlsx"), new FormWorkbook(FORM).year("2018-2019").bytes());
    FolderStatus.Report status = FolderStatus.of(WorkspaceConfig.load(own), folder);
    assertThat(status.files()).extracting(FolderStatus.Entry::file, FolderStatus.Entry::state).containsExactly(
        org.assertj.core.groups.Tuple.tuple("a.xlsx", FolderStatus.State.ACCEPTED),
        org.assertj.core.groups.Tuple.tuple("b.xlsx", FolderStatus.State.ACCEPTED),
        org.assertj.core.groups.Tuple.tuple("c.xlsx", FolderStatus.State.NEW));
    IngestRun.Summary withNewFile = IngestRun.run(WorkspaceConfig.load(own), folder, SparkTestBase::spark, ProgressSink.NONE);
    assertThat(withNewFile.alreadyStaged()).isEqualTo(2);
    assertThat(withNewFile.accepted()).isEqualTo(3);
    assertThat(Duck.single("select count(*) from '" + own.staging().resolve("current/stg_submission")
        + "/*/*.parquet'")).isEqualTo("3");

    Files.write(folder.resolve("b.xlsx"), new FormWorkbook(FORM).unit("DNO0002").set("A03", 1, 1).bytes());
    assertThat(FolderStatus.of(WorkspaceConfig.load(own), folder).files()).extracting(FolderStatus.Entry::state)
        .containsExactly(FolderStatus.State.ACCEPTED, FolderStatus.State.CHANGED, FolderStatus.State.ACCEPTED);
    Files.writeString(own.unitRegister(), Files.readString(own.unitRegister()) + "\n", StandardCharsets.UTF_8);
    assertThat(FolderStatus.of(WorkspaceConfig.load(own), folder).count(FolderStatus.State.TO_READ_AGAIN)).isEqualTo(2);
    IngestRun.Summary afterRegisterChange = IngestRun.run(WorkspaceConfig.load(own), folder, SparkTestBase::spark, ProgressSink.NONE);
    assertThat(afterRegisterChange.alreadyStaged()).isZero();
    // b.xlsx's first version stays in the history, replaced by the new one.
    assertThat(afterRegisterChange.accepted()).isEqualTo(3);

    java.io.StringWriter printed = new java.io.StringWriter();
    picocli.CommandLine cli = vn.cdgd.cli.Main.commandLine();
    cli.setOut(new java.io.PrintWriter(printed));
    assertThat(cli.execute("status", folder.toString(), "--workspace", own.root().toString())).isZero();
    assertThat(printed.toString())
        .contains("3 tệp báo cáo:", "  đã tiếp nhận: 3", "Không có gì mới: cdgd ingest sẽ không đọc lại tệp nào.");
  }
}
