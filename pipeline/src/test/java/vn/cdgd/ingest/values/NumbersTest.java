package vn.cdgd.ingest.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

  private static void assertReads(String text, String expected) {
    Parsed<BigDecimal> parsed = Numbers.parse(text);
    assertThat(parsed.problem()).as("problem for [%s]", text).isNull();
    assertThat(parsed.value()).as("value of [%s]", text).isEqualByComparingTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"1.234.567 | 1234567", "1.234 | 1234", "12.345.678.901 | 12345678901"})
  void readsDotsAsThousandsSeparators(String text, String expected) {
    assertReads(text, expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"1,234 | 1234", "1,234,567 | 1234567", "999,000 | 999000"})
  void readsCommasFollowedByThreeDigitsAsThousandsSeparators(String text, String expected) {
    assertReads(text, expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1,5 | 1.5",
        "1.5 | 1.5",
        "1.23 | 1.23",
        "12,25 | 12.25",
        "1,2345 | 1.2345",
        "0,125 | 0.125",
        "0.500 | 0.5",
        "1234,567 | 1234.567"
      })
  void readsALoneSeparatorNotFollowedByAGroupOfThreeAsADecimalMark(String text, String expected) {
    assertReads(text, expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1.234.567,5 | 1234567.5",
        "1.234,5 | 1234.5",
        "1,234.5 | 1234.5",
        "1,234,567.25 | 1234567.25",
        "12,345.678 | 12345.678"
      })
  void readsTheLastOfTwoKindsOfSeparatorAsTheDecimalMark(String text, String expected) {
    assertReads(text, expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1 234 567 | 1234567",
        "1\u00A0234\u00A0567 | 1234567",
        "1\u202F234 | 1234",
        "1 234 567,5 | 1234567.5",
        "'\u00A012\u00A0' | 12",
        "' 12 ' | 12",
        "'\t12\n' | 12"
      })
  void readsSpacesOfAnyKindAroundAndBetweenThousands(String text, String expected) {
    assertReads(text, expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "45 người | 45",
        "12 lượt | 12",
        "3.500.000 đồng | 3500000",
        "3.500.000đ | 3500000",
        "3.500.000 đ | 3500000",
        "3.500.000 VNĐ | 3500000",
        "3.500.000VNĐ | 3500000",
        "3.500.000 ₫ | 3500000",
        "3.500.000₫ | 3500000",
        "1.234 người lao động | 1234",
        "45\u00A0người | 45"
      })
  void ignoresATrailingUnit(String text, String expected) {
    assertReads(text, expected);
  }

  @Test
  void ignoresADecomposedTrailingUnit() {
    assertReads(TextsTest.decomposed("45 người"), "45");
    assertReads(TextsTest.decomposed("3.500.000 đồng"), "3500000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "–", "—", " - ", "\u00A0-\u00A0", "--"})
  void readsALoneDashAsZero(String text) {
    assertReads(text, "0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u00A0", "\t\n", "\u200B"})
  void readsEmptyTextAsBlank(String text) {
    assertThat(Numbers.parse(text).isBlank()).isTrue();
    assertThat(Numbers.parse(null).isBlank()).isTrue();
    assertThat(Numbers.wholeNumber(text).isBlank()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"-5 | -5", "- 5 | -5", "−5 | -5", "-1.234 | -1234", "+5 | 5", "+1,5 | 1.5"})
  void readsSigns(String text, String expected) {
    assertReads(text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "12a",
        "abc",
        "1.2.3,4,5",
        "1..2",
        "(5)",
        "khoảng 45",
        "12 lượt 5",
        "12.",
        ",5",
        "1 23",
        "1,234.567.8",
        "45%",
        "1E+05",
        "+-5"
      })
  void failsOnWhatIsNotANumber(String text) {
    Parsed<BigDecimal> parsed = Numbers.parse(text);
    assertThat(parsed.isOk()).as("[%s]", text).isFalse();
    assertThat(parsed.problem()).startsWith("\"" + text + "\" không phải là số.");
  }

  @Test
  void failsOnLettersInsideANumber() {
    assertThat(Numbers.parse("12a").problem())
        .isEqualTo("\"12a\" không phải là số. Hãy nhập một số, ví dụ 1.234 hoặc 12,5.");
    assertThat(Numbers.wholeNumber("12a").problem())
        .isEqualTo("\"12a\" không phải là số. Hãy nhập một số nguyên, ví dụ 1.234.");
  }

  @Test
  void quotesTheCleanedTextInTheProblem() {
    assertThat(Numbers.parse("\u00A01..2 ").problem()).startsWith("\"1..2\" ");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1.234.567 | 1234567",
        "1,234 | 1234",
        "45 người | 45",
        "- | 0",
        "-5 | -5",
        "1,0 | 1",
        "9.223.372.036.854.775.807 | 9223372036854775807"
      })
  void readsWholeNumbers(String text, long expected) {
    assertThat(Numbers.wholeNumber(text)).isEqualTo(Parsed.ok(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,5", "1.5", "1.234,5", "0,25"})
  void failsOnAFractionWhereAWholeNumberIsExpected(String text) {
    assertThat(Numbers.wholeNumber(text).problem())
        .isEqualTo(
            "Giá trị \"" + text + "\" có phần lẻ, nhưng ô này phải là số nguyên."
                + " Hãy nhập một số nguyên, ví dụ 1.234.");
  }

  @Test
  void failsOnAWholeNumberTooLargeToKeep() {
    assertThat(Numbers.wholeNumber("99.999.999.999.999.999.999").problem()).contains("quá lớn");
  }

  @ParameterizedTest
  @CsvSource({"1.0, 1", "0.0, 0", "-0.0, 0", "45, 45", "44.99999999999999, 45", "45.0000001, 45"})
  void readsWholeNumericCellsForgivingFloatingPointNoise(double cell, long expected) {
    assertThat(Numbers.wholeNumber(cell)).isEqualTo(Parsed.ok(expected));
  }

  @Test
  void failsOnFractionalNumericCells() {
    assertThat(Numbers.wholeNumber(2.5).problem())
        .isEqualTo(
            "Giá trị \"2,5\" có phần lẻ, nhưng ô này phải là số nguyên."
                + " Hãy nhập một số nguyên, ví dụ 1.234.");
    assertThat(Numbers.wholeNumber(44.99).isOk()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e30})
  void failsOnNumericCellsThatAreNoWholeNumber(double cell) {
    assertThat(Numbers.wholeNumber(cell).isOk()).isFalse();
  }
}
