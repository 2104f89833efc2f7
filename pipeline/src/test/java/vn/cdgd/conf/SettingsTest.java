package vn.cdgd.conf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.TestWorkspace;

class SettingsTest {

  @Test
  void pinsEveryDefault() {
    assertThat(Settings.defaults()).isEqualTo(new Settings(
        "form-v1.yaml",
        "",
        "",
        MonthDay.of(9, 1),
        MonthDay.of(9, 30),
        "data/submissions",
        "manifest.csv",
        "local[*]",
        64,
        3,
        3,
        new ReadLimits(200_000, 50L * 1024 * 1024, 0.01, 1000, 10_000_000L, Duration.ofSeconds(60)),
        5,
        10,
        "",
        Settings.CsvHeaders.CODES));
    assertThat(Settings.defaults().readLimits()).isEqualTo(ReadLimits.defaults());
  }

  /** Every key set to something other than its default: each must land in its own field. */
  private static final String EVERY_KEY = """
      form: form-v2.yaml
      union:
        root_unit: HNO
        province: "Hà Nội"
      school_year:
        starts: "08-15"
        deadline: "10-15"
      ingest:
        submissions: inbox
        manifest: received.csv
        error_report_csv_headers: vietnamese
        limits:
          max_cells_per_sheet: 1000
          max_part_mb: 7
          min_inflate_ratio: 0.02
          max_zip_entries: 90
          max_text_chars: 5000
          max_seconds_per_file: 9
      spark:
        master: "spark://master:7077"
        files_per_task: 16
      staging:
        keep_versions: 4
      warehouse:
        keep_versions: 6
      personal_data:
        keep_years: 2
      feedback:
        resubmit_within_days: 14
        contact: "Văn phòng CĐN, ĐT 024 3000 000"
      """;

  @Test
  void mapsEveryKeyToItsField(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cdgd.yaml");
    Files.writeString(file, EVERY_KEY);
    assertThat(Settings.load(file)).isEqualTo(new Settings(
        "form-v2.yaml",
        "HNO",
        "Hà Nội",
        MonthDay.of(8, 15),
        MonthDay.of(10, 15),
        "inbox",
        "received.csv",
        "spark://master:7077",
        16,
        4,
        6,
        new ReadLimits(1000, 7L * 1024 * 1024, 0.02, 90, 5000, Duration.ofSeconds(9)),
        2,
        14,
        "Văn phòng CĐN, ĐT 024 3000 000",
        Settings.CsvHeaders.VIETNAMESE));
  }

  @Test
  void theMappingTestSetsEveryKeyTheFileHas() {
    assertThat(ConfigKeys.set(EVERY_KEY)).isEqualTo(ConfigKeys.bound(Settings.File.class));
  }

  @Test
  void theDemoWorkspaceWritesOutEveryKey() {
    assertThat(ConfigKeys.set(TestWorkspace.root().resolve("conf/cdgd.yaml")))
        .isEqualTo(ConfigKeys.bound(Settings.File.class));
  }

  @Test
  void refusesAMisspeltKeyNamingTheOneMeant(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cdgd.yaml");
    Files.writeString(file, "spark:\n  master: local[2]\n  files_per_tsk: 8\n");
    assertThatThrownBy(() -> Settings.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Tệp " + file + ", dòng 3: không có khóa spark.files_per_tsk. Có phải là files_per_task?"
            + " Hãy sửa tên khóa (các khóa dùng được ở đây: files_per_task, master).");
  }

  @Test
  void refusesAWordWhereANumberBelongs(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cdgd.yaml");
    Files.writeString(file, "staging:\n  keep_versions: ba\n");
    assertThatThrownBy(() -> Settings.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Tệp " + file + ", dòng 2, khóa staging.keep_versions: \"ba\" không phải là một số"
            + " nguyên (ví dụ 64). Hãy sửa giá trị thành một số nguyên (ví dụ 64).");
  }

  @Test
  void refusesKeepingNoVersion(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cdgd.yaml");
    Files.writeString(file, "warehouse:\n  keep_versions: 0\n");
    assertThatThrownBy(() -> Settings.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Tệp " + file + ", khóa warehouse.keep_versions: phải là một số nguyên từ 1 trở lên"
            + " (số phiên bản kho giữ lại), không phải 0. Hãy ghi 1 hoặc lớn hơn, hoặc xóa dòng này để"
            + " dùng mặc định.");
  }

  @Test
  void refusesNoDaysToResendACorrectedReport(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cdgd.yaml");
    Files.writeString(file, "feedback:\n  resubmit_within_days: 0\n");
    assertThatThrownBy(() -> Settings.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("feedback.resubmit_within_days: phải là một số nguyên từ 1 trở lên"
            + " (số ngày đơn vị có để gửi lại báo cáo đã sửa), không phải 0.");
  }

  @Test
  void theWorkspaceFileStatesTheDefaultReadLimits() {
    Settings settings = Settings.load(TestWorkspace.root().resolve("conf/cdgd.yaml"));
    assertThat(settings.readLimits()).isEqualTo(Settings.defaults().readLimits());
  }

  @Test
  void readLimitsAreOverriddenOneByOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cdgd.yaml");
    Files.writeString(file, "ingest:\n  limits:\n    max_cells_per_sheet: 500000\n    max_seconds_per_file: 120\n");
    ReadLimits limits = Settings.load(file).readLimits();
    assertThat(limits.maxCellsPerSheet()).isEqualTo(500_000);
    assertThat(limits.maxTimePerFile()).isEqualTo(Duration.ofSeconds(120));
    assertThat(limits.maxEntries()).isEqualTo(1000);
    assertThat(limits.minInflateRatio()).isEqualTo(0.01);
  }

  @Test
  void refusesALimitThatIsNotPositive(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cdgd.yaml");
    Files.writeString(file, "ingest:\n  limits:\n    max_cells_per_sheet: 0\n");
    assertThatThrownBy(() -> Settings.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("ingest.limits");
  }

  @Test
  void readsTheRetentionOfPersonalData(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cdgd.yaml");
    Files.writeString(file, "personal_data:\n  keep_years: 3\n");
    assertThat(Settings.load(file).personalDataKeepYears()).isEqualTo(3);
    Files.writeString(file, "personal_data:\n  keep_years: 0\n");
    assertThatThrownBy(() -> Settings.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("personal_data.keep_years").hasMessageContaining("từ 1 trở lên");
  }

  @Test
  void readsTheDemoWorkspaceSettings() {
    Settings settings = Settings.load(TestWorkspace.root().resolve("conf/cdgd.yaml"));
    assertThat(settings.rootUnit()).isEqualTo("DNO");
    assertThat(settings.province()).isEqualTo("Đắk Nông");
    assertThat(settings.filesPerTask()).isEqualTo(64);
  }

  @Test
  void fileOverridesOnlyWhatItSays(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cdgd.yaml");
    Files.writeString(file, "school_year:\n  deadline: \"10-15\"\n");
    Settings settings = Settings.load(file);
    assertThat(settings.reportingDeadline()).isEqualTo(MonthDay.of(10, 15));
    assertThat(settings.schoolYearStarts()).isEqualTo(MonthDay.of(9, 1));
  }

  @Test
  void explainsABadDate(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cdgd.yaml");
    Files.writeString(file, "school_year:\n  deadline: \"30/9\"\n");
    assertThatThrownBy(() -> Settings.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("MM-dd");
  }
}
