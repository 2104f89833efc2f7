package vn.cdgd.ingest.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cdgd.ingest.legacy.LegacyText.Run;

class LegacyTextTest {

  @Test
  void decodesByTheFont() {
    assertThat(LegacyText.decode("Céng hßa", ".VnTime")).isEqualTo("Cộng hòa");
    assertThat(LegacyText.decode("Céng hßa", ".VnTimeH")).isEqualTo("CỘNG HÒA");
    assertThat(LegacyText.decode("Coäng hoøa", "VNI-Times")).isEqualTo("Cộng hòa");
  }

  @Test
  void leavesTextInOtherFontsAsItIsButComposed() {
    assertThat(LegacyText.decode("Céng hßa", "Times New Roman")).isEqualTo("Céng hßa");
    assertThat(LegacyText.decode("Céng hßa", null)).isEqualTo("Céng hßa");
    String decomposed = Normalizer.normalize("Việt Nam", Normalizer.Form.NFD);
    assertThat(LegacyText.decode(decomposed, "Arial")).isEqualTo("Việt Nam");
  }

  @Test
  void keepsUnicodePastedIntoALegacyFont() {
    assertThat(LegacyText.decode("Nguyễn Thị Hương", ".VnTime")).isEqualTo("Nguyễn Thị Hương");
    assertThat(LegacyText.decode("Nguyễn Thị Hương", "VNI-Times")).isEqualTo("Nguyễn Thị Hương");
  }

  @Test
  void leavesNullAsNull() {
    assertThat(LegacyText.decode(null, ".VnTime")).isNull();
  }

  @Test
  void decodesEachRunByItsOwnFont() {
    List<Run> runs =
        List.of(
            new Run("Tr\u00ADêng ", ".VnTime"),
            new Run("THCS", "Arial"),
            new Run(" Lª Lîi", ".VnTime"),
            new Run(" - ", null),
            new Run("b»ng khen", ".VnTimeH"),
            new Run(" - ", "Calibri"),
            new Run("Tieáng Vieät", "VNI-Helve"));

    assertThat(LegacyText.decodeRuns(runs))
        .isEqualTo("Trường THCS Lê Lợi - BẰNG KHEN - Tiếng Việt");
  }

  @Test
  void joinsAVniLetterSplitBetweenRuns() {
    List<Run> runs =
        List.of(
            new Run("Tieá", "VNI-Times"),
            new Run("ng Vie", "VNI-Times"),
            new Run("ät", "VNI-Helve"));

    assertThat(LegacyText.decodeRuns(runs)).isEqualTo("Tiếng Việt");
  }

  @Test
  void readsNoRunsAsEmpty() {
    assertThat(LegacyText.decodeRuns(List.of())).isEmpty();
  }
}
