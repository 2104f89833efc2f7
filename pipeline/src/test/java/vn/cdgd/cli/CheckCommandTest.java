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
    assertThat(out.toString()).contains("Thư mục làm việc: " + workspace.root(),
        "Không có lỗi: cấu hình, danh mục đơn vị và xếp loại dùng được.");
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

  @Test
  void everyBadLineOfTheRatingsIsListedWithItsFix() throws Exception {
    Workspace workspace = TestWorkspace.create(root.resolve("ws"));
    TestRegister.register().write(workspace.unitRegister());
    Files.createDirectories(workspace.ratings().getParent());
    Files.writeString(workspace.ratings(), """
        unit_code,school_year,rating
        DNO0001,2019-2020,Vững mạnh
        DNO0099,2019-2020,Vững mạnh
        DNO0002,2019-2020,Tốt
        DNO0002,2019/20,vững  mạnh
        DNO0001,2019-2020,Khá
        DNO0003,2018,Khá
        """);
    StringWriter out = new StringWriter();

    assertThat(check(workspace, out)).isEqualTo(ExitCodes.CONFIG);
    assertThat(out.toString()).contains(
        "6 lỗi cần sửa:",
        "  - ratings.csv, dòng 3, cột unit_code (\"DNO0099\"): không có đơn vị nào mang mã này trong danh mục"
            + " data/units.csv. Hãy sửa mã cho đúng, hoặc thêm đơn vị vào danh mục.",
        "  - ratings.csv, dòng 4, cột rating (\"Tốt\"): không có trong conf/ratings.yaml (Vững mạnh xuất sắc, Vững mạnh,",
        "  - ratings.csv, dòng 5, cột school_year (\"2019/20\"): viết chưa đúng dạng. Hãy viết 2019-2020.",
        // 2019/20 is read as 2019-2020, as the build reads it: a second rating of DNO0002 that year.
        "  - ratings.csv, dòng 5, cột unit_code (\"DNO0002\"): đơn vị này đã được xếp loại năm học 2019-2020 ở dòng 4.",
        "  - ratings.csv, dòng 6, cột unit_code (\"DNO0001\"): đơn vị này đã được xếp loại năm học 2019-2020 ở dòng 2."
            + " Mỗi CĐCS chỉ có một xếp loại mỗi năm học: hãy xóa dòng thừa.",
        "  - ratings.csv, dòng 7, cột school_year (\"2018\"): không phải năm học. Hãy viết năm học dạng 2019-2020.");
    // "vững  mạnh" is the build's "Vững mạnh" (case and spacing ignored): not a problem.
    assertThat(out.toString()).doesNotContain("(\"vững  mạnh\")");
  }

  @Test
  void aBadSettingAndAnUnknownFieldTypeAreListedTogether() throws Exception {
    Workspace workspace = TestWorkspace.create(root.resolve("ws"));
    TestRegister.register().write(workspace.unitRegister());
    Path settings = workspace.conf().resolve("cdgd.yaml");
    Files.writeString(settings, Files.readString(settings).replace("files_per_task: 64", "files_per_task: nhiều"));
    Path form = workspace.conf().resolve("form-v1.yaml");
    Files.writeString(form, Files.readString(form).replace(
        "unit: \"người\", women: true, type: count, required: true}", "unit: \"người\", women: true, type: so_nguyen, required: true}"));
    StringWriter out = new StringWriter();

    assertThat(check(workspace, out)).isEqualTo(ExitCodes.CONFIG);
    String printed = out.toString();
    assertThat(printed).contains("2 lỗi cần sửa:");
    assertThat(printed.lines().filter(l -> l.startsWith("  - ")).toList())
        .anySatisfy(l -> assertThat(l).contains("cdgd.yaml", "spark.files_per_task", "nhiều"))
        .anySatisfy(l -> assertThat(l).contains("form-v1.yaml", "so_nguyen"));
  }

  @Test
  void anEventContradictingTheRegisterIsListedWithItsFileAndLine() throws Exception {
    Workspace workspace = TestWorkspace.create(root.resolve("ws"));
    TestRegister.register().write(workspace.unitRegister());
    // DNO0003 ends on 2019-08-31 in units.csv, so it cannot have been dissolved on 2020-01-01.
    Files.writeString(workspace.data().resolve("unit-events.csv"), "code,event,date,other_unit,new_code,note\n"
        + "DNO0003,merged_into,2019-09-01,DNO0001,,Sáp nhập vào trường Nguyễn Du\n"
        + "DNO0003,dissolved,2020-01-01,,,Giải thể\n");
    StringWriter out = new StringWriter();

    assertThat(check(workspace, out)).isEqualTo(ExitCodes.CONFIG);
    assertThat(out.toString()).contains("2 lỗi cần sửa:",
        "  - unit-events.csv, dòng 3, cột date (\"2020-01-01\"): dòng cuối của DNO0003 trong units.csv (dòng 6)"
            + " kết thúc ngày 2019-08-31, nhưng dissolved từ ngày 2020-01-01 thì dòng đó phải kết thúc ngày"
            + " 2019-12-31.",
        "  - unit-events.csv, dòng 3, cột date (\"2020-01-01\"): đơn vị DNO0003 đã sáp nhập vào DNO0001 từ ngày"
            + " 2019-09-01 (dòng 2), không thể còn sự kiện dissolved ngày 2020-01-01.");
  }

  @Test
  void ingestRefusesAnEventThatContradictsTheRegister() throws Exception {
    Workspace workspace = TestWorkspace.create(root.resolve("ws"));
    TestRegister.register().write(workspace.unitRegister());
    Files.writeString(workspace.data().resolve("unit-events.csv"), "code,event,date,other_unit,new_code,note\n"
        + "DNO0003,merged_into,2019-09-01,DNO0003,,\n");
    Files.createDirectories(root.resolve("inbox"));
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));

    int exit = cli.execute("ingest", root.resolve("inbox").toString(), "--workspace", workspace.root().toString());

    assertThat(exit).isEqualTo(ExitCodes.CONFIG);
    assertThat(err.toString()).contains("có 1 lỗi, cần sửa trước khi chạy tiếp:",
        "  - unit-events.csv, dòng 2, cột other_unit (\"DNO0003\"): một đơn vị không thể sáp nhập vào chính nó.");
    assertThat(workspace.staging()).doesNotExist();
  }

  @Test
  void theMergeOfTheTestRegisterWrittenAsAnEventPasses() throws Exception {
    Workspace workspace = TestWorkspace.create(root.resolve("ws"));
    TestRegister.register().write(workspace.unitRegister());
    Files.writeString(workspace.data().resolve("unit-events.csv"), "code,event,date,other_unit,new_code,note\n"
        + "DNO0003,merged_into,2019-09-01,DNO0001,,Sáp nhập vào trường Nguyễn Du\n");
    StringWriter out = new StringWriter();

    assertThat(check(workspace, out)).as(out.toString()).isZero();
  }

  private int check(Workspace workspace, StringWriter out) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    return cli.execute("check", "--workspace", workspace.root().toString());
  }
}
