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
  void aNewUnionsWorkspaceCarriesItsOwnIdentityAndNoDemoTextOrTargets(@TempDir Path dir) throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));

    int code = cli.execute("init", dir.resolve("gia-lai").toString(), "--root-unit", "GLA", "--province", "Gia Lai",
        "--signatory", "Rơ Mah Hờ", "--contact", "Văn phòng CĐN Gia Lai, ĐT 0269 3000 000");

    assertThat(code).isZero();
    Workspace workspace = new Workspace(dir.resolve("gia-lai"));
    assertThat(vn.cdgd.conf.WorkspaceConfig.load(workspace).settings().rootUnit()).isEqualTo("GLA");
    assertThat(vn.cdgd.conf.WorkspaceConfig.load(workspace).settings().province()).isEqualTo("Gia Lai");
    assertThat(vn.cdgd.conf.WorkspaceConfig.load(workspace).settings().feedbackContact())
        .isEqualTo("Văn phòng CĐN Gia Lai, ĐT 0269 3000 000");
    vn.cdgd.conf.ReportSettings report = vn.cdgd.conf.ReportSettings.load(workspace.conf().resolve("reports.yaml"));
    assertThat(report.upperBody()).isEqualTo("LĐLĐ TỈNH GIA LAI");
    assertThat(report.issuingBody()).isEqualTo("CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH GIA LAI");
    assertThat(report.place()).isEqualTo("Gia Lai");
    assertThat(report.signatoryName()).isEqualTo("Rơ Mah Hờ");
    assertThat(report.recipients()).containsExactly("- LĐLĐ TỈNH GIA LAI (b/c);", "- Các CĐCS trực thuộc;", "- Lưu: VT, BTV.");
    assertThat(vn.cdgd.conf.Catalogs.targets(workspace.conf().resolve("targets.yaml")).terms()).isEmpty();
    try (var files = Files.list(workspace.conf())) {
      for (Path file : files.toList()) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain("Đắk Nông", "ĐẮK NÔNG", "DNO", "Nguyễn Văn An");
      }
    }
    assertThat(out.toString()).contains("Đơn vị: GLA, Gia Lai; tiêu đề báo cáo: LĐLĐ TỈNH GIA LAI / CÔNG ĐOÀN NGÀNH GIÁO DỤC"
        + " TỈNH GIA LAI; người ký: Rơ Mah Hờ", "Chỉ tiêu nghị quyết: chưa có");
  }

  @Test
  void withoutAnIdentityTheGapsAreLeftPlainAndSaidSo(@TempDir Path dir) throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));

    assertThat(cli.execute("init", dir.toString())).isZero();

    Workspace workspace = new Workspace(dir);
    assertThat(vn.cdgd.conf.WorkspaceConfig.load(workspace).settings().rootUnit()).isEmpty();
    // The demo's made-up office is not left for a new union's schools to call.
    assertThat(vn.cdgd.conf.WorkspaceConfig.load(workspace).settings().feedbackContact()).isEmpty();
    assertThat(vn.cdgd.conf.ReportSettings.load(workspace.conf().resolve("reports.yaml")).issuingBody())
        .isEqualTo("CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH (CHƯA KHAI BÁO)");
    assertThat(out.toString()).contains("Chưa khai báo đơn vị gốc và tỉnh: hãy sửa union.root_unit");
  }

  @Test
  void theDemoInANewWorkspaceBringsBackItsOwnProvince(@TempDir Path dir) throws Exception {
    Main.commandLine().execute("init", dir.toString(), "--root-unit", "GLA", "--province", "Gia Lai");
    Workspace workspace = new Workspace(dir);

    vn.cdgd.demo.ProvincialWorkspace.prepare(workspace);

    assertThat(vn.cdgd.conf.WorkspaceConfig.load(workspace).settings().rootUnit()).isEqualTo("DNO");
    assertThat(Files.readString(workspace.conf().resolve("targets.yaml"))).contains("term: \"2018-2023\"");
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
