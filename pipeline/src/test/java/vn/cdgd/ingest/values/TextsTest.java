package vn.cdgd.ingest.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

  static String decomposed(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD);
  }

  @Test
  void readsNullAsEmpty() {
    assertThat(Texts.clean(null)).isEmpty();
    assertThat(Texts.key(null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Trong đó nữ",
        "  Trong đó nữ  ",
        "Trong\u00A0đó\u00A0nữ",
        "Trong\u2007đó\u202Fnữ",
        "Trong\tđó\r\nnữ",
        "Trong\nđó   nữ\n",
        "\uFEFFTrong đó nữ",
        "Trong đó\u200B nữ",
        "Tr\u200Bong đó nữ\u3000"
      })
  void turnsEveryKindOfSpaceIntoOnePlainSpace(String raw) {
    assertThat(Texts.clean(raw)).isEqualTo("Trong đó nữ");
  }

  @Test
  void composesDecomposedLetters() {
    String typed = decomposed("Công đoàn Giáo dục Việt Nam");
    assertThat(typed).isNotEqualTo("Công đoàn Giáo dục Việt Nam");

    assertThat(Texts.clean(typed)).isEqualTo("Công đoàn Giáo dục Việt Nam");
  }

  @Test
  void keepsLatinOneCharactersThatLegacyTextUses() {
    // TCVN3 "ư" is U+00AD and "ơ" is "¬": cleaning must not eat them before they are decoded.
    assertThat(Texts.clean("C\u00ADêng ®o¬n")).isEqualTo("C\u00ADêng ®o¬n");
    assertThat(Texts.clean("Céng hßa")).isEqualTo("Céng hßa");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Trong đó: NỮ | trong do nu",
        "Mã   đơn vị: | ma don vi",
        "ĐOÀN VIÊN | doan vien",
        "Số CĐCS (đơn vị) | so cdcs don vi",
        "1. Tổng số | 1 tong so",
        "LĐLĐ tỉnh | ldld tinh",
        "  ---  | ''"
      })
  void keysIgnoreCaseTonesAndPunctuation(String raw, String key) {
    assertThat(Texts.key(raw)).isEqualTo(key);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Trong đó: NỮ", "Mã đơn vị", "Người được khen thưởng", "Quyết định số"})
  void decomposedTextHasTheSameKey(String composed) {
    assertThat(Texts.key(decomposed(composed))).isEqualTo(Texts.key(composed));
    assertThat(Texts.sameKey(decomposed(composed), composed.toUpperCase(Locale.ROOT)))
        .isTrue();
  }

  @Test
  void keepsDifferentWordsApart() {
    assertThat(Texts.sameKey("Tổng số", "Trong đó nữ")).isFalse();
  }
}
