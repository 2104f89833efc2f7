package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.demo.DemoGenerator;
import vn.cdgd.demo.DemoPlan;

/**
 * {@code cdgd ingest} as a real process, stopped with SIGTERM while Spark reads: it says in
 * Vietnamese that it was stopped and that nothing was published, with no stack trace.
 */
class StoppedRunTest {
  @TempDir Path root;

  @Test
  void aStoppedIngestSaysSoAndPublishesNothing() throws Exception {
    Workspace workspace = TestWorkspace.create(root.resolve("ws"));
    WorkspaceConfig config = WorkspaceConfig.load(workspace);
    DemoGenerator.of(config).write(DemoPlan.synthetic(config.form(), 7L, 40), workspace, config.submissions(), 1);

    ChildCdgd child = ChildCdgd.start(root.resolve("ingest.txt"), "ingest", "--workspace",
        workspace.root().toString());
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (!child.output().contains("Khởi động Spark") && System.nanoTime() < deadline
        && !child.endsWithin(200)) {
      // Waits for the driver to start Spark; the signal then lands while Spark starts or reads.
    }
    Thread.sleep(3000);
    int exit = child.terminate();
    String output = child.output();

    assertThat(output).as(output).contains("Đã dừng lệnh cdgd ingest trước khi chạy xong (Ctrl-C hoặc tín hiệu"
        + " dừng). Vùng staging và kho dữ liệu đã công bố giữ nguyên");
    assertThat(output).doesNotContain("Lỗi không mong đợi").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(exit).isIn(ExitCodes.INTERRUPTED, 128 + 15);
    assertThat(workspace.staging().resolve("current")).doesNotExist();
    assertThat(Files.exists(workspace.warehouse().resolve("current"))).isFalse();
  }
}
