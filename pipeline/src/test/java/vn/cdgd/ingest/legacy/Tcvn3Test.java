package vn.cdgd.ingest.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cdgd.ingest.values.Texts;

class Tcvn3Test {

  /**
   * What Excel shows for each lowercase letter typed in a TCVN3 font, as Latin-1 glyphs: one row
   * per vowel in {@link VietnameseLetters} order (no tone, sắc, huyền, hỏi, ngã, nặng), then đ.
   * Typed from the vietunicode TCVN3 (ABC) table, independently of the hex table in Tcvn3.
   */
  private static final List<String> SHOWN =
      List.of(
          "a¸µ¶·¹", // a
          "¨¾»¼½Æ", // ă
          "©ÊÇÈÉË", // â
          "eÐÌÎÏÑ", // e
          "ªÕÒÓÔÖ", // ê
          "iÝ×ØÜÞ", // i
          "oãßáâä", // o
          "«èåæçé", // ô
          "¬íêëìî", // ơ
          "uóïñòô", // u
          "\u00ADøõö÷ù", // ư: the soft hyphen, then ứ ừ ử ữ ự
          "yýúûüþ", // y
          "®"); // đ

  /** The seven capitals TCVN3 has outside the all-caps fonts, and what Excel shows for them. */
  private static final Map<String, String> CAPITALS =
      Map.of("Ă", "¡", "Â", "¢", "Ê", "£", "Ô", "¤", "Ơ", "¥", "Ư", "¦", "Đ", "§");

  static Map<String, String> shownByLetter() {
    List<String> letters = VietnameseLetters.lowercase();
    List<String> shown = new ArrayList<>();
    SHOWN.forEach(row -> row.chars().forEach(c -> shown.add(String.valueOf((char) c))));
    assertThat(shown).hasSameSizeAs(letters);
    Map<String, String> byLetter = new HashMap<>();
    for (int i = 0; i < letters.size(); i++) {
      byLetter.put(letters.get(i), shown.get(i));
    }
    return byLetter;
  }

  @Test
  void listsEveryLetter() {
    List<String> all = new ArrayList<>(VietnameseLetters.lowercase());
    all.addAll(VietnameseLetters.uppercase());

    assertThat(all).hasSize(146).doesNotHaveDuplicates();
    assertThat(all.stream().filter(letter -> letter.charAt(0) > 0x7F)).hasSize(134);
  }

  @Test
  void decodesEveryLowercaseLetter() {
    shownByLetter()
        .forEach(
            (letter, shown) ->
                assertThat(Tcvn3.decode(shown, false)).as("TCVN3 %s", shown).isEqualTo(letter));
  }

  @Test
  void decodesEveryLetterAsACapitalInAnAllCapsFont() {
    shownByLetter()
        .forEach(
            (letter, shown) ->
                assertThat(Tcvn3.decode(shown, true))
                    .as("TCVN3 all-caps %s", shown)
                    .isEqualTo(letter.toUpperCase(Locale.ROOT)));
  }

  @Test
  void decodesTheSevenCapitalsInAnyFont() {
    CAPITALS.forEach(
        (letter, shown) -> {
          assertThat(Tcvn3.decode(shown, false)).isEqualTo(letter);
          assertThat(Tcvn3.decode(shown, true)).isEqualTo(letter);
        });
  }

  @Test
  void decodesNoOtherByte() {
    Map<String, String> letterByShown = new HashMap<>();
    shownByLetter().forEach((letter, shown) -> letterByShown.put(shown, letter));
    CAPITALS.forEach((letter, shown) -> letterByShown.put(shown, letter));

    for (char c = 0; c <= 0xFF; c++) {
      String shown = String.valueOf(c);
      String expected = letterByShown.getOrDefault(shown, shown);
      if (c >= 0x80 && c <= 0x9F) {
        continue; // covered by readsBothFormsOfTheBytes80To9F
      }
      assertThat(Tcvn3.decode(shown, false)).as("byte %02X", (int) c).isEqualTo(expected);
    }
  }

  @Test
  void encodesEveryLetterAndReadsItBack() {
    shownByLetter()
        .forEach(
            (letter, shown) -> {
              assertThat(Tcvn3.encode(letter)).isEqualTo(shown);
              assertThat(Tcvn3.decode(Tcvn3.encode(letter), false)).isEqualTo(letter);
            });
    for (String capital : VietnameseLetters.uppercase()) {
      assertThat(Tcvn3.decode(Tcvn3.encode(capital), true)).isEqualTo(capital);
    }
  }

  @Test
  void writesACapitalWithAToneWithItsLowercaseByte() {
    assertThat(Tcvn3.encode("CỘNG HÒA")).isEqualTo("CéNG HßA");
    assertThat(Tcvn3.encode("ĐẠI HỘI")).isEqualTo("§¹I HéI");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ViÖt | Việt",
        "Céng hßa | Cộng hòa",
        "Céng hßa x· héi chñ nghÜa ViÖt Nam | Cộng hòa xã hội chủ nghĩa Việt Nam",
        "C«ng ®oµn Gi¸o dôc ViÖt Nam | Công đoàn Giáo dục Việt Nam",
        "§éc lËp - Tù do - H¹nh phóc | Độc lập - Tự do - Hạnh phúc",
        "Giái viÖc tr\u00ADêng, ®¶m viÖc nhµ | Giỏi việc trường, đảm việc nhà",
        "NguyÔn ThÞ H\u00AD¬ng | Nguyễn Thị Hương",
        "Tr\u00ADêng THCS Lª Lîi | Trường THCS Lê Lợi",
        "B»ng khen | Bằng khen",
        "Hoµn thµnh xuÊt s¾c nhiÖm vô | Hoàn thành xuất sắc nhiệm vụ"
      })
  void readsSentencesAsExcelShowsThem(String shown, String text) {
    assertThat(Tcvn3.decode(shown, false)).isEqualTo(text);
    assertThat(Tcvn3.encode(text)).isEqualTo(shown);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "céng hßa x· héi chñ nghÜa viÖt nam | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "§éC LËP - Tù DO - H¹NH PHóC | ĐỘC LẬP - TỰ DO - HẠNH PHÚC",
        "b»ng khen | BẰNG KHEN"
      })
  void readsEveryLetterAsACapitalInAnAllCapsFont(String shown, String text) {
    assertThat(Tcvn3.decode(shown, true)).isEqualTo(text);
  }

  @Test
  void readsTheSameBytesDifferentlyByFont() {
    assertThat(Tcvn3.decode("Céng hßa", false)).isEqualTo("Cộng hòa");
    assertThat(Tcvn3.decode("Céng hßa", true)).isEqualTo("CỘNG HÒA");
  }

  @Test
  void keepsTheLetterBehindTheSoftHyphen() {
    String decoded = Tcvn3.decode("Tr\u00ADêng", false);

    assertThat(decoded).isEqualTo("Trường");
    assertThat(Texts.clean(decoded)).isEqualTo("Trường");
  }

  @Test
  void decodesBeforeAnyCaseChangeCouldTurnSharpSIntoSs() {
    assertThat("hßa".toUpperCase(Locale.ROOT)).isEqualTo("HSSA");

    assertThat(Tcvn3.decode("hßa", true)).isEqualTo("HÒA");
    assertThat(Tcvn3.decode("hßa", false).toUpperCase(Locale.ROOT)).isEqualTo("HÒA");
  }

  @Test
  void readsBothFormsOfTheBytes80To9F() {
    // Curly quotes and dashes are punctuation in TCVN3; some writers hand them over as C1 points.
    assertThat(Tcvn3.decode("\u0093Céng hßa\u0094 \u0096 \u0085", false))
        .isEqualTo("“Cộng hòa” – …");
    assertThat(Tcvn3.decode("“Céng hßa” – …", false)).isEqualTo("“Cộng hòa” – …");
    assertThat(Tcvn3.decode("\u0081", false)).isEqualTo("\u0081");
  }

  @Test
  void leavesWhatIsNotALetterByteAlone() {
    assertThat(Tcvn3.decode("25°C, ±, À", false)).isEqualTo("25°C, ±, À");
    assertThat(Tcvn3.decode("Việt Nam", false)).isEqualTo("Việt Nam");
    assertThat(Tcvn3.decode("", true)).isEmpty();
    assertThat(Tcvn3.decode(null, false)).isNull();
  }

  @Test
  void refusesToWriteACharacterWhoseByteIsALetter() {
    assertThatThrownBy(() -> Tcvn3.encode("Straße")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Tcvn3.encode("© 2020")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Tcvn3.encode("“25°C” – ±")).isEqualTo("“25°C” – ±");
  }

  @Test
  void findsTellTalesOnlyInBytesUnicodeVietnameseNeverUses() {
    assertThat(Tcvn3.tellTales("ViÖt Nam")).isEqualTo(1);
    assertThat(Tcvn3.tellTales("Tr\u00ADêng")).isEqualTo(1);
    assertThat(Tcvn3.tellTales("Céng")).isZero();
    assertThat(Tcvn3.tellTales("Hòa Bình")).isZero();
  }
}
