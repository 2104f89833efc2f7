package vn.cdgd.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {

  @Test
  void countsComposedAndDecomposedVietnameseAlike() {
    String composed = "Nguyễn Thị Hoa";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    assertThat(decomposed.length()).isGreaterThan(composed.length());
    assertThat(DisplayWidth.of(composed)).isEqualTo(14);
    assertThat(DisplayWidth.of(decomposed)).isEqualTo(14);
  }

  @Test
  void countsWideCharactersTwiceAndControlsNever() {
    assertThat(DisplayWidth.of("越南")).isEqualTo(4);
    assertThat(DisplayWidth.of("a\u200Bb")).isEqualTo(2);
  }
}
