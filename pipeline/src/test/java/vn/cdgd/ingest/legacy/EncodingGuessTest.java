package vn.cdgd.ingest.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cdgd.ingest.legacy.EncodingGuess.Guess;

class EncodingGuessTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Công đoàn Giáo dục Việt Nam",
        "Nguyễn Thị Hương",
        "Trường THCS Lê Lợi",
        "Hòa Bình",
        "Cà Mau",
        "Mét",
        "25°C"
      })
  void keepsUnicodeVietnameseCertainly(String text) {
    Guess guess = EncodingGuess.guess(text);

    assertThat(guess.encoding()).isEqualTo(LegacyEncoding.UNICODE);
    assertThat(guess.certain()).isTrue();
    assertThat(guess.decoded()).isEqualTo(text);
    assertThat(guess.alternative()).isNull();
  }

  @Test
  void composesDecomposedUnicode() {
    String text = "Cộng hòa xã hội chủ nghĩa Việt Nam";

    Guess guess = EncodingGuess.guess(Normalizer.normalize(text, Normalizer.Form.NFD));

    assertThat(guess.encoding()).isEqualTo(LegacyEncoding.UNICODE);
    assertThat(guess.certain()).isTrue();
    assertThat(guess.decoded()).isEqualTo(text);
  }

  @Test
  void takesPlainAsciiAsUnicode() {
    Guess guess = EncodingGuess.guess("Truong THCS Le Loi 2020");

    assertThat(guess)
        .isEqualTo(
            new Guess(
                LegacyEncoding.UNICODE,
                "Truong THCS Le Loi 2020",
                1.0,
                true,
                "Truong THCS Le Loi 2020",
                null));
    assertThat(EncodingGuess.guess(null).decoded()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Céng hßa x· héi chñ nghÜa ViÖt Nam | Cộng hòa xã hội chủ nghĩa Việt Nam",
        "C«ng ®oµn Gi¸o dôc ViÖt Nam | Công đoàn Giáo dục Việt Nam",
        "§éc lËp - Tù do - H¹nh phóc | Độc lập - Tự do - Hạnh phúc",
        "Giái viÖc tr\u00ADêng, ®¶m viÖc nhµ | Giỏi việc trường, đảm việc nhà",
        "NguyÔn ThÞ H\u00AD¬ng | Nguyễn Thị Hương",
        "Hoµn thµnh xuÊt s¾c nhiÖm vô | Hoàn thành xuất sắc nhiệm vụ"
      })
  void recognisesTcvn3WithoutAFont(String shown, String text) {
    Guess guess = EncodingGuess.guess(shown);

    assertThat(guess.encoding()).isEqualTo(LegacyEncoding.TCVN3);
    assertThat(guess.certain()).isTrue();
    assertThat(guess.decoded()).isEqualTo(text);
    assertThat(guess.asIs()).isEqualTo(shown);
    assertThat(guess.confidence()).isGreaterThanOrEqualTo(EncodingGuess.MIN_SCORE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Tieáng Vieät | Tiếng Việt",
        "Coâng ñoaøn Giaùo duïc Vieät Nam | Công đoàn Giáo dục Việt Nam",
        "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam | Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Ñoäc laäp - Töï do - Haïnh phuùc | Độc lập - Tự do - Hạnh phúc",
        "Gioûi vieäc tröôøng, ñaûm vieäc nhaø | Giỏi việc trường, đảm việc nhà",
        "Nguyeãn Thò Höông | Nguyễn Thị Hương",
        "Hoaøn thaønh xuaát saéc nhieäm vuï | Hoàn thành xuất sắc nhiệm vụ"
      })
  void recognisesVniWithoutAFont(String shown, String text) {
    Guess guess = EncodingGuess.guess(shown);

    assertThat(guess.encoding()).isEqualTo(LegacyEncoding.VNI);
    assertThat(guess.certain()).isTrue();
    assertThat(guess.decoded()).isEqualTo(text);
  }

  @Test
  void isNotSureOfOneShortWordAndOffersBothReadings() {
    Guess guess = EncodingGuess.guess("Lª");

    assertThat(guess.certain()).isFalse();
    assertThat(guess.encoding()).isEqualTo(LegacyEncoding.TCVN3);
    assertThat(guess.decoded()).isEqualTo("Lª");
    assertThat(guess.asIs()).isEqualTo("Lª");
    assertThat(guess.alternative()).isEqualTo("Lê");
  }

  @Test
  void isNotSureWhenNoReadingMakesSense() {
    Guess guess = EncodingGuess.guess("§");

    assertThat(guess.certain()).isFalse();
    assertThat(guess.decoded()).isEqualTo("§");
    assertThat(guess.alternative()).isEqualTo("Đ");
  }

  @Test
  void neverConvertsOnAReadingWithoutATellTale() {
    // "Mét" could be TCVN3 "Một", but nothing in it is foreign to Unicode Vietnamese.
    Guess guess = EncodingGuess.guess("Bé Mét");

    assertThat(guess.encoding()).isEqualTo(LegacyEncoding.UNICODE);
    assertThat(guess.decoded()).isEqualTo("Bé Mét");
  }
}
