package vn.cdgd.ingest.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Capitals with a tone written by VN1 tools (GNU iconv -t TCVN5712-1) into cells of a TCVN3 font.
 * The expected bytes were read off `iconv -f UTF-8 -t TCVN5712-1` on this machine, one letter at a
 * time; the cell holds the character Excel shows for the byte (Windows-1252 for 0x80–0x9F).
 */
class Tcvn3Vn1CapitalsTest {

  private static char cellCharOf(int b) {
    return Cp1252.charOf(b);
  }

  @ParameterizedTest(name = "{0} = 0x{1}")
  @CsvSource({
    "À,80", "Ả,81", "Ã,82", "Á,83", "Ạ,84", "Ậ,86", "È,87", "Ẻ,88", "Ẽ,89", "É,8A", "Ẹ,8B", "Ệ,8C",
    "Ì,8D", "Ỉ,8E", "Ĩ,8F", "Í,90", "Ờ,98", "Ở,99", "Ỡ,9A", "Ớ,9B", "Ợ,9C", "Ù,9D", "Ủ,9E", "Ũ,9F",
    "Ú,01", "Ụ,02", "Ừ,04", "Ử,05", "Ữ,06", "Ứ,11", "Ự,12", "Ỳ,13", "Ỷ,14", "Ỹ,15", "Ý,16", "Ỵ,17",
    "Ằ,AF", "Ẳ,BA", "Ẵ,BF", "Ắ,C0", "Ầ,C1", "Ẩ,C2", "Ẫ,C3", "Ấ,C4", "Ề,C5", "Ể,CD", "Ễ,D9", "Ế,DA",
    "Ồ,DB", "Ổ,E0", "Ỗ,F0", "Ố,FF"
  })
  void decodesEveryVn1CapitalAtTheStartOfAName(String capital, String hex) {
    char cell = cellCharOf(Integer.parseInt(hex, 16));

    assertThat(Tcvn3.decodeTyped(cell + "nh", false)).isEqualTo(capital + "nh");
  }

  @ParameterizedTest(name = "{0} = 0x{1}")
  @CsvSource({"Ặ,85", "Ị,91", "Ò,92", "Ỏ,93", "Õ,94", "Ó,95", "Ọ,96", "Ộ,97"})
  void readsAPunctuationByteAsACapitalInsideAWordInCapitals(String capital, String hex) {
    char cell = cellCharOf(Integer.parseInt(hex, 16));

    assertThat(Tcvn3.decodeTyped("H" + cell + "C", false)).isEqualTo("H" + capital + "C");
  }

  @Test
  void readsAWholeSentenceConvertedByIconv() {
    // iconv -f UTF-8 -t TCVN5712-1 of "CỘNG HÒA XÃ HỘI, Trần Thị Ngọc Ánh, Ủy viên BCH"
    String cell = "C\u2014NG H\u2019A X\u201a H\u2014I, Tr\u00c7n Th\u00de Ng\u00e4c \u0192nh, \u017ey vi\u00aan BCH";

    assertThat(Tcvn3.decodeTyped(cell, false)).isEqualTo("CỘNG HÒA XÃ HỘI, Trần Thị Ngọc Ánh, Ủy viên BCH");
  }

  @Test
  void keepsPunctuationThatPeopleType() {
    assertThat(Tcvn3.decodeTyped("\u00a7\u00bek R\u2019L\u00cap", false)).isEqualTo("Đắk R’Lấp");
    assertThat(Tcvn3.decodeTyped("\u201cGi\u00e1i vi\u00d6c nh\u00b5\u201d \u2013 2020\u2026", false))
        .isEqualTo("“Giỏi việc nhà” – 2020…");
  }

  @Test
  void leavesContentGuessingOnVn3() {
    // In a Unicode font, "Ánh" is Unicode text; only a TCVN3 font makes 0xC1 a VN1 capital.
    assertThat(Tcvn3.decode("\u00c1nh", false)).isEqualTo("Ánh");
    assertThat(Tcvn3.decodeTyped("\u00c1nh", false)).isEqualTo("Ầnh");
  }
}
