package vn.cdgd.ingest.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  private static final LocalDate SIXTH_OCTOBER_2020 = LocalDate.of(2020, 10, 6);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "06/10/2020",
        "6/10/2020",
        "06-10-2020",
        "06.10.2020",
        "6/10/20",
        " 06/10/2020\u00A0",
        "06 / 10 / 2020",
        "2020-10-06",
        "ngày 06 tháng 10 năm 2020",
        "Ngày 6 tháng 10 năm 2020",
        "NGÀY 06 THÁNG 10 NĂM 2020",
        "06 tháng 10 năm 2020",
        "ngày 06/10/2020",
        "Ngày: 06/10/2020",
        "44110"
      })
  void readsTheWaysPeopleWriteADateDayFirst(String text) {
    assertThat(Dates.parse(text)).isEqualTo(Parsed.ok(SIXTH_OCTOBER_2020));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ngày 06 tháng 10 năm 2020", "Ngày 6 tháng 10 năm 2020", "06 tháng 10 năm 2020"})
  void readsDecomposedVietnameseDates(String composed) {
    assertThat(Dates.parse(TextsTest.decomposed(composed)))
        .isEqualTo(Parsed.ok(SIXTH_OCTOBER_2020));
  }

  @Test
  void readsTheDayFirstEvenWhenTheOtherOrderWouldBeValid() {
    assertThat(Dates.parse("03/04/2021").value()).isEqualTo(LocalDate.of(2021, 4, 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u00A0"})
  void readsEmptyTextAsBlank(String text) {
    assertThat(Dates.parse(text).isBlank()).isTrue();
    assertThat(Dates.parse(null).isBlank()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"31/02/2020", "13/13/2020", "29/02/2021", "00/10/2020", "2020-02-30"})
  void failsOnDaysThatDoNotExist(String text) {
    assertThat(Dates.parse(text).problem())
        .isEqualTo(
            "\"" + text + "\" không phải là ngày có thật."
                + " Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 06/10/2020.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hôm qua",
        "06/10",
        "06/10/202",
        "06102020",
        "Hà Nội, ngày 06 tháng 10 năm 2020",
        "tháng 10 năm 2020",
        "0",
        "3000000",
        "44110,5"
      })
  void failsOnTextThatHoldsNoDate(String text) {
    assertThat(Dates.parse(text).problem())
        .isEqualTo(
            "\"" + text + "\" không phải là ngày."
                + " Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 06/10/2020.");
  }

  @ParameterizedTest
  @CsvSource({
    "1, 1900-01-01",
    "59, 1900-02-28",
    "61, 1900-03-01",
    "43831, 2020-01-01",
    "44110, 2020-10-06",
    "44110.75, 2020-10-06",
    "2958465, 9999-12-31"
  })
  void readsExcelSerialNumbersWithThe1900LeapYearBug(double serial, LocalDate expected) {
    assertThat(Dates.fromExcelSerial(serial)).isEqualTo(Parsed.ok(expected));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 0.5, -1, 60, 2958466, Double.NaN, Double.POSITIVE_INFINITY})
  void failsOnSerialNumbersOutsideExcelsCalendar(double serial) {
    Parsed<LocalDate> parsed = Dates.fromExcelSerial(serial);
    assertThat(parsed.isOk()).isFalse();
    assertThat(parsed.problem()).contains("dd/mm/yyyy");
  }

  @Test
  void formatsDayFirstWithLeadingZeros() {
    assertThat(Dates.format(SIXTH_OCTOBER_2020)).isEqualTo("06/10/2020");
    assertThat(Dates.format(LocalDate.of(1999, 1, 2))).isEqualTo("02/01/1999");
    assertThat(Dates.format(null)).isEmpty();
  }

  @Test
  void readsBackWhatItFormats() {
    LocalDate date = LocalDate.of(2023, 12, 31);
    assertThat(Dates.parse(Dates.format(date)).value()).isEqualTo(date);
  }
}
