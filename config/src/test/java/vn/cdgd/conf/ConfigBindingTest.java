package vn.cdgd.conf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigBindingTest {

  /** A small conf file class: keys and defaults side by side, as the real ones. */
  static final class Sample {
    public String name = "mặc định";
    public Group group = new Group();
    public List<String> lines = List.of();
  }

  static final class Group {
    public int filesPerTask = 64;
    public double ratio = 0.5;
    public MonthDay deadline = MonthDay.of(9, 30);
  }

  @TempDir Path dir;

  private Path write(String yaml) throws Exception {
    Path file = dir.resolve("sample.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  private static ConfigException refused(Path file) {
    return (ConfigException) org.assertj.core.api.Assertions.catchThrowable(
        () -> ConfigBinding.bindOrDefault(file, Sample.class, Sample::new));
  }

  @Test
  void keepsTheDefaultsOfWhatTheFileLeavesOut() throws Exception {
    Sample sample = ConfigBinding.bindOrDefault(write("group:\n  ratio: 0.25\n  deadline:\n"),
        Sample.class, Sample::new);
    assertThat(sample.name).isEqualTo("mặc định");
    assertThat(sample.group.ratio).isEqualTo(0.25);
    assertThat(sample.group.filesPerTask).isEqualTo(64);
    assertThat(sample.group.deadline).isEqualTo(MonthDay.of(9, 30));
  }

  @Test
  void aMissingOrEmptyFileGivesTheDefaults() throws Exception {
    assertThat(ConfigBinding.bindOrDefault(dir.resolve("none.yaml"), Sample.class, Sample::new).name)
        .isEqualTo("mặc định");
    assertThat(ConfigBinding.bindOrDefault(write("# only a comment\n"), Sample.class, Sample::new).name)
        .isEqualTo("mặc định");
  }

  @Test
  void refusesAMisspeltKeyNamingTheFileLineAndTheKeyMeant() throws Exception {
    Path file = write("name: x\ngroup:\n  files_per_tsk: 8\n");
    ConfigException e = refused(file);
    assertThat(e.getMessage()).isEqualTo("Tệp " + file + ", dòng 3: không có khóa group.files_per_tsk."
        + " Có phải là files_per_task? Hãy sửa tên khóa (các khóa dùng được ở đây: deadline,"
        + " files_per_task, ratio).");
    assertThat(e.file()).contains(file.toString());
    assertThat(e.key()).contains("group.files_per_tsk");
  }

  @Test
  void refusesAnUnknownKeyWithNothingNearItByListingTheKnownOnes() throws Exception {
    Path file = write("colour: red\n");
    assertThat(refused(file).getMessage()).isEqualTo("Tệp " + file + ", dòng 1: không có khóa colour."
        + " Hãy sửa tên khóa hoặc xóa dòng này (các khóa dùng được ở đây: group, lines, name).");
  }

  @Test
  void refusesTextWhereAWholeNumberBelongs() throws Exception {
    Path file = write("group:\n  files_per_task: nhiều\n");
    ConfigException e = refused(file);
    assertThat(e.getMessage()).isEqualTo("Tệp " + file + ", dòng 2, khóa group.files_per_task:"
        + " \"nhiều\" không phải là một số nguyên (ví dụ 64). Hãy sửa giá trị thành một số nguyên (ví dụ 64).");
    assertThat(e.key()).contains("group.files_per_task");
  }

  @Test
  void refusesAFractionWhereAWholeNumberBelongs() throws Exception {
    Path file = write("group:\n  files_per_task: 1.5\n");
    assertThat(refused(file).getMessage()).isEqualTo("Tệp " + file + ", dòng 2, khóa group.files_per_task:"
        + " \"1.5\" không phải là một số nguyên (ví dụ 64). Hãy sửa giá trị thành một số nguyên (ví dụ 64).");
  }

  @Test
  void refusesAGroupWhereAListBelongs() throws Exception {
    Path file = write("lines:\n  a: b\n");
    assertThat(refused(file).getMessage()).startsWith("Tệp " + file + ", dòng 1, khóa lines: giá trị phải là"
        + " một danh sách");
  }

  @Test
  void refusesADayNotWrittenMonthDash() throws Exception {
    Path file = write("group:\n  deadline: \"30/9\"\n");
    assertThat(refused(file).getMessage()).isEqualTo("Tệp " + file + ", dòng 2, khóa group.deadline:"
        + " \"30/9\" không phải là một ngày dạng MM-dd (ví dụ \"09-30\"). Hãy sửa giá trị thành một ngày"
        + " dạng MM-dd (ví dụ \"09-30\").");
  }

  @Test
  void pointsAtTheLineOfBrokenYaml() throws Exception {
    Path file = write("name: x\ngroup:\n  ratio: [0.5\n");
    assertThat(refused(file).getMessage()).startsWith("Tệp " + file + ", dòng ")
        .contains("không phải YAML hợp lệ").contains("thụt lề");
  }

  @Test
  void aRequiredFileThatIsMissingIsNamed() {
    Path file = dir.resolve("indicators.yaml");
    assertThatThrownBy(() -> ConfigBinding.bind(file, Sample.class))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Không tìm thấy tệp cấu hình " + file + ". Hãy tạo lại tệp này (cdgd init <thư mục>"
            + " viết các tệp mặc định vào conf/).");
  }

  @Test
  void listsTheKeysAClassBindsAndTheKeysAFileSets() {
    assertThat(ConfigKeys.bound(Sample.class))
        .containsExactly("group.deadline", "group.files_per_task", "group.ratio", "lines", "name");
    assertThat(ConfigKeys.set("name: a\ngroup:\n  ratio: 1\nlines: [x]\n"))
        .containsExactly("group.ratio", "lines", "name");
  }

  @Test
  void suggestsOnlyKeysCloseEnoughToBeMeant() {
    assertThat(ConfigBinding.nearest("keep_version", List.of("keep_versions", "master"))).contains("keep_versions");
    assertThat(ConfigBinding.nearest("Root-Unit", List.of("root_unit", "province"))).contains("root_unit");
    assertThat(ConfigBinding.nearest("colour", List.of("root_unit", "province"))).isEmpty();
  }
}
