package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.Workspace;
import vn.cdgd.ingest.TestRegister;
import vn.cdgd.sql.FakeWarehouse;

/** Every command that works on a workspace says which one in its first line (issue 12.1). */
class WorkspaceBannerTest {
  @TempDir Path root;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private Workspace workspace() throws Exception {
    Workspace workspace = TestWorkspace.create(root.resolve("tinh moi"));
    TestRegister.register().write(workspace.unitRegister());
    return workspace;
  }

  @Test
  void commandsNameTheirWorkspaceInTheirFirstLine() throws Exception {
    Workspace workspace = workspace();
    String banner = "Thư mục làm việc: " + workspace.root();
    Files.createDirectories(workspace.root().resolve("data/submissions"));
    for (String[] command : new String[][] {{"check"}, {"versions"}, {"status"}, {"ingest", "--dry-run"},
        {"status", "--missing"}}) {
      out.getBuffer().setLength(0);
      execute(workspace, command);
      assertThat(out.toString().lines().findFirst()).as(String.join(" ", command)).contains(banner);
    }
  }

  @Test
  void aCommandThatFailsHasNamedItsWorkspaceFirst() {
    Path empty = root.resolve("khong co cau hinh");
    int exit = execute(new Workspace(empty), "build");
    assertThat(exit).isEqualTo(ExitCodes.CONFIG);
    assertThat(out.toString()).startsWith("Thư mục làm việc: " + empty + System.lineSeparator());
    assertThat(err.toString()).startsWith("Lỗi");
  }

  @Test
  void theSqlConsoleNamesItOnTheStandardErrorSoPipedResultsStayClean() throws Exception {
    Workspace workspace = workspace();
    FakeWarehouse.publish(workspace.root());
    int exit = execute(workspace, "sql", "--csv", "-c", "select 1 as a");
    assertThat(exit).isZero();
    assertThat(out.toString()).isEqualTo("a\r\n1\r\n");
    assertThat(err.toString()).isEqualTo("Thư mục làm việc: " + workspace.root() + System.lineSeparator());
  }

  @Test
  void helpAndVersionPrintNoWorkspace() throws Exception {
    Workspace workspace = workspace();
    execute(workspace, "ingest", "--help");
    assertThat(out.toString()).startsWith("Cách dùng: cdgd ingest").doesNotContain("Thư mục làm việc: /");
  }

  private int execute(Workspace workspace, String... command) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String[] args = new String[command.length + 2];
    System.arraycopy(command, 0, args, 0, command.length);
    args[command.length] = "--workspace";
    args[command.length + 1] = workspace.root().toString();
    return cli.execute(args);
  }
}
