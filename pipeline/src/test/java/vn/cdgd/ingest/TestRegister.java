package vn.cdgd.ingest;

import java.time.LocalDate;
import java.util.List;
import vn.cdgd.reference.Unit;
import vn.cdgd.reference.UnitRegister;

/** A small register: a province, one district, a public and a non-public school, a merged one. */
public final class TestRegister {
  private TestRegister() {}

  public static UnitRegister register() {
    LocalDate start = LocalDate.of(2015, 1, 1);
    return new UnitRegister(
        List.of(
            new Unit("DNO", "Công đoàn ngành Giáo dục tỉnh Đắk Nông", "", "Khác", "Công lập", "", "Đắk Nông", start, null),
            new Unit("DNO-GN", "Công đoàn Giáo dục thành phố Gia Nghĩa", "DNO", "Khác", "Công lập", "", "Đắk Nông", start, null),
            new Unit("DNO0001", "Công đoàn trường Tiểu học Nguyễn Du", "DNO-GN", "Tiểu học", "Công lập", "Cụm 1", "Đắk Nông", start, null),
            new Unit("DNO0002", "Công đoàn trường Mầm non tư thục Hoa Sen", "DNO-GN", "Mầm non", "Ngoài công lập", "Cụm 1", "Đắk Nông", start, null),
            new Unit("DNO0003", "Công đoàn trường Mầm non Sơn Ca", "DNO-GN", "Mầm non", "Công lập", "Cụm 1", "Đắk Nông", start, LocalDate.of(2019, 8, 31))));
  }
}
