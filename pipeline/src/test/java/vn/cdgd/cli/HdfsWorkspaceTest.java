package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.cdgd.Duck;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.demo.DemoGenerator;
import vn.cdgd.demo.DemoPlan;
import vn.cdgd.files.MiniHdfs;
import vn.cdgd.files.WorkspaceFiles;
import vn.cdgd.staging.StagingTables;
import vn.cdgd.store.VersionedStore;

/**
 * A whole workspace on HDFS ({@code --workspace hdfs://127.0.0.1:<port>/dak-nong}, an in-process
 * MiniDFSCluster): {@code cdgd ingest} then {@code cdgd build} in local Spark mode publish the same
 * staging and warehouse, table by table and row by row, as the same commands on a local copy of the
 * workspace; rejected files, error reports and logs land on HDFS; {@code current} is a file naming
 * the version (HDFS has no links); {@code cdgd sql} and {@code cdgd report} read it (through a
 * local copy, DuckDB reads no HDFS); and the workspace lock works without file locks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HdfsWorkspaceTest {
  private static final long SEED = 20261203L;
  /** A school's folder as unions name them: Vietnamese letters and spaces. */
  private static final String SCHOOL_FOLDER = "Trường THCS Đắk Mil";

  @TempDir static Path root;
  private MiniHdfs hdfs;
  private Workspace onHdfs;
  private Workspace local;
  private final Map<String, String> output = new TreeMap<>();

  @BeforeAll
  void runOnHdfsAndLocally() throws Exception {
    local = TestWorkspace.create(root.resolve("local"));
    WorkspaceConfig config = WorkspaceConfig.load(local);
    DemoGenerator.of(config).write(DemoPlan.synthetic(config.form(), SEED, 8), local, config.submissions(), 1);
    moveOneWorkbookIntoASchoolFolder(config.submissions());

    hdfs = MiniHdfs.start(root.resolve("hdfs"));
    onHdfs = new Workspace(hdfs.path("/dak-nong"));
    WorkspaceFiles.copyTree(local.root(), onHdfs.root());

    long started = System.nanoTime();
    for (String command : List.of("ingest", "build")) {
      for (Workspace workspace : List.of(onHdfs, local)) {
        output.put(command + " " + workspace.root(), run(command, "--workspace", workspace.root().toString()));
        // Where the time goes; no assertion on it.
        System.out.printf("HdfsWorkspaceTest: %s on %s done at %.1f s%n", command,
            WorkspaceFiles.isLocal(workspace.root()) ? "a local folder" : "HDFS", (System.nanoTime() - started) / 1e9);
      }
    }
  }

  @AfterAll
  void stop() {
    if (hdfs != null) {
      hdfs.close();
    }
  }

  /** Moves a workbook (and its line of the manifest) into a folder with a Vietnamese name. */
  private static void moveOneWorkbookIntoASchoolFolder(Path submissions) throws IOException {
    Path workbook;
    try (Stream<Path> walk = Files.walk(submissions)) {
      workbook = walk.filter(p -> p.toString().endsWith(".xlsx")).sorted().findFirst().orElseThrow();
    }
    String before = submissions.relativize(workbook).toString();
    Path moved = submissions.resolve(SCHOOL_FOLDER).resolve("báo cáo " + workbook.getFileName());
    Files.createDirectories(moved.getParent());
    FileTime received = Files.getLastModifiedTime(workbook);
    Files.move(workbook, moved);
    Files.setLastModifiedTime(moved, received);
    Path manifest = submissions.resolve("manifest.csv");
    if (Files.exists(manifest)) {
      String text = Files.readString(manifest, StandardCharsets.UTF_8);
      Files.writeString(manifest, text.replace(before, submissions.relativize(moved).toString()), StandardCharsets.UTF_8);
    }
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    int code = cli.execute(args);
    assertThat(code).as("cdgd " + String.join(" ", args) + ":\n" + out).isZero();
    return out.toString();
  }

  @Test
  void theWorkspaceIsReallyOnHdfs() {
    assertThat(onHdfs.root().toString()).startsWith(hdfs.uri() + "/dak-nong");
    assertThat(WorkspaceFiles.isLocal(onHdfs.staging())).isFalse();
    // Messages name the files where they are.
    assertThat(output.get("ingest " + onHdfs.root())).contains(hdfs.uri() + "/dak-nong/output/");
  }

  @Test
  void hdfsPublishesTheSameStagingAndWarehouseAsALocalFolder() {
    assertSameTables(onHdfs.staging(), local.staging());
    Map<String, List<List<String>>> warehouse = assertSameTables(onHdfs.warehouse(), local.warehouse());
    assertThat(warehouse).containsKeys("fct_figure", "mart_indicator");
    assertThat(warehouse.get("fct_figure")).hasSizeGreaterThan(100);
  }

  @Test
  void theWorkbookInTheVietnameseFolderWasRead() {
    List<List<String>> files = Duck.query("select file, status from read_parquet('"
        + readable(onHdfs.staging()).resolve(StagingTables.SUBMISSION) + "/**/*.parquet') where file like '" + SCHOOL_FOLDER + "/%'");
    assertThat(files).hasSize(1);
    assertThat(files.get(0).get(0)).startsWith(SCHOOL_FOLDER + "/báo cáo ");
  }

  @Test
  void currentIsAFileNamingTheVersionOnHdfsAndALinkLocally() throws IOException {
    for (Path store : List.of(onHdfs.staging(), onHdfs.warehouse())) {
      Path current = store.resolve("current");
      assertThat(Files.isRegularFile(current)).as(current.toString()).isTrue();
      String id = Files.readString(current, StandardCharsets.UTF_8).strip();
      assertThat(new VersionedStore(store).current()).hasValue(store.resolve("versions").resolve(id));
      assertThat(Files.isDirectory(store.resolve("versions").resolve(id).resolve(
          store.equals(onHdfs.staging()) ? StagingTables.SUBMISSION : "fct_figure"))).isTrue();
    }
    assertThat(Files.isSymbolicLink(local.warehouse().resolve("current"))).isTrue();
  }

  @Test
  void rejectedFilesReportsAndLogsAreOnHdfs() throws IOException {
    List<String> rejected = relativeFiles(onHdfs.rejected());
    assertThat(rejected).isNotEmpty().isEqualTo(relativeFiles(local.rejected()));
    assertThat(rejected).anySatisfy(file -> assertThat(file).endsWith(".loi.txt"));
    assertThat(relativeFiles(onHdfs.reports().resolve("kiem-tra")))
        .contains("bao-cao-loi.csv", "bao-cao-loi.xlsx")
        .isEqualTo(relativeFiles(local.reports().resolve("kiem-tra")));
    assertThat(Files.readString(onHdfs.reports().resolve("kiem-tra/bao-cao-loi.csv"), StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(local.reports().resolve("kiem-tra/bao-cao-loi.csv"), StandardCharsets.UTF_8));
    assertThat(relativeFiles(onHdfs.logs())).anySatisfy(log -> assertThat(log).endsWith("-build.log"));
  }

  @Test
  void sqlReadsTheWarehouseOnHdfs() {
    String sql = "select count(*) as n from fct_figure";
    String onHdfsCount = run("sql", "--workspace", onHdfs.root().toString(), "--csv", "-c", sql);
    String localCount = run("sql", "--workspace", local.root().toString(), "--csv", "-c", sql);
    // Each console names its workspace first (on stderr, here in the same writer): the HDFS one by its address.
    String hdfsBanner = "Thư mục làm việc: " + onHdfs.root() + System.lineSeparator();
    assertThat(onHdfsCount).startsWith(hdfsBanner).contains("hdfs://");
    assertThat(localCount).startsWith("Thư mục làm việc: " + local.root() + System.lineSeparator());
    assertThat(onHdfsCount.substring(hdfsBanner.length()))
        .isEqualTo(localCount.substring(localCount.indexOf(System.lineSeparator()) + System.lineSeparator().length()))
        .matches("(?s)n\\R[1-9][0-9]*\\R");
  }

  @Test
  void reportsAreWrittenOnHdfsFromTheWarehouseThere() throws IOException {
    String printed = run("report", "year-end", "--workspace", onHdfs.root().toString());
    List<String> reports = relativeFiles(onHdfs.reports()).stream().filter(f -> f.startsWith("tong-ket-")).toList();
    assertThat(reports).hasSize(2).anySatisfy(f -> assertThat(f).endsWith(".pdf")).anySatisfy(f -> assertThat(f).endsWith(".xlsx"));
    assertThat(printed).contains(reports.get(0));
    byte[] pdf = Files.readAllBytes(onHdfs.reports().resolve(reports.stream().filter(f -> f.endsWith(".pdf")).findFirst().orElseThrow()));
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void purgeSaysItNeedsALocalFolderAndChangesNothing() throws IOException {
    String before = Files.readString(onHdfs.staging().resolve("current"), StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    assertThat(cli.execute("purge", "--workspace", onHdfs.root().toString())).isEqualTo(ExitCodes.CONFIG);
    assertThat(out.toString()).contains("cdgd purge chưa chạy được trên thư mục làm việc HDFS (" + onHdfs.root() + ")");
    assertThat(Files.readString(onHdfs.staging().resolve("current"), StandardCharsets.UTF_8)).isEqualTo(before);
  }

  @Test
  void theLockIsAnExclusiveFileOnHdfs() throws IOException {
    StringWriter out = new StringWriter();
    Path lockFile = onHdfs.output().resolve(WorkspaceLock.FILE_NAME);
    try (WorkspaceLock held = WorkspaceLock.acquire(onHdfs, "build", false, new PrintWriter(out))) {
      assertThat(held.stale()).isEmpty();
      assertThat(Files.readString(lockFile, StandardCharsets.UTF_8))
          .contains("pid=" + ProcessHandle.current().pid(), "command=build", "host=" + WorkspaceLock.host());
      assertThatThrownBy(() -> WorkspaceLock.acquire(onHdfs, "ingest", false, new PrintWriter(out)))
          .isInstanceOf(UserException.class)
          .hasMessageContaining("đang được lệnh cdgd build (pid " + ProcessHandle.current().pid());
    }
    assertThat(Files.exists(lockFile)).isFalse();

    // A run killed on another machine: its lock is not touched any more and is taken over.
    Files.writeString(lockFile, "pid=1\ncommand=ingest\nstarted_at=2026-12-01T08:00+07:00\nhost=may-khac\n");
    Files.setLastModifiedTime(lockFile, FileTime.from(Instant.now().minus(CreatedLock.STALE_AFTER).minusSeconds(60)));
    try (WorkspaceLock taken = WorkspaceLock.acquire(onHdfs, "build", false, new PrintWriter(out))) {
      assertThat(taken.stale()).hasValueSatisfying(previous -> assertThat(previous.host()).isEqualTo("may-khac"));
    }
    assertThat(out.toString()).contains("Lần chạy trước, lệnh cdgd ingest (pid 1, máy may-khac");
    assertThat(Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)).isFalse();
  }

  private static Path readable(Path store) {
    return new VersionedStore(store).currentReadable().orElseThrow();
  }

  /** Every published table of two stores, rows sorted: the same tables with the same rows. */
  private static Map<String, List<List<String>>> assertSameTables(Path hdfsStore, Path localStore) {
    Map<String, List<List<String>>> onHdfs = tables(readable(hdfsStore));
    Map<String, List<List<String>>> locally = tables(readable(localStore));
    assertThat(onHdfs.keySet()).as("tables of " + hdfsStore).isEqualTo(locally.keySet()).isNotEmpty();
    for (String table : onHdfs.keySet()) {
      assertThat(onHdfs.get(table)).as(table).isNotEmpty().isEqualTo(locally.get(table));
    }
    return onHdfs;
  }

  private static Map<String, List<List<String>>> tables(Path version) {
    Map<String, List<List<String>>> tables = new TreeMap<>();
    try (Stream<Path> list = Files.list(version)) {
      for (Path table : list.filter(Files::isDirectory).toList()) {
        tables.put(table.getFileName().toString(), Duck.query("select * from read_parquet('" + table
            + "/**/*.parquet', hive_partitioning = true, hive_types_autocast = false) order by all"));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot list " + version, e);
    }
    return tables;
  }

  private static List<String> relativeFiles(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
    }
  }
}
