package vn.cdgd.ingest.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VniTest {

  /**
   * What Excel shows for each letter typed in a VNI font: one row per vowel in {@link
   * VietnameseLetters} order (no tone, sắc, huyền, hỏi, ngã, nặng), then đ. Typed from the
   * vietunicode VNI reference table, independently of the mark strings in Vni.
   */
  private static final List<List<String>> LOWERCASE =
      List.of(
          List.of("a", "aù", "aø", "aû", "aõ", "aï"), // a
          List.of("aê", "aé", "aè", "aú", "aü", "aë"), // ă
          List.of("aâ", "aá", "aà", "aå", "aã", "aä"), // â
          List.of("e", "eù", "eø", "eû", "eõ", "eï"), // e
          List.of("eâ", "eá", "eà", "eå", "eã", "eä"), // ê
          List.of("i", "í", "ì", "æ", "ó", "ò"), // i
          List.of("o", "où", "oø", "oû", "oõ", "oï"), // o
          List.of("oâ", "oá", "oà", "oå", "oã", "oä"), // ô
          List.of("ô", "ôù", "ôø", "ôû", "ôõ", "ôï"), // ơ
          List.of("u", "uù", "uø", "uû", "uõ", "uï"), // u
          List.of("ö", "öù", "öø", "öû", "öõ", "öï"), // ư
          List.of("y", "yù", "yø", "yû", "yõ", "î"), // y
          List.of("ñ")); // đ

  private static final List<List<String>> UPPERCASE =
      List.of(
          List.of("A", "AÙ", "AØ", "AÛ", "AÕ", "AÏ"),
          List.of("AÊ", "AÉ", "AÈ", "AÚ", "AÜ", "AË"),
          List.of("AÂ", "AÁ", "AÀ", "AÅ", "AÃ", "AÄ"),
          List.of("E", "EÙ", "EØ", "EÛ", "EÕ", "EÏ"),
          List.of("EÂ", "EÁ", "EÀ", "EÅ", "EÃ", "EÄ"),
          List.of("I", "Í", "Ì", "Æ", "Ó", "Ò"),
          List.of("O", "OÙ", "OØ", "OÛ", "OÕ", "OÏ"),
          List.of("OÂ", "OÁ", "OÀ", "OÅ", "OÃ", "OÄ"),
          List.of("Ô", "ÔÙ", "ÔØ", "ÔÛ", "ÔÕ", "ÔÏ"),
          List.of("U", "UÙ", "UØ", "UÛ", "UÕ", "UÏ"),
          List.of("Ö", "ÖÙ", "ÖØ", "ÖÛ", "ÖÕ", "ÖÏ"),
          List.of("Y", "YÙ", "YØ", "YÛ", "YÕ", "Î"),
          List.of("Ñ"));

  private static void assertTable(List<String> letters, List<List<String>> table) {
    List<String> shown = new ArrayList<>();
    table.forEach(shown::addAll);
    assertThat(shown).hasSameSizeAs(letters).hasSize(73);
    for (int i = 0; i < letters.size(); i++) {
      String letter = letters.get(i);
      assertThat(Vni.decode(shown.get(i))).as("VNI %s", shown.get(i)).isEqualTo(letter);
      assertThat(Vni.encode(letter)).as("VNI of %s", letter).isEqualTo(shown.get(i));
      assertThat(Vni.decode(Vni.encode(letter))).isEqualTo(letter);
    }
  }

  @Test
  void decodesAndEncodesEveryLowercaseLetter() {
    assertTable(VietnameseLetters.lowercase(), LOWERCASE);
  }

  @Test
  void decodesAndEncodesEveryCapital() {
    assertTable(VietnameseLetters.uppercase(), UPPERCASE);
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
        "Tröôøng THCS Leâ Lôïi | Trường THCS Lê Lợi",
        "Baèng khen | Bằng khen",
        "Hoaøn thaønh xuaát saéc nhieäm vuï | Hoàn thành xuất sắc nhiệm vụ",
        "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "ÑOÄC LAÄP - TÖÏ DO | ĐỘC LẬP - TỰ DO",
        "TRÖÔØNG THCS LEÂ LÔÏI | TRƯỜNG THCS LÊ LỢI"
      })
  void readsSentencesAsExcelShowsThem(String shown, String text) {
    assertThat(Vni.decode(shown)).isEqualTo(text);
    assertThat(Vni.encode(text)).isEqualTo(shown);
  }

  @Test
  void takesAMarkOfEitherCaseAfterACapital() {
    assertThat(Vni.decode("Aù")).isEqualTo("Á");
    assertThat(Vni.decode("AÙ")).isEqualTo("Á");
    assertThat(Vni.decode("Tröôøng")).isEqualTo("Trường");
  }

  @Test
  void leavesAMarkThatFitsNoLetterAsItIs() {
    // A circumflex fits a, e, o only; a breve fits a only; "uâ" is Unicode's "xuân", not VNI.
    assertThat(Vni.decode("xuân")).isEqualTo("xuân");
    assertThat(Vni.decode("uê")).isEqualTo("uê");
    assertThat(Vni.decode("ù")).isEqualTo("ù");
  }

  @Test
  void readsBothFormsOfTheBytes80To9F() {
    assertThat(Vni.decode("\u0093Coâng ñoaøn\u0094 \u0096")).isEqualTo("“Công đoàn” –");
    assertThat(Vni.decode("“Coâng ñoaøn” –")).isEqualTo("“Công đoàn” –");
  }

  @Test
  void leavesNullAndEmptyAlone() {
    assertThat(Vni.decode(null)).isNull();
    assertThat(Vni.decode("")).isEmpty();
  }

  @Test
  void refusesToWriteACharacterThatVniUsesForALetter() {
    assertThatThrownBy(() -> Vni.encode("Señor")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Vni.encode("Müller")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Vni.encode("Straße © 2020")).isEqualTo("Straße © 2020");
  }

  @Test
  void findsTellTalesThatUnicodeVietnameseNeverHas() {
    assertThat(Vni.tellTales("Tieáng Vieät")).isEqualTo(2);
    assertThat(Vni.tellTales("ñoaøn")).isEqualTo(2);
    assertThat(Vni.tellTales("Hoà Bình, hoá học, xuân, thuế")).isZero();
  }
}
