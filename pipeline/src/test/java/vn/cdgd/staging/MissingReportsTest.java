package vn.cdgd.staging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.reference.Unit;
import vn.cdgd.reference.UnitRegister;

/**
 * Who has not reported: two districts and a school directly under the province, seven schools of
 * which one closed before the year, two reported (one under a code typed in lower case), one sent
 * only a rejected file.
 */
class MissingReportsTest {
  private static final LocalDate START = LocalDate.of(2015, 1, 1);
  private static final MonthDay STARTS = MonthDay.of(9, 1);
  private static final MonthDay DEADLINE = MonthDay.of(9, 30);
  private static final SchoolYear YEAR = SchoolYear.of("2019-2020");

  private static final UnitRegister REGISTER = new UnitRegister(List.of(
      unit("DNO", "Công đoàn ngành Giáo dục tỉnh Đắk Nông", ""),
      unit("DNO-DM", "Công đoàn Giáo dục huyện Đắk Mil", "DNO"),
      unit("DNO-CJ", "Công đoàn Giáo dục huyện Cư Jút", "DNO"),
      unit("DNO0001", "Trường THCS Đinh Tiên Hoàng", "DNO-DM"),
      unit("DNO0002", "Trường Tiểu học Âu Cơ", "DNO-DM"),
      unit("DNO0003", "Trường Mầm non Bình Minh", "DNO-DM"),
      unit("DNO0004", "Trường Tiểu học Anh Đào", "DNO-CJ"),
      unit("DNO0005", "Trường THPT Chu Văn An", "DNO-CJ"),
      new Unit("DNO0006", "Trường Mầm non đã giải thể", "DNO-CJ", "Mầm non", "Công lập", "", "Đắk Nông", START,
          LocalDate.of(2019, 8, 31)),
      unit("DNO0007", "Trường THPT Chuyên Nguyễn Chí Thanh", "DNO")));

  @Test
  void listsTheExpectedUnitsWithoutAnAcceptedReportByDistrictInVietnameseOrder() {
    Map<String, MissingReports.Received> received = Map.of(
        "dno0001", new MissingReports.Received(true, "2019-2020/dinh-tien-hoang.xlsx"),
        "DNO0005", new MissingReports.Received(true, "2019-2020/chu-van-an.xlsx"),
        "DNO0003", new MissingReports.Received(false, "2019-2020/binh-minh lần 2.xlsx"));

    MissingReports.Report report =
        MissingReports.of(REGISTER, YEAR, STARTS, DEADLINE, received, LocalDate.of(2020, 9, 25));

    assertThat(report.expected()).isEqualTo(6);
    assertThat(report.missingCount()).isEqualTo(4);
    // "Cư Jút" before "Đắk Mil" (Đ sorts after D), the province last ("Công đoàn ngành" after "Công đoàn Giáo").
    assertThat(report.districts()).extracting(MissingReports.District::code, MissingReports.District::expected)
        .containsExactly(tuple("DNO-CJ", 2), tuple("DNO-DM", 3), tuple("DNO", 1));
    assertThat(report.districts().get(0).missing()).extracting(MissingReports.MissingUnit::code)
        .containsExactly("DNO0004");
    // Vietnamese order: "Âu" sorts with A, before "Bình"; the one who sent a rejected file has to send again.
    assertThat(report.districts().get(1).missing())
        .extracting(MissingReports.MissingUnit::name, MissingReports.MissingUnit::reason, MissingReports.MissingUnit::lastFile)
        .containsExactly(
            tuple("Trường Mầm non Bình Minh", MissingReports.Reason.ONLY_REJECTED, "2019-2020/binh-minh lần 2.xlsx"),
            tuple("Trường Tiểu học Âu Cơ", MissingReports.Reason.NOTHING_RECEIVED, null));
    assertThat(report.districts().get(2).name()).isEqualTo("Công đoàn ngành Giáo dục tỉnh Đắk Nông");
    assertThat(report.deadline()).isEqualTo(LocalDate.of(2020, 9, 30));
    assertThat(report.daysLeft()).isEqualTo(5);
  }

  @Test
  void daysLeftTurnNegativeOnceTheDeadlineHasPassed() {
    MissingReports.Report report =
        MissingReports.of(REGISTER, YEAR, STARTS, DEADLINE, Map.of(), LocalDate.of(2020, 10, 3));
    assertThat(report.daysLeft()).isEqualTo(-3);
    assertThat(report.missingCount()).isEqualTo(report.expected()).isEqualTo(6);
  }

  private static Unit unit(String code, String name, String parent) {
    return new Unit(code, name, parent, "Khác", "Công lập", "", "Đắk Nông", START, null);
  }
}
