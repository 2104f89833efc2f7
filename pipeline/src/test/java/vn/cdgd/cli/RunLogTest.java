package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.conf.Workspace;

class RunLogTest {

  @Test
  void keepsWhatTheCommandPrintedInTheWorkspaceLogs(@TempDir Path dir) throws Exception {
    Workspace workspace = new Workspace(dir);
    StringWriter console = new StringWriter();
    Path path;
    try (RunLog log = RunLog.open(workspace, "ingest", new PrintWriter(console))) {
      PrintWriter out = log.printer();
      out.println("Đã đọc 595 tệp: tiếp nhận 584, bị từ chối 11.");
      path = log.path();
    }

    assertThat(console.toString()).isEqualTo("Đã đọc 595 tệp: tiếp nhận 584, bị từ chối 11.\n");
    assertThat(path.getParent()).isEqualTo(workspace.logs());
    assertThat(path.getFileName().toString()).matches("\\d{8}-\\d{6}-ingest\\.log");
    assertThat(Files.readString(path, StandardCharsets.UTF_8)).isEqualTo(console.toString());
  }
}
