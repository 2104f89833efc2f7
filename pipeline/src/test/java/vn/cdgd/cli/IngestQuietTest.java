package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.Workspace;
import vn.cdgd.ingest.FormWorkbook;
import vn.cdgd.ingest.TestRegister;

/**
 * {@code cdgd ingest} as a union runs it, in its own JVM, over a folder with a workbook that makes
 * POI log (a DOCTYPE in its document properties) and links of every kind: the terminal shows cdgd's summary and
 * nothing of the libraries, the run log keeps what POI said, and every link is listed as skipped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestQuietTest {
  @TempDir static Path root;
  private Workspace workspace;
  private int exitCode;
  private String stdout;
  private String stderr;
  private String runLog;

  @BeforeAll
  void ingestAsAProcess() throws Exception {
    workspace = TestWorkspace.create(root.resolve("ws"));
    TestRegister.register().write(workspace.unitRegister());
    Path inbox = Files.createDirectories(root.resolve("inbox"));
    Path outside = Files.createDirectories(root.resolve("outside"));
    Files.writeString(outside.resolve("secret.xlsx"), "not for the union", StandardCharsets.UTF_8);
    byte[] good = new FormWorkbook(TestWorkspace.form()).bytes();
    Files.write(inbox.resolve("nguyen-du.xlsx"), good);
    Files.write(inbox.resolve("doctype.xlsx"), withDoctype(new FormWorkbook(TestWorkspace.form()).unit("DNO0002").bytes()));
    Files.createSymbolicLink(inbox.resolve("mat-khau.xlsx"), outside.resolve("secret.xlsx"));
    Files.createSymbolicLink(inbox.resolve("hong.xlsx"), Path.of("khong-co.xlsx"));
    Files.createSymbolicLink(inbox.resolve("vong.xlsx"), Path.of("vong.xlsx"));
    Files.createSymbolicLink(inbox.resolve("thu-muc"), outside);

    Path out = root.resolve("stdout.txt");
    Path err = root.resolve("stderr.txt");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags());
    command.addAll(List.of("-Xmx1g", "-Djava.io.tmpdir=" + Files.createDirectories(root.resolve("tmp")),
        "-cp", classPath(), Main.class.getName(),
        "ingest", inbox.toString(), "--workspace", workspace.root().toString()));
    Process process = new ProcessBuilder(command).directory(root.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
    exitCode = process.exitValue();
    stdout = Files.readString(out, StandardCharsets.UTF_8);
    stderr = Files.readString(err, StandardCharsets.UTF_8);
    try (Stream<Path> logs = Files.list(workspace.logs())) {
      Path log = logs.filter(p -> p.getFileName().toString().endsWith("-ingest.log")).findFirst().orElseThrow();
      runLog = Files.readString(log, StandardCharsets.UTF_8);
    }
  }

  @Test
  void theTerminalShowsNoLibraryLine() {
    assertThat(exitCode).as(stdout + stderr).isZero();
    assertThat(stderr).as(stderr).doesNotContain("XMLHelper").doesNotContain("FATAL")
        .doesNotContain("ERROR").doesNotContain("WARN").doesNotContain("\tat ");
    assertThat(stderr.lines().filter(line -> !isJvmNotice(line)).toList()).isEmpty();
    assertThat(stdout).doesNotContain("XMLHelper").doesNotContain("\tat ");
  }

  @Test
  void theRunLogKeepsWhatTheCommandPrinted() {
    // What the libraries log goes there too: LibraryLogsTest pins that routing line by line.
    assertThat(runLog).contains("Đã đọc 2 tệp");
  }

  @Test
  void theSummaryListsEveryLinkAsSkippedAndCopiesNothingFromOutside() {
    // The DOCTYPE is refused before any parser reads the workbook: it never reaches POI's logger.
    assertThat(stdout).contains("tiếp nhận:   1").contains("bị từ chối:  1").contains("bỏ qua:      4")
        .contains("    - hong.xlsx: liên kết (symlink) hỏng")
        .contains("    - mat-khau.xlsx: liên kết (symlink) trỏ ra ngoài thư mục báo cáo")
        .contains("    - thu-muc: liên kết (symlink) trỏ ra ngoài thư mục báo cáo")
        .contains("    - vong.xlsx: liên kết (symlink) tạo vòng lặp");
    assertThat(workspace.rejected().resolve("mat-khau.xlsx")).doesNotExist();
    assertThat(workspace.rejected().resolve("doctype.xlsx.loi.txt")).content(StandardCharsets.UTF_8)
        .contains("có khai báo DOCTYPE");
  }

  /** What the JVM itself may print on some machines, which cdgd cannot route. */
  private static boolean isJvmNotice(String line) {
    return line.startsWith("WARNING: ") || line.startsWith("OpenJDK ") || line.isBlank();
  }

  /**
   * The same workbook with a DOCTYPE in its document properties, which POI's XML parser would log
   * as FATAL with a stack trace; cdgd refuses the file before POI reads it.
   */
  private static byte[] withDoctype(byte[] workbook) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean changed = false;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("docProps/core.xml")) {
          changed = true;
          String xml = new String(content, StandardCharsets.UTF_8);
          int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
          xml = xml.substring(0, afterDeclaration) + "<!DOCTYPE coreProperties [<!ENTITY x \"y\">]>" + xml.substring(afterDeclaration);
          content = xml.getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    }
    assertThat(changed).as("docProps/core.xml in the workbook").isTrue();
    return bytes.toByteArray();
  }

  /** The test JVM's own flags that Spark needs (the --add-opens list), and its fixed locale. */
  private static List<String> jvmFlags() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(flag -> flag.startsWith("--add-opens") || flag.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
            || flag.startsWith("-Djdk.reflect") || flag.startsWith("-Dio.netty")
            || flag.startsWith("-Duser.") || flag.startsWith("-Dfile.encoding"))
        .toList();
  }

  /** Surefire's real test classpath (java.class.path may be its one-entry booter jar). */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }
}
