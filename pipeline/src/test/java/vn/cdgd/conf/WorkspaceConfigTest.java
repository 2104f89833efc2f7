package vn.cdgd.conf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.TestWorkspace;

class WorkspaceConfigTest {

  @Test
  void bindsEveryFileOfTheDemoWorkspace() {
    WorkspaceConfig config = WorkspaceConfig.load(new Workspace(TestWorkspace.root()));
    assertThat(config.settings().rootUnit()).isEqualTo("DNO");
    assertThat(config.form().fields()).hasSize(19);
    assertThat(config.indicators()).extracting(IndicatorDefinition::code).startsWith("I01").endsWith("R02");
    assertThat(config.ratingScale()).hasSize(9);
    assertThat(config.targets().terms()).extracting(TargetCatalog.Term::term).contains("2018-2023");
    assertThat(config.reports().place()).isEqualTo("Đắk Nông");
    assertThat(config.settings().resubmitWithinDays()).isEqualTo(10);
    assertThat(config.settings().feedbackContact()).startsWith("Văn phòng Công đoàn ngành Giáo dục tỉnh Đắk Nông");
    assertThat(config.submissions()).isEqualTo(TestWorkspace.root().resolve("data/submissions"));
  }

  @Test
  void bindsTheFilesInitWrites(@TempDir Path dir) {
    Workspace workspace = new Workspace(dir);
    WorkspaceInitializer.create(workspace, "code,name");
    WorkspaceConfig config = WorkspaceConfig.load(workspace);
    assertThat(config.settings()).isEqualTo(Settings.load(TestWorkspace.root().resolve("conf/cdgd.yaml")));
    assertThat(config.indicators()).hasSize(12);
  }

  @Test
  void refusesAMisspeltKeyInTheIndicatorsWithFileLineAndKey(@TempDir Path dir) throws Exception {
    Workspace workspace = TestWorkspace.create(dir);
    Path file = workspace.conf().resolve("indicators.yaml");
    Files.writeString(file, Files.readString(file).replaceFirst("numerator: \\{sum: A02\\}", "numerater: {sum: A02}"));
    int line = lineOf(file, "numerater");
    assertThatThrownBy(() -> WorkspaceConfig.load(workspace))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("Tệp " + file + ", dòng " + line + ": không có khóa indicators[1].numerater."
            + " Có phải là numerator? Hãy sửa tên khóa");
  }

  @Test
  void refusesAThresholdThatIsNotANumber(@TempDir Path dir) throws Exception {
    Workspace workspace = TestWorkspace.create(dir);
    Path file = workspace.conf().resolve("targets.yaml");
    Files.writeString(file, Files.readString(file).replaceFirst("threshold: 1.00", "threshold: cao"));
    assertThatThrownBy(() -> WorkspaceConfig.load(workspace))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Tệp " + file + ", dòng " + lineOf(file, "threshold: cao") + ", khóa"
            + " terms[1].targets[1].threshold: \"cao\" không phải là một số (ví dụ 0.05). Hãy sửa giá trị"
            + " thành một số (ví dụ 0.05).");
  }

  @Test
  void refusesAnIndicatorOnAFieldTheFormLacks(@TempDir Path dir) throws Exception {
    Workspace workspace = TestWorkspace.create(dir);
    Path file = workspace.conf().resolve("indicators.yaml");
    Files.writeString(file, Files.readString(file).replaceFirst("numerator: \\{sum: A02\\}", "numerator: {sum: Z99}"));
    assertThatThrownBy(() -> WorkspaceConfig.load(workspace))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Tệp " + file + ", khóa indicators[1]: chỉ tiêu I01 dùng mã Z99 không có trong biểu mẫu"
            + " " + TestWorkspace.form().versionLabel() + ". Hãy sửa mã cho đúng một mã trường của biểu mẫu.");
  }

  @Test
  void aFileOnlyTheBuildUsesIsRequiredOnlyWhenAskedFor(@TempDir Path dir) throws Exception {
    Workspace workspace = TestWorkspace.create(dir);
    Files.delete(workspace.conf().resolve("targets.yaml"));
    WorkspaceConfig config = WorkspaceConfig.load(workspace);
    assertThat(config.settings().rootUnit()).isEqualTo("DNO");
    assertThatThrownBy(config::targets)
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("Không tìm thấy tệp cấu hình " + workspace.conf().resolve("targets.yaml") + ".");
  }

  private static int lineOf(Path file, String text) throws Exception {
    var lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }
}
