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

/** {@code cdgd check} run as a statistician runs it after editing the register. */
class CheckCommandTest {
  @TempDir Path root;

  @Test
  void aSoundWorkspacePasses() throws Exception {
    Workspace workspace = TestWorkspace.create(root.resolve("ws"));
    TestRegister.register().write(workspace.unitRegister());
    StringWriter out = new StringWriter();
    assertThat(check(workspace, out)).isZero();
    assertThat(out.toString()).contains("Không có lỗi: cấu hình và danh mục đơn vị dùng được.");
  }

  @Test
  void aWrongParentAndALevelWrittenInFullAreListedWithExitThree() throws Exception {
    Workspace workspace = TestWorkspace.create(root.resolve("ws"));
    TestRegister.register().write(workspace.unitRegister());
    Files.writeString(workspace.unitRegister(), Files.readString(workspace.unitRegister())
        + "DNO0009,Công đoàn trường THCS Lê Lợi,DNO-GX,Trung học cơ sở,Công lập,Cụm 1,Đắk Nông,2015-01-01,\n");
    StringWriter out = new StringWriter();

    assertThat(check(workspace, out)).isEqualTo(ExitCodes.CONFIG);
    assertThat(out.toString()).contains(
        "2 lỗi cần sửa:",
        "  - units.csv, dòng 7, cột parent_code (\"DNO-GX\"): không có đơn vị nào mang mã này trong danh mục.",
        "  - units.csv, dòng 7, cột school_level (\"Trung học cơ sở\"): không có trong danh sách");
  }

  @Test
  void ingestRefusesABrokenRegisterBeforeReadingAnything() throws Exception {
    Workspace workspace = TestWorkspace.create(root.resolve("ws"));
    TestRegister.register().write(workspace.unitRegister());
    Files.writeString(workspace.unitRegister(), Files.readString(workspace.unitRegister())
        + "DNO0009,Công đoàn trường THCS Lê Lợi,DNO-GX,THCS,Công lập,Cụm 1,Đắk Nông,2015-01-01,\n");
    Files.createDirectories(root.resolve("inbox"));
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));

    int exit = cli.execute("ingest", root.resolve("inbox").toString(), "--workspace", workspace.root().toString());

    assertThat(exit).isEqualTo(ExitCodes.CONFIG);
    assertThat(err.toString()).contains("có 1 lỗi, cần sửa trước khi chạy tiếp:",
        "  - units.csv, dòng 7, cột parent_code (\"DNO-GX\"): không có đơn vị nào mang mã này trong danh mục.",
        "Sửa xong, chạy cdgd check để kiểm tra lại.").doesNotContain("Exception");
    assertThat(workspace.staging()).doesNotExist();
  }

  private int check(Workspace workspace, StringWriter out) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    return cli.execute("check", "--workspace", workspace.root().toString());
  }
}
