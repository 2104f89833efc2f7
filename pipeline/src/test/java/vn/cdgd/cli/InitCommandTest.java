package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.reference.UnitRegister;

class InitCommandTest {

  @Test
  void createsAWorkspaceWithTheDefaultConfAndAnEmptyRegister(@TempDir Path dir) {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));

    int code = cli.execute("init", dir.resolve("gia-lai").toString());

    Workspace workspace = new Workspace(dir.resolve("gia-lai"));
    assertThat(code).isZero();
    assertThat(workspace.conf().resolve("form-v1.yaml")).exists();
    assertThat(workspace.settingsFile()).exists();
    assertThat(WorkspaceConfig.load(workspace).form().fields()).hasSize(19);
    assertThat(UnitRegister.read(workspace.unitRegister()).rows()).isEmpty();
    assertThat(WorkspaceConfig.load(workspace).submissions()).isDirectory();
    assertThat(out.toString()).contains("đã tạo conf/form-v1.yaml").contains("data/units.csv");
  }

  @Test
  void neverOverwritesAUnionsOwnFiles(@TempDir Path dir) throws Exception {
    Main.commandLine().execute("init", dir.toString());
    Files.writeString(dir.resolve("data/units.csv"), String.join(",", UnitRegister.HEADER) + "\nX1,Trường X,,Khác,Công lập,,,2020-01-01,\n");

    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.execute("init", dir.toString());

    assertThat(UnitRegister.read(dir.resolve("data/units.csv")).rows()).hasSize(1);
    assertThat(out.toString()).contains("không ghi đè");
  }

  @Test
  void answersAMissingFolderWithAMessageAndExitCodeFour(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));

    int code = cli.execute("ingest", "--workspace", dir.toString(), dir.resolve("khong-co").toString());

    assertThat(code).isEqualTo(ExitCodes.INPUT);
    assertThat(err.toString()).startsWith("Lỗi: Không tìm thấy thư mục báo cáo").doesNotContain("Exception");
  }
}
