package vn.cdgd.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SchoolYearTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"2019-2020", "2019 – 2020", "2019/2020", "NH 2019-2020", "Năm học: 2019 - 2020", "2019-20"})
  void readsTheWaysPeopleWriteAYear(String text) {
    assertThat(SchoolYear.parse(text)).contains(new SchoolYear(2019));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019-2021", "2019", "", "năm nay", "20192020"})
  void refusesWhatIsNotASchoolYear(String text) {
    assertThat(SchoolYear.parse(text)).isEmpty();
  }

  @Test
  void spansSeptemberToAugustWithTheDeadlineAfter() {
    SchoolYear year = SchoolYear.of("2019-2020");
    MonthDay september = MonthDay.of(9, 1);
    assertThat(year.firstDay(september)).isEqualTo(LocalDate.of(2019, 9, 1));
    assertThat(year.lastDay(september)).isEqualTo(LocalDate.of(2020, 8, 31));
    assertThat(year.deadline(september, MonthDay.of(9, 30))).isEqualTo(LocalDate.of(2020, 9, 30));
    assertThat(year.previous().label()).isEqualTo("2018-2019");
  }
}
