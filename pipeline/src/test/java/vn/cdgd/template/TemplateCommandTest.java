package vn.cdgd.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.cdgd.TestWorkspace;
import vn.cdgd.cli.TemplateCommand;
import vn.cdgd.cli.UserException;

class TemplateCommandTest {
  @TempDir Path workspace;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void workspaceWithThreeSchools() throws Exception {
    Files.createDirectories(workspace.resolve("conf"));
    Files.createDirectories(workspace.resolve("data"));
    Files.copy(TestWorkspace.root().resolve("conf/form-v1.yaml"), workspace.resolve("conf/form-v1.yaml"));
    Files.copy(TestWorkspace.root().resolve("conf/cdgd.yaml"), workspace.resolve("conf/cdgd.yaml"));
    Files.writeString(
        workspace.resolve("data/units.csv"),
        """
        code,name,parent_code,school_level,ownership,cluster,province,valid_from,valid_to
        DNO,Công đoàn ngành Giáo dục và Đào tạo tỉnh Đắk Nông,,Khác,Công lập,,Đắk Nông,2015-01-01,
        DNO0001,Công đoàn trường Mầm non Hoa Sen,DNO,Mầm non,Công lập,Cụm thi đua số 1,Đắk Nông,2015-01-01,
        DNO0002,Công đoàn trường THCS Lê Lợi,DNO,THCS,Công lập,Cụm thi đua số 1,Đắk Nông,2015-01-01,2019-08-31
        DNO0003,Công đoàn trường Tiểu học Nguyễn Du,DNO,Tiểu học,Công lập,Cụm thi đua số 1,Đắk Nông,2019-09-01,
        """);
  }

  private int run(String... args) {
    CommandLine commandLine = new CommandLine(new TemplateCommand());
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    commandLine.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          if (e instanceof UserException user) {
            line.getErr().println("Lỗi: " + user.getMessage());
            return user.exitCode();
          }
          throw e;
        });
    String[] all = Stream.concat(Stream.of("-w", workspace.toString()), Stream.of(args)).toArray(String[]::new);
    return commandLine.execute(all);
  }

  @Test
  void writesOneWorkbookPerGrassrootsUnitActiveThatYear() throws Exception {
    int code = run("--year", "2019-2020");

    assertThat(code).isZero();
    try (Stream<Path> files = Files.list(workspace.resolve("output/templates"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(
              "DNO0001 - Công đoàn trường Mầm non Hoa Sen - 2019-2020.xlsx",
              "DNO0003 - Công đoàn trường Tiểu học Nguyễn Du - 2019-2020.xlsx");
    }
    assertThat(out.toString()).contains("Đã tạo 2 biểu mẫu năm học 2019-2020");
  }

  @Test
  void writesOnlyTheUnitAskedForIntoTheFolderGiven() throws Exception {
    Path target = workspace.resolve("ra");
    int code = run("--year", "2018-2019", "--unit", "DNO0002", "--out", target.toString());

    assertThat(code).isZero();
    assertThat(target.resolve("DNO0002 - Công đoàn trường THCS Lê Lợi - 2018-2019.xlsx")).isRegularFile();
    assertThat(out.toString()).contains("Đã tạo 1 biểu mẫu");
  }

  @Test
  void refusesABadYearWithAMessageSayingHowToWriteIt() {
    assertThat(run("--year", "2019")).isEqualTo(2);
    assertThat(err.toString()).contains("Năm học \"2019\" không hợp lệ", "2019-2020");
  }

  @Test
  void refusesAnUnknownUnitCode() {
    assertThat(run("--year", "2019-2020", "--unit", "DNO9999")).isEqualTo(4);
    assertThat(err.toString()).contains("DNO9999 không có trong danh mục");
  }

  @Test
  void refusesAUnitNotActiveThatYear() {
    assertThat(run("--year", "2019-2020", "--unit", "DNO0002")).isEqualTo(4);
    assertThat(err.toString()).contains("không hoạt động trong năm học 2019-2020");
  }
}
