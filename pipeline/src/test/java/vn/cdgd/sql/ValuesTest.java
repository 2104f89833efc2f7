package vn.cdgd.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void printsDoublesWithoutFloatNoiseNorScientificNotation() {
    assertThat(Values.text(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(Values.text(94.0 / 100.0 * 3 / 3)).isEqualTo("0.94");
    assertThat(Values.text(0.9399999999999999)).isEqualTo("0.94");
    assertThat(Values.text(1e20)).isEqualTo("100000000000000000000");
    assertThat(Values.text(1.5e-7)).isEqualTo("0.00000015");
    assertThat(Values.text(3.0)).isEqualTo("3");
    assertThat(Values.text(0.94f)).isEqualTo("0.94");
    assertThat(Values.text(Double.NaN)).isEqualTo("NaN");
  }

  @Test
  void keepsTheScaleOfDecimalsAndShowsNullAsNothing() {
    assertThat(Values.text(new BigDecimal("1.50"))).isEqualTo("1.50");
    assertThat(Values.text(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Values.text(null)).isEmpty();
  }

  @Test
  void printsTimestampsAndListsReadably() {
    assertThat(Values.text(LocalDateTime.of(2020, 10, 6, 8, 0))).isEqualTo("2020-10-06 08:00:00");
    assertThat(Values.text(LocalDateTime.of(2020, 10, 6, 8, 0, 1, 500_000_000)))
        .isEqualTo("2020-10-06 08:00:01.500");
    assertThat(Values.text(Arrays.asList("a", null, 2))).isEqualTo("[a, , 2]");
  }
}
