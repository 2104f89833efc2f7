package vn.cdgd.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.cdgd.TestWorkspace;
import vn.cdgd.cli.DemoCommand;
import vn.cdgd.cli.UserException;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.reference.UnitRegister;

class DemoCommandTest {
  @TempDir Path workspace;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) throws Exception {
    Files.createDirectories(workspace.resolve("conf"));
    for (String name : new String[] {"form-v1.yaml", "cdgd.yaml"}) {
      Path target = workspace.resolve("conf").resolve(name);
      if (!Files.exists(target)) {
        Files.copy(TestWorkspace.root().resolve("conf").resolve(name), target);
      }
    }
    CommandLine commandLine = new CommandLine(new DemoCommand());
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof UserException user) {
        line.getErr().println("Lỗi: " + user.getMessage());
        return user.exitCode();
      }
      throw e;
    });
    return commandLine.execute(Stream.concat(Stream.of("-w", workspace.toString()), Stream.of(args))
        .toArray(String[]::new));
  }

  @Test
  void aFolderThatIsNotAWorkspaceYetBecomesTheDemosWorkspace(@TempDir Path fresh) throws Exception {
    CommandLine commandLine = vn.cdgd.cli.Main.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    Path folder = fresh.resolve("moi");

    int code = commandLine.execute("demo", "--units", "3", "--generate-only", "--workspace", folder.toString());

    assertThat(code).as(err.toString()).isZero();
    Workspace ws = new Workspace(folder);
    assertThat(ws.conf().resolve("form-v1.yaml")).isRegularFile();
    assertThat(WorkspaceConfig.load(ws).settings().rootUnit()).isEqualTo("DNO");
    assertThat(UnitRegister.read(ws.unitRegister()).rows()).isNotEmpty();
    assertThat(out.toString()).contains("Đã tạo dữ liệu mẫu: ", folder.resolve("data/submissions").toString());
  }

  @Test
  void writesASyntheticProvinceOfFiftyUnits() throws Exception {
    Files.createDirectories(workspace.resolve("data/submissions/old"));
    Files.writeString(workspace.resolve("data/submissions/old/stale.xlsx"), "stale");

    assertThat(run("--units", "50", "--seed", "3", "--generate-only")).isZero();

    Workspace ws = new Workspace(workspace);
    UnitRegister register = UnitRegister.read(ws.unitRegister());
    assertThat(register.grassrootsDuring(DemoPlan.CALIBRATED_YEAR, PlanBuilder.STARTS)).hasSize(50);
    assertThat(WorkspaceConfig.load(ws).submissions().resolve("old")).doesNotExist();
    assertThat(WorkspaceConfig.load(ws).submissions().resolve("manifest.csv")).isRegularFile();
    assertThat(ws.ratings()).isRegularFile();
    DemoPlan plan = DemoPlan.synthetic(WorkspaceConfig.load(ws).form(), 3, 50);
    for (PlannedFile file : plan.files()) {
      assertThat(WorkspaceConfig.load(ws).submissions().resolve(file.path())).isRegularFile();
    }
    assertThat(plan.acceptedCurrent(DemoPlan.CALIBRATED_YEAR)).hasSizeGreaterThan(40);
    assertThat(out.toString()).contains("Đã tạo dữ liệu mẫu", "50 CĐCS", "data/submissions");
  }

  @Test
  void aProvinceOfOneUnitStillWorks() throws Exception {
    assertThat(run("--units", "1", "--generate-only")).isZero();
    assertThat(DemoPlan.synthetic(TestWorkspace.form(), 1, 1).files()).isNotEmpty();
  }

  @Test
  void refusesANumberOfUnitsOutOfRange() throws Exception {
    assertThat(run("--units", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("từ 1 đến 50000");
  }
}
