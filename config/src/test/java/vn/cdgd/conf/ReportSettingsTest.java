package vn.cdgd.conf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSettingsTest {

  @Test
  void pinsEveryDefault() {
    assertThat(ReportSettings.defaults()).isEqualTo(new ReportSettings("", "", "BC", "",
        "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", List.of("- Lưu: VT."), Optional.empty()));
  }

  /** Every key set to something other than its default: each must land in its own field. */
  private static final String EVERY_KEY = """
      upper_body: "LĐLĐ TỈNH THỬ"
      issuing_body: "CÔNG ĐOÀN NGÀNH THỬ"
      document_code: "BC-CĐN"
      place: "Gia Nghĩa"
      report_date: "06/10/2020"
      signatory:
        mandate: "TM. BAN CHẤP HÀNH"
        title: "PHÓ CHỦ TỊCH"
        name: "Trần Thị Bình"
      recipients:
        - "- Như trên;"
        - "- Lưu: VT."
      """;

  @Test
  void mapsEveryKeyToItsField(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("reports.yaml");
    Files.writeString(file, EVERY_KEY);
    assertThat(ReportSettings.load(file)).isEqualTo(new ReportSettings("LĐLĐ TỈNH THỬ",
        "CÔNG ĐOÀN NGÀNH THỬ", "BC-CĐN", "Gia Nghĩa", "TM. BAN CHẤP HÀNH", "PHÓ CHỦ TỊCH",
        "Trần Thị Bình", List.of("- Như trên;", "- Lưu: VT."), Optional.of(LocalDate.of(2020, 10, 6))));
  }

  @Test
  void theMappingTestSetsEveryKeyTheFileHas() {
    assertThat(ConfigKeys.set(EVERY_KEY)).isEqualTo(ConfigKeys.bound(ReportSettings.File.class));
  }

  @Test
  void aMissingFileGivesTheDefaults(@TempDir Path dir) {
    assertThat(ReportSettings.load(dir.resolve("reports.yaml"))).isEqualTo(ReportSettings.defaults());
  }

  @Test
  void refusesAMisspeltKeyNamingTheOneMeant(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("reports.yaml");
    Files.writeString(file, "place: \"Đắk Nông\"\nsignatory:\n  tile: \"CHỦ TỊCH\"\n");
    assertThatThrownBy(() -> ReportSettings.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Tệp " + file + ", dòng 3: không có khóa signatory.tile. Có phải là title? Hãy sửa tên"
            + " khóa (các khóa dùng được ở đây: mandate, name, title).");
  }

  @Test
  void refusesADateThatIsNotOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("reports.yaml");
    Files.writeString(file, "report_date: \"31/02/2020\"\n");
    assertThatThrownBy(() -> ReportSettings.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Tệp " + file + ", khóa report_date: \"31/02/2020\" không phải là ngày. Hãy ghi ngày"
            + " dạng dd/MM/yyyy (ví dụ 06/10/2020), hoặc để trống để in ngày chạy.");
  }
}
