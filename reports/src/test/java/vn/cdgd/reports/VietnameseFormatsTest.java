package vn.cdgd.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseFormatsTest {

  @Test
  void groupsIntegersWithDots() {
    assertThat(VietnameseFormats.integer(1_234_567)).isEqualTo("1.234.567");
    assertThat(VietnameseFormats.integer(75)).isEqualTo("75");
  }

  @Test
  void printsRatesAsPercentWithOneDecimalComma() {
    assertThat(VietnameseFormats.rate(0.94)).isEqualTo("94,0 %");
    assertThat(VietnameseFormats.rate(0.87)).isEqualTo("87,0 %");
    assertThat(VietnameseFormats.rate(0.923076923)).isEqualTo("92,3 %");
    assertThat(VietnameseFormats.rate(1)).isEqualTo("100,0 %");
  }

  @Test
  void printsMoneyInDongWithThousandsDots() {
    assertThat(VietnameseFormats.money(1_291_450_000L)).isEqualTo("1.291.450.000 đồng");
  }

  @Test
  void printsMillionsOfDongWithOneDecimalComma() {
    assertThat(VietnameseFormats.millions(2_500_000L)).isEqualTo("2,5");
    assertThat(VietnameseFormats.millions(1_741_800_000L)).isEqualTo("1.741,8");
    assertThat(VietnameseFormats.millions(0L)).isEqualTo("0,0");
  }

  @Test
  void printsDatesDayFirstAndInWords() {
    LocalDate review = LocalDate.of(2020, 10, 6);
    assertThat(VietnameseFormats.date(review)).isEqualTo("06/10/2020");
    assertThat(VietnameseFormats.dateInWords(review)).isEqualTo("ngày 06 tháng 10 năm 2020");
  }

  @Test
  void readsDatesAsPeopleWriteThem() {
    assertThat(VietnameseFormats.parseDate("6/10/2020", "--date")).isEqualTo(LocalDate.of(2020, 10, 6));
    assertThat(VietnameseFormats.parseDate("2020-10-06", "--date")).isEqualTo(LocalDate.of(2020, 10, 6));
  }

  @Test
  void refusesADateThatIsNotOneAsARequestError() {
    // A wrong --date is the request's fault (ReportException INPUT: exit code 2), not the conf's.
    assertThatThrownBy(() -> VietnameseFormats.parseDate("31/02/2020", "--date"))
        .isInstanceOf(ReportException.class)
        .hasMessage("--date: \"31/02/2020\" không phải là ngày (dạng dd/MM/yyyy, ví dụ 06/10/2020).")
        .extracting(e -> ((ReportException) e).kind()).isEqualTo(ReportException.Kind.INPUT);
  }
}
