package vn.cdgd.ingest.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListsTest {

  private static final List<String> FORMS = List.of("Bằng khen", "Giấy khen", "Cờ thi đua");
  private static final List<String> LEVELS =
      List.of("Tổng LĐLĐ Việt Nam", "Công đoàn Giáo dục Việt Nam", "LĐLĐ tỉnh", "Công đoàn ngành");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bằng khen", "bằng khen", "BẰNG KHEN", "Bằng  khen ", "\u00A0Bằng\u00A0khen", "bang khen"
      })
  void returnsTheListsOwnSpellingWhateverTheCaseAndSpaces(String text) {
    assertThat(Lists.match(text, FORMS)).isEqualTo(Parsed.ok("Bằng khen"));
  }

  @Test
  void matchesDecomposedText() {
    assertThat(Lists.match(TextsTest.decomposed("Bằng khen"), FORMS))
        .isEqualTo(Parsed.ok("Bằng khen"));
    assertThat(Lists.match(TextsTest.decomposed("Công đoàn Giáo dục Việt Nam"), LEVELS))
        .isEqualTo(Parsed.ok("Công đoàn Giáo dục Việt Nam"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"LĐLĐtỉnh", "LĐLĐ tỉnh", "lđlđ  TỈNH", "LĐLĐ-tỉnh"})
  void matchesTextWhoseSpacesWentMissing(String text) {
    assertThat(Lists.match(text, LEVELS)).isEqualTo(Parsed.ok("LĐLĐ tỉnh"));
  }

  @Test
  void prefersTheEntryWithTheSameSpacingOverOneThatOnlyMatchesWithoutSpaces() {
    List<String> allowed = List.of("Tậpthể", "Tập thể");
    assertThat(Lists.match("tập thể", allowed)).isEqualTo(Parsed.ok("Tập thể"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u00A0"})
  void readsEmptyTextAsBlank(String text) {
    assertThat(Lists.match(text, FORMS).isBlank()).isTrue();
    assertThat(Lists.match(null, FORMS).isBlank()).isTrue();
  }

  @Test
  void failsOnValuesNotInTheListListingTheAllowedOnes() {
    assertThat(Lists.match("Cấp tỉnh", LEVELS).problem())
        .isEqualTo(
            "\"Cấp tỉnh\" không có trong danh sách. Hãy chọn một trong: Tổng LĐLĐ Việt Nam,"
                + " Công đoàn Giáo dục Việt Nam, LĐLĐ tỉnh, Công đoàn ngành.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bằng", "khen", "Bằng khen Chính phủ", "-", "?"})
  void failsOnPartialMatches(String text) {
    assertThat(Lists.match(text, FORMS).problem())
        .startsWith("\"" + text + "\" không có trong danh sách.");
  }

  @Test
  void failsWithoutListingWhenNothingIsAllowed() {
    assertThat(Lists.match("Bằng khen", List.of()).problem())
        .isEqualTo("\"Bằng khen\" không có trong danh sách.");
  }
}
