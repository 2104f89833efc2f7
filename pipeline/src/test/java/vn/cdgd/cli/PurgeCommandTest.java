package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.cdgd.Duck;
import vn.cdgd.FileTree;
import vn.cdgd.SparkTestBase;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.ingest.FormWorkbook;
import vn.cdgd.ingest.TestRegister;
import vn.cdgd.staging.IngestRun;
import vn.cdgd.staging.ProgressSink;
import vn.cdgd.staging.RestrictedStore;
import vn.cdgd.store.VersionedStore;

/**
 * Names and birth years leave staging for the restricted store, published with it; the retention
 * ({@code personal_data.keep_years}, 5 here) keeps them out of it past their time, at ingest and by
 * {@code cdgd purge}. Two school years of one school, five officers and one award each: ingested on
 * 01/10/2020 (both years kept) twice, then purged on 01/10/2023 (2018-2019 is older than the five
 * years from 2023-2024 back to 2019-2020), then ingested again on that day.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PurgeCommandTest extends SparkTestBase {
  private static final FormDefinition FORM = TestWorkspace.form();
  private static final LocalDate IN_2020 = LocalDate.of(2020, 10, 1);
  private static final LocalDate IN_2023 = LocalDate.of(2023, 10, 1);

  @TempDir static Path root;
  private Workspace workspace;
  private Path inbox;
  private Path firstStaging;
  private List<List<String>> identitiesAfterFirst;
  private List<List<String>> identitiesAfterSecond;
  private List<String> restrictedVersionsAfterSecond;
  private Map<String, String> beforeDryRun;
  private Map<String, String> afterDryRun;
  private String dryRun;
  private String purge;
  private List<List<String>> officersBeforePurge;
  private List<List<String>> identitiesAfterPurge;
  private List<List<String>> officersAfterPurge;
  private List<List<String>> identitiesAfterLastIngest;
  private String purgeAgain;

  @BeforeAll
  void ingestPurgeAndIngestAgain() throws Exception {
    workspace = TestWorkspace.create(root.resolve("ws"));
    TestRegister.register().write(workspace.unitRegister());
    inbox = root.resolve("inbox");
    Files.createDirectories(inbox);
    Files.write(inbox.resolve("2018.xlsx"), new FormWorkbook(FORM).year("2018-2019")
        .award("Giấy khen", "Công đoàn ngành", "Cá nhân", "Trần Văn Bình", "Nam", "", LocalDate.of(2019, 10, 6)).bytes());
    Files.write(inbox.resolve("2019.xlsx"), new FormWorkbook(FORM)
        .award("Bằng khen", "LĐLĐ tỉnh", "Cá nhân", "Lê Thị Mai", "Nữ", "", LocalDate.of(2020, 10, 6)).bytes());

    IngestRun.run(WorkspaceConfig.load(workspace), inbox, SparkTestBase::spark, ProgressSink.NONE, IN_2020);
    firstStaging = current();
    identitiesAfterFirst = identities();
    IngestRun.run(WorkspaceConfig.load(workspace), inbox, SparkTestBase::spark, ProgressSink.NONE, IN_2020);
    identitiesAfterSecond = identities();
    restrictedVersionsAfterSecond = listing(workspace.restricted().resolve("versions"));
    officersBeforePurge = officers();

    beforeDryRun = stores();
    dryRun = purge(true, IN_2023);
    afterDryRun = stores();
    purge = purge(false, IN_2023);
    identitiesAfterPurge = identities();
    officersAfterPurge = officers();
    purgeAgain = purge(false, IN_2023);

    IngestRun.run(WorkspaceConfig.load(workspace), inbox, SparkTestBase::spark, ProgressSink.NONE, IN_2023);
    identitiesAfterLastIngest = identities();
  }

  @Test
  void stagingKeepsTheRosterWithoutNamesOrBirthYears() {
    assertThat(columns(current().resolve("stg_officer")))
        .contains("submission_id", "row_number", "role", "gender", "trained", "last_training_date")
        .doesNotContain("full_name", "birth_year", "birth_year_raw");
    assertThat(columns(current().resolve("stg_award")))
        .contains("submission_id", "row_number", "form", "level", "recipient_type", "gender")
        .doesNotContain("recipient_name");
    assertThat(Duck.single("select count(*) from '" + current().resolve("stg_officer") + "/*/*.parquet'")).isEqualTo("10");
  }

  @Test
  void theRestrictedTwinOfStagingHoldsEveryNameAndBirthYear() throws Exception {
    Path twin = workspace.restricted().resolve("versions").resolve(firstStaging.getFileName());
    assertThat(identitiesAfterFirst).hasSize(12).contains(
        List.of("2018-2019", "Nguyễn Thị Hoa 0", "1980"), List.of("2019-2020", "Nguyễn Thị Hoa 4", "1984"),
        List.of("2018-2019", "Trần Văn Bình", "null"), List.of("2019-2020", "Lê Thị Mai", "null"));
    assertThat(twin).doesNotExist(); // replaced by the second ingest's twin
    assertThat(Files.getPosixFilePermissions(workspace.restricted())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    try (Stream<Path> walk = Files.walk(workspace.restricted())) {
      for (Path path : walk.toList()) {
        String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString()).isEqualTo(expected);
      }
    }
  }

  @Test
  void theSameBatchTwiceGivesTheSameRestrictedStoreAndOnlyTheCurrentTwinIsKept() {
    assertThat(identitiesAfterSecond).isEqualTo(identitiesAfterFirst);
    assertThat(restrictedVersionsAfterSecond).hasSize(1);
  }

  @Test
  void aDryRunSaysWhatItWouldRemoveAndChangesNoFile() {
    assertThat(afterDryRun).isEqualTo(beforeDryRun);
    assertThat(dryRun).isEqualTo("Thư mục làm việc: " + workspace.root() + "\n" + """
        Thời hạn lưu giữ dữ liệu cá nhân: 5 năm học (giữ từ năm học 2019-2020 trở về sau, theo personal_data.keep_years).
        Chạy thử (--dry-run), chưa xóa gì. Sẽ xóa khỏi vùng dữ liệu hạn chế:
          Năm học 2018-2019: họ tên và năm sinh của 5 cán bộ, tên của 1 người/tập thể được khen thưởng.
        Chạy lại không có --dry-run để xóa.
        """);
  }

  @Test
  void purgeRemovesTheOldYearsFromTheRestrictedStoreOnlyAndSaysSo() {
    assertThat(purge).contains("Đã xóa khỏi vùng dữ liệu hạn chế:",
        "Năm học 2018-2019: họ tên và năm sinh của 5 cán bộ, tên của 1 người/tập thể được khen thưởng.");
    assertThat(identitiesAfterPurge).hasSize(6).allSatisfy(row -> assertThat(row.get(0)).isEqualTo("2019-2020"));
    assertThat(identitiesAfterPurge).isEqualTo(identitiesAfterSecond.stream().filter(r -> r.get(0).equals("2019-2020")).toList());
    // Staging's own rows, and so every figure built from them, are untouched.
    assertThat(officersAfterPurge).isEqualTo(officersBeforePurge).hasSize(10);
    assertThat(listingOf(workspace.restricted().resolve("versions"))).containsExactly(current().getFileName().toString());
    assertThat(purgeAgain).contains("Không có dữ liệu cá nhân nào của năm học trước 2019-2020; không xóa gì.");
  }

  @Test
  void ingestLeavesYearsPastTheRetentionOutOfTheRestrictedStore() {
    assertThat(identitiesAfterLastIngest).isEqualTo(identitiesAfterPurge);
    assertThat(officers()).isEqualTo(officersBeforePurge);
  }

  /** Staging and the restricted store, file by file. */
  private Map<String, String> stores() {
    Map<String, String> files = new java.util.TreeMap<>(FileTree.snapshot(workspace.staging()));
    FileTree.snapshot(workspace.restricted()).forEach((file, content) -> files.put("restricted/" + file, content));
    return files;
  }

  private Path current() {
    return new VersionedStore(workspace.staging()).current().orElseThrow();
  }

  /** School year, name, birth year of every restricted row (officers and award recipients). */
  private List<List<String>> identities() {
    Path twin = new RestrictedStore(workspace.restricted()).of(current()).orElseThrow();
    return Duck.query("select school_year, full_name, birth_year::varchar from '"
        + twin.resolve("stg_officer_identity") + "/*/*.parquet' union all select school_year,"
        + " recipient_name, null from '" + twin.resolve("stg_award_recipient") + "/*/*.parquet' order by all");
  }

  private List<List<String>> officers() {
    return Duck.query("select school_year, row_number, role, gender, trained from '"
        + current().resolve("stg_officer") + "/*/*.parquet' order by all");
  }

  private static List<String> columns(Path table) {
    return Duck.query("select name from parquet_schema('" + table + "/*/*.parquet') where num_children is null")
        .stream().map(row -> row.get(0)).toList();
  }

  private static List<String> listing(Path folder) throws Exception {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> listingOf(Path folder) {
    try {
      return listing(folder);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String purge(boolean dryRun, LocalDate today) {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    PurgeCommand command = cli.getSubcommands().get("purge").getCommand();
    command.today = today;
    int code = dryRun
        ? cli.execute("purge", "--workspace", workspace.root().toString(), "--dry-run")
        : cli.execute("purge", "--workspace", workspace.root().toString());
    assertThat(code).isZero();
    return out.toString();
  }
}
