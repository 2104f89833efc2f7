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
import vn.cdgd.ingest.workbook.ReadLimits;

class SettingsTest {

  @Test
  void pinsTheDefaults() {
    Settings defaults = Settings.defaults();
    assertThat(defaults.schoolYearStarts()).isEqualTo(MonthDay.of(9, 1));
    assertThat(defaults.reportingDeadline()).isEqualTo(MonthDay.of(9, 30));
    assertThat(defaults.submissionsFolder()).isEqualTo("data/submissions");
    assertThat(defaults.sparkMaster()).isEqualTo("local[*]");
    assertThat(defaults.keepStagingVersions()).isEqualTo(3);
    assertThat(defaults.readLimits()).isEqualTo(new ReadLimits(
        200_000, 50L * 1024 * 1024, 0.01, 1000, 10_000_000L, Duration.ofSeconds(60)));
    assertThat(defaults.personalDataKeepYears()).isEqualTo(5);
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
