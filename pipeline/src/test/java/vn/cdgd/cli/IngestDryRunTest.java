package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.cdgd.FileTree;
import vn.cdgd.SparkTestBase;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.ingest.FormWorkbook;
import vn.cdgd.ingest.TestRegister;
import vn.cdgd.staging.IngestRun;
import vn.cdgd.staging.ProgressSink;

/**
 * {@code cdgd ingest --dry-run} over a folder with a file already staged, a corrected report that
 * replaces it, a rejected file, its copy under another name and a letter in PDF: the summary names
 * each, the workspace is the same byte for byte afterwards, and the ingest that follows finds the
 * same figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestDryRunTest {
  @TempDir static Path root;
  private Workspace workspace;
  private Path inbox;
  private Map<String, String> before;
  private Map<String, String> after;
  private int exit;
  private String printed;
  private IngestRun.Summary ingest;

  @BeforeAll
  void stageOneFileThenDryRunTheFolder() throws Exception {
    workspace = TestWorkspace.create(root.resolve("ws"));
    TestRegister.register().write(workspace.unitRegister());
    Path first = Files.createDirectories(root.resolve("first"));
    byte[] nguyenDu = new FormWorkbook(TestWorkspace.form()).bytes();
    Files.write(first.resolve("nguyen-du.xlsx"), nguyenDu);
    Files.setLastModifiedTime(first.resolve("nguyen-du.xlsx"), FileTime.from(Instant.parse("2020-09-10T01:00:00Z")));
    IngestRun.run(WorkspaceConfig.load(workspace), first, SparkTestBase::spark, ProgressSink.NONE);

    inbox = Files.createDirectories(root.resolve("inbox"));
    Files.write(inbox.resolve("nguyen-du.xlsx"), nguyenDu);
    Files.setLastModifiedTime(inbox.resolve("nguyen-du.xlsx"), FileTime.from(Instant.parse("2020-09-10T01:00:00Z")));
    Files.write(inbox.resolve("nguyen-du lan 2.xlsx"),
        new FormWorkbook(TestWorkspace.form()).set("A01", 41, 30).bytes());
    Files.setLastModifiedTime(inbox.resolve("nguyen-du lan 2.xlsx"), FileTime.from(Instant.parse("2020-09-20T01:00:00Z")));
    byte[] hoaSen = new FormWorkbook(TestWorkspace.form()).unit("DNO0002").set("A01", "bốn mươi", 30).bytes();
    Files.write(inbox.resolve("hoa-sen.xlsx"), hoaSen);
    Files.write(inbox.resolve("hoa-sen ban sao.xlsx"), hoaSen);
    Files.writeString(inbox.resolve("cong van.pdf"), "%PDF-1.4");

    before = FileTree.snapshot(workspace.root());
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(out, true));
    exit = cli.execute("ingest", "--dry-run", inbox.toString(), "--workspace", workspace.root().toString());
    printed = out.toString();
    after = FileTree.snapshot(workspace.root());

    ingest = IngestRun.run(WorkspaceConfig.load(workspace), inbox, SparkTestBase::spark, ProgressSink.NONE);
  }

  @Test
  void theWorkspaceIsTheSameByteForByte() {
    assertThat(exit).as(printed).isZero();
    assertThat(before).containsKey("output/staging/current");
    assertThat(after).isEqualTo(before);
  }

  @Test
  void theSummarySaysItIsADryRunAndNamesEveryKindOfFile() {
    assertThat(printed).contains(
        "CHẠY THỬ (--dry-run): chỉ đọc và kiểm tra, không lưu gì.",
        "nếu tiếp nhận thư mục này, cdgd ingest sẽ đọc 4 tệp:",
        "(1 tệp đã có trong staging với cùng nội dung",
        "  tiếp nhận:   2 (trong đó 0 có cảnh báo)",
        "  bị từ chối:  1",
        "  thay bản cũ: 1",
        "    - DNO0001 Công đoàn trường Tiểu học Nguyễn Du, năm học 2019-2020: nguyen-du lan 2.xlsx thay cho nguyen-du.xlsx",
        "  trùng nội dung: 1 ",
        "    - hoa-sen.xlsx: cùng nội dung với hoa-sen ban sao.xlsx",
        "  bỏ qua:      1",
        "    - cong van.pdf: ",
        "Theo đơn vị: 1 CĐCS có báo cáo được tiếp nhận, 0 CĐCS đã gửi bản sửa được tiếp nhận, 1 CĐCS cần gửi lại.",
        "    - DNO0002 Công đoàn trường Mầm non tư thục Hoa Sen, năm học 2019-2020: hoa-sen ban sao.xlsx (1 lỗi)",
        "Đây là chạy thử: vùng staging, tệp bị từ chối, báo cáo lỗi và phản hồi gửi đơn vị không thay đổi.");
    assertThat(printed).doesNotContain("Khởi động Spark");
  }

  @Test
  void theIngestThatFollowsFindsTheSameFigures() {
    assertThat(printed).contains(
        "  tiếp nhận:   " + ingest.accepted() + " (trong đó " + ingest.acceptedWithWarnings() + " có cảnh báo)",
        "  bị từ chối:  " + ingest.rejected(),
        "Lỗi: " + ingest.errors() + ", cảnh báo: " + ingest.warnings() + ".");
    assertThat(ingest.unitsStillRejected()).isEqualTo(1);
    assertThat(ingest.duplicates()).hasSize(1);
  }
}
