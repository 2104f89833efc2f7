package vn.cdgd.ingest.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParsedTest {

  @Test
  void tellsValueBlankAndFailureApart() {
    Parsed<Long> value = Parsed.ok(5L);
    Parsed<Long> blank = Parsed.blank();
    Parsed<Long> failure = Parsed.fail("\"x\" không phải là số.");

    assertThat(value.isOk()).isTrue();
    assertThat(value.isBlank()).isFalse();
    assertThat(value.value()).isEqualTo(5L);
    assertThat(blank.isOk()).isTrue();
    assertThat(blank.isBlank()).isTrue();
    assertThat(failure.isOk()).isFalse();
    assertThat(failure.isBlank()).isFalse();
    assertThat(failure.problem()).isEqualTo("\"x\" không phải là số.");
  }

  @Test
  void refusesAFailureWithoutAMessage() {
    assertThatThrownBy(() -> Parsed.fail(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
