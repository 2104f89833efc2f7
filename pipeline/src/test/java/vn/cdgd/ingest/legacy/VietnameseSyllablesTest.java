package vn.cdgd.ingest.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseSyllablesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a", "ạ", "ý", "ếch", "Công", "đoàn", "Giáo", "dục", "Việt", "Nam", "Cộng", "hòa", "xã",
        "hội", "chủ", "nghĩa", "Độc", "lập", "Tự", "Hạnh", "phúc", "Giỏi", "trường", "đảm", "nhà",
        "Nguyễn", "Thị", "Hương", "Lê", "Lợi", "Bằng", "khen", "Hoàn", "thành", "xuất", "sắc",
        "nhiệm", "vụ", "gì", "gìn", "giếng", "giữ", "gia", "quốc", "quý", "quýt", "quỳnh", "quyết",
        "khuya", "khuỷu", "thuở", "xoong", "người", "nghiêng", "ghế", "kìa", "kế", "yêu", "yến",
        "uống", "uy", "hóa", "hoá", "thủy", "thuỷ", "của", "mưa", "hoặc", "khỏe", "khoẻ", "ngoằn",
        "tuần", "khuấy", "thuế", "huỳnh", "ĐOÀN", "TRƯỜNG", "NGHĨA"
      })
  void acceptsSyllables(String word) {
    assertThat(VietnameseSyllables.isSyllable(word)).as(word).isTrue();
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    assertThat(VietnameseSyllables.isSyllable(decomposed)).as("NFD %s", word).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Céng",
        "hßa",
        "ViÖt",
        "chñ",
        "nghÜa",
        "Tieáng",
        "Vieät",
        "hoøa",
        "Coäng",
        "Excel",
        "THCS",
        "ce",
        "ko",
        "ka",
        "gé",
        "ghá",
        "ngi",
        "qúy",
        "quá\u0301",
        "cat",
        "càt",
        "lập\u0300",
        "taí",
        "tíên",
        "ngưòi",
        "mưả",
        "đ",
        "x",
        "xyz",
        "Straße",
        "café\u0301",
        "Tr\u00ADêng",
        "c¸i",
        "Lª"
      })
  void rejectsWhatIsNotASyllable(String word) {
    assertThat(VietnameseSyllables.isSyllable(word)).as(word).isFalse();
  }

  @Test
  void scoresTheShareOfNonAsciiWordsThatAreSyllables() {
    assertThat(VietnameseSyllables.score("Cộng hòa xã hội chủ nghĩa Việt Nam")).isEqualTo(1.0);
    assertThat(VietnameseSyllables.score("Trường THCS Lê Lợi, file Excel")).isEqualTo(1.0);
    assertThat(VietnameseSyllables.score("Céng hßa x· héi chñ nghÜa ViÖt Nam")).isEqualTo(0.0);
    assertThat(VietnameseSyllables.score("Việt ViÖt")).isEqualTo(0.5);
  }

  @Test
  void countsNeitherWayWhatIsAllAscii() {
    assertThat(VietnameseSyllables.score("Excel ABC THCS 2020")).isEqualTo(1.0);
    assertThat(VietnameseSyllables.score("")).isEqualTo(1.0);
    assertThat(VietnameseSyllables.score(null)).isEqualTo(1.0);
  }

  @Test
  void keepsALatinOneSignInsideItsWord() {
    // "c¸i" is one spoilt word, not the innocent ASCII words "c" and "i".
    assertThat(VietnameseSyllables.tally("Mét c¸i")).isEqualTo(new VietnameseSyllables.Tally(1, 2));
    assertThat(VietnameseSyllables.tally("Tr\u00ADêng"))
        .isEqualTo(new VietnameseSyllables.Tally(0, 1));
  }
}
