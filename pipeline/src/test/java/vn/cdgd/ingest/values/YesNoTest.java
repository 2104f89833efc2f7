package vn.cdgd.ingest.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YesNoTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Có", "có", "CÓ", " Có\u00A0", "Có.", "C", "c", "x", "X", "1", "Yes", "YES", "Y", "Đã",
        "đã", "Rồi", "✓", "✔", "co"
      })
  void readsTheWaysPeopleSayYes(String text) {
    assertThat(YesNo.parse(text)).isEqualTo(Parsed.ok(true));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Không", "không", "KHÔNG", "K", "k", "0", "Ko", "KO", "No", "N", "Chưa", "chưa", "", " ",
        "\u00A0"
      })
  void readsTheWaysPeopleSayNo(String text) {
    assertThat(YesNo.parse(text)).isEqualTo(Parsed.ok(false));
  }

  @Test
  void readsAnEmptyCellAsNoRatherThanBlank() {
    assertThat(YesNo.parse(null)).isEqualTo(Parsed.ok(false));
    assertThat(YesNo.parse("").isBlank()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Có", "Không", "Đã", "Rồi", "Chưa"})
  void readsDecomposedAnswers(String composed) {
    assertThat(YesNo.parse(TextsTest.decomposed(composed)))
        .isEqualTo(YesNo.parse(composed))
        .matches(Parsed::isOk);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Có thể", "2", "-", "?", "ok", "Không rõ", "cos"})
  void failsOnOtherAnswersListingTheAcceptedOnes(String text) {
    assertThat(YesNo.parse(text).problem())
        .isEqualTo(
            "\"" + text + "\" không phải là câu trả lời Có/Không. Hãy nhập Có hoặc Không"
                + " (cũng nhận C, x, 1 cho Có; K, 0 hoặc để trống cho Không).");
  }

  @Test
  void readsOneAndZeroFromNumericCells() {
    assertThat(YesNo.fromNumber(1.0)).isEqualTo(Parsed.ok(true));
    assertThat(YesNo.fromNumber(0.0)).isEqualTo(Parsed.ok(false));
  }

  @ParameterizedTest
  @ValueSource(doubles = {2, -1, 0.5, Double.NaN})
  void failsOnOtherNumbers(double value) {
    assertThat(YesNo.fromNumber(value).problem()).contains("Hãy nhập 1 (Có) hoặc 0 (Không)");
  }

  @Test
  void quotesTheNumberAsAVietnameseReaderWritesIt() {
    assertThat(YesNo.fromNumber(2.5).problem())
        .isEqualTo("Số 2,5 không phải là câu trả lời Có/Không. Hãy nhập 1 (Có) hoặc 0 (Không).");
  }
}
