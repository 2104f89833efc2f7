package vn.cdgd.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.reference.UnitEvent.Kind;

/**
 * The register's events (data/unit-events.csv) of the 2025 reorganisation: two schools merged into
 * one, a union dissolved, a non-public school's union transferred to the labour federation, the
 * province merged; read, checked against units.csv, and the successor chains followed.
 */
class RegisterEventsTest {
  static final String UNITS = "code,name,parent_code,school_level,ownership,cluster,province,valid_from,valid_to\n"
      + "DNO,Công đoàn ngành Giáo dục tỉnh Đắk Nông,,Khác,Công lập,,Đắk Nông,2015-01-01,2025-06-30\n"              // 2
      + "LDG,Công đoàn ngành Giáo dục tỉnh Lâm Đồng,,Khác,Công lập,,Lâm Đồng,2015-01-01,\n"                       // 3
      + "LDLD,Liên đoàn Lao động tỉnh Lâm Đồng,,Khác,Công lập,,Lâm Đồng,2015-01-01,\n"                            // 4
      + "DNO0001,Công đoàn trường Tiểu học Nguyễn Du,DNO,Tiểu học,Công lập,Cụm 1,Đắk Nông,2015-01-01,2025-06-30\n" // 5
      + "DNO0002,Công đoàn trường Tiểu học Kim Đồng,DNO,Tiểu học,Công lập,Cụm 1,Đắk Nông,2015-01-01,2025-06-30\n"  // 6
      + "LDG0101,Công đoàn trường Tiểu học Nguyễn Du,LDG,Tiểu học,Công lập,Cụm 1,Lâm Đồng,2025-07-01,2025-12-31\n" // 7
      + "LDG0150,Công đoàn trường Tiểu học Nguyễn Du,LDG,Tiểu học,Công lập,Cụm 1,Lâm Đồng,2026-01-01,2026-08-31\n" // 8
      + "DNO0003,Công đoàn trường Mầm non Sơn Ca,DNO,Mầm non,Công lập,Cụm 1,Đắk Nông,2015-01-01,2025-05-31\n"       // 9
      + "DNO0004,Công đoàn trường Mầm non tư thục Hoa Sen,DNO,Mầm non,Ngoài công lập,Cụm 1,Đắk Nông,2015-01-01,2025-06-30\n" // 10
      + "DNO0004,Công đoàn trường Mầm non tư thục Hoa Sen,LDLD,Mầm non,Ngoài công lập,Cụm 1,Lâm Đồng,2025-07-01,\n"         // 11
      + "LDG0150,Công đoàn trường Tiểu học Nguyễn Du - Kim Đồng,LDG,Tiểu học,Công lập,Cụm 1,Lâm Đồng,2026-09-01,\n"    // 12
      + "LDG0102,Công đoàn trường Tiểu học Kim Đồng,LDG,Tiểu học,Công lập,Cụm 1,Lâm Đồng,2026-01-01,\n";              // 13

  static final String EVENTS = "code,event,date,other_unit,new_code,note\n"
      + "DNO0001,merged_into,2025-07-01,LDG0101,,Hợp nhất với trường Kim Đồng\n"                                   // 2
      + "DNO0002,merged_into,2025-07-01,LDG0101,,Hợp nhất với trường Nguyễn Du\n"                                  // 3
      + "LDG0101,founded,2025-07-01,,,\n"                                                                           // 4
      + "DNO0003,dissolved,2025-06-01,,,Đơn vị do ngân sách nhà nước bảo đảm toàn bộ chi thường xuyên\n"          // 5
      + "DNO0004,transferred,2025-07-01,LDLD,,CĐCS ngoài công lập chuyển về Liên đoàn Lao động tỉnh\n"           // 6
      + "DNO,merged_into,2025-07-01,LDG,,Hợp nhất tỉnh Đắk Nông vào tỉnh Lâm Đồng\n"                               // 7
      + "LDG0101,recoded,2026-01-01,,LDG0150,Mã mới theo danh mục tỉnh Lâm Đồng\n"                                 // 8
      + "LDG0150,renamed,2026-09-01,,,\n"                                                                          // 9
      + "LDG0102,split_from,2026-01-01,LDG0101,,Điểm trường Kim Đồng tách ra\n";                                   // 10

  @TempDir Path root;

  @Test
  void theReorganisationIsReadAndAgreesWithTheRegister() throws Exception {
    Path units = write(UNITS, EVENTS);

    UnitRegister register = UnitRegister.read(units);

    assertThat(register.events()).extracting(UnitEvent::code, UnitEvent::kind, UnitEvent::date, UnitEvent::line)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple("DNO0001", Kind.MERGED_INTO, LocalDate.of(2025, 7, 1), 2L),
            org.assertj.core.groups.Tuple.tuple("DNO0002", Kind.MERGED_INTO, LocalDate.of(2025, 7, 1), 3L))
        .hasSize(9);
    assertThat(register.events().get(3).note())
        .isEqualTo("Đơn vị do ngân sách nhà nước bảo đảm toàn bộ chi thường xuyên");
    assertThat(register.events().get(6).newCode()).isEqualTo("LDG0150");
    assertThat(RegisterCheck.check(units, RegisterCheck.Lists.standard())).isEmpty();
  }

  @Test
  void successorsAreFollowedAlongMergesAndCodeChanges() throws Exception {
    UnitRegister register = UnitRegister.read(write(UNITS, EVENTS));

    assertThat(register.successorOn("DNO0001", LocalDate.of(2020, 1, 1))).contains("DNO0001");
    assertThat(register.successorOn("DNO0001", LocalDate.of(2025, 6, 30))).contains("DNO0001");
    assertThat(register.successorOn("DNO0001", LocalDate.of(2025, 7, 1))).contains("LDG0101");
    assertThat(register.successorOn("dno0002", LocalDate.of(2025, 9, 5))).contains("LDG0101");
    // Two steps: merged into LDG0101, which then took the code LDG0150.
    assertThat(register.successorOn("DNO0002", LocalDate.of(2026, 3, 1))).contains("LDG0150");
    // A rename keeps the code, and LDG0102, split off LDG0101 on the same day, does not take its place.
    assertThat(register.successorOn("DNO0002", LocalDate.of(2026, 9, 1))).contains("LDG0150");
    assertThat(register.successorOn("DNO", LocalDate.of(2026, 3, 1))).contains("LDG");
    // A transfer keeps the unit; a dissolved one has no successor.
    assertThat(register.successorOn("DNO0004", LocalDate.of(2026, 3, 1))).contains("DNO0004");
    assertThat(register.successorOn("DNO0003", LocalDate.of(2025, 9, 5))).isEmpty();
    // Before it was founded, no unit holds the merged school.
    assertThat(register.successorOn("LDG0101", LocalDate.of(2020, 1, 1))).isEmpty();
  }

  @Test
  void writingTheRegisterWritesItsEventsBeside() throws Exception {
    UnitRegister register = UnitRegister.read(write(UNITS, EVENTS));
    Path copy = root.resolve("copy/units.csv");

    register.write(copy);

    assertThat(UnitRegister.read(copy).events()).isEqualTo(register.events());
    new UnitRegister(register.rows()).write(copy);
    assertThat(copy.resolveSibling("unit-events.csv")).doesNotExist();
  }

  @Test
  void eachEventThatCannotBeReadIsNamedByLine() throws Exception {
    Path units = write(UNITS, EVENTS
        + "DNO0001,sáp nhập,2025-07-01,LDG0101,,\n"      // 11
        + "DNO0002,merged_into,01/07/2025,LDG0101,,\n"   // 12
        + "DNO0003,dissolved,2025-06-01,,,\n"            // 13
        + "DNO0004,transferred,2025-07-01,,,\n"          // 14
        + "DNO0004,renamed,2025-07-01,,LDG0400,\n");     // 15

    assertThat(describe(units)).containsExactly(
        "unit-events.csv, dòng 11, cột event (\"sáp nhập\"): không phải loại sự kiện nào (founded, renamed,"
            + " merged_into, split_from, transferred, dissolved, recoded). Có lẽ là \"merged_into\": hãy viết đúng"
            + " như trong danh sách.",
        "unit-events.csv, dòng 12, cột date (\"01/07/2025\"): không phải ngày dạng yyyy-mm-dd (ví dụ 2025-07-01).",
        "unit-events.csv, dòng 13, cột note: sự kiện dissolved cần lý do giải thể ở cột note, ví dụ \"Đơn vị sự"
            + " nghiệp công lập do ngân sách bảo đảm toàn bộ chi thường xuyên\".",
        "unit-events.csv, dòng 14, cột other_unit: sự kiện transferred cần mã đơn vị kia: đơn vị cấp trên mới.",
        "unit-events.csv, dòng 15, cột new_code (\"LDG0400\"): cột new_code chỉ dùng cho sự kiện recoded (đổi mã)."
            + " Hãy xóa giá trị này, hoặc ghi thêm một dòng recoded cho việc đổi mã.");
  }

  @Test
  void anEventContradictingTheRegisterNamesBothLines() throws Exception {
    String events = EVENTS
        .replace("DNO0001,merged_into,2025-07-01,LDG0101", "DNO0001,merged_into,2025-08-01,LDG0101")
        .replace("DNO0002,merged_into,2025-07-01,LDG0101", "DNO0002,merged_into,2025-07-01,LDG9999")
        .replace("DNO,merged_into,2025-07-01,LDG,", "DNO,merged_into,2025-07-01,DNO,")
        .replace("DNO0004,transferred,2025-07-01,LDLD", "DNO0004,transferred,2025-07-01,LDG")
        + "DNO0003,renamed,2025-09-01,,,\n"                // 11
        + "GLA0001,founded,2015-01-01,,,\n";               // 12
    Path units = write(UNITS, events);

    assertThat(describe(units)).containsExactly(
        "unit-events.csv, dòng 2, cột date (\"2025-08-01\"): dòng cuối của DNO0001 trong units.csv (dòng 5) kết"
            + " thúc ngày 2025-06-30, nhưng merged_into từ ngày 2025-08-01 thì dòng đó phải kết thúc ngày 2025-07-31."
            + " Hãy ghi valid_to = 2025-07-31 ở dòng 5 hoặc sửa ngày ở đây cho khớp.",
        "unit-events.csv, dòng 3, cột other_unit (\"LDG9999\"): mã này không có trong units.csv. Hãy sửa mã, hoặc"
            + " thêm các dòng của đơn vị LDG9999 vào units.csv trước.",
        "unit-events.csv, dòng 6, cột other_unit (\"LDG\"): dòng 11 của units.csv (từ ngày 2025-07-01) có đơn vị"
            + " cấp trên là LDLD, không phải LDG. Hãy sửa parent_code của dòng 11 hoặc cột other_unit ở đây cho khớp.",
        "unit-events.csv, dòng 7, cột other_unit (\"DNO\"): một đơn vị không thể sáp nhập vào chính nó. Hãy ghi mã"
            + " của đơn vị kia.",
        "unit-events.csv, dòng 11, cột date (\"2025-09-01\"): không có dòng nào của DNO0003 trong units.csv bắt đầu"
            + " ngày 2025-09-01. Khi tên thay đổi, hãy cho dòng cũ kết thúc (valid_to) ngày 2025-08-31 và thêm một"
            + " dòng mới từ ngày 2025-09-01 với tên mới.",
        "unit-events.csv, dòng 11, cột date (\"2025-09-01\"): đơn vị DNO0003 đã giải thể từ ngày 2025-06-01 (dòng"
            + " 5), không thể còn sự kiện renamed ngày 2025-09-01. Hãy xóa dòng này hoặc sửa ngày; sự kiện của đơn"
            + " vị kế thừa ghi dưới mã của nó.",
        "unit-events.csv, dòng 12, cột code (\"GLA0001\"): mã này không có trong units.csv. Hãy sửa mã, hoặc thêm"
            + " các dòng của đơn vị GLA0001 vào units.csv trước.");
  }

  @Test
  void aUnitLeftUnderADissolvedParentOrWithAGapIsNamedInTheRegister() throws Exception {
    String units = UNITS
        + "DNO-GN,Công đoàn Giáo dục thành phố Gia Nghĩa,DNO,Khác,Công lập,,Đắk Nông,2015-01-01,2025-06-30\n" // 14
        + "DNO0009,Công đoàn trường THCS Lê Lợi,DNO-GN,THCS,Công lập,Cụm 1,Đắk Nông,2015-01-01,\n"            // 15
        + "DNO0010,Công đoàn trường THPT Gia Nghĩa,DNO,THPT,Công lập,Cụm 1,Đắk Nông,2015-01-01,2019-08-31\n"   // 16
        + "DNO0010,Công đoàn trường THPT Gia Nghĩa,DNO,THPT,Công lập,Cụm 1,Đắk Nông,2020-09-01,2025-06-30\n";  // 17
    String events = EVENTS + "DNO-GN,dissolved,2025-07-01,,,Kết thúc hoạt động công đoàn cấp huyện\n";       // 11
    Path file = write(units, events);

    assertThat(describe(file)).containsExactly(
        "units.csv, dòng 15, cột parent_code (\"DNO-GN\"): đơn vị cấp trên này đã giải thể từ ngày 2025-07-01"
            + " (unit-events.csv, dòng 11: Kết thúc hoạt động công đoàn cấp huyện), trong khi dòng này vẫn còn hiệu"
            + " lực. Hãy cho dòng này kết thúc (valid_to) trước ngày 2025-07-01 và thêm một dòng từ ngày đó với đơn"
            + " vị cấp trên mới (ghi thêm sự kiện transferred vào unit-events.csv), hoặc sửa thời gian hiệu lực của"
            + " các dòng DNO-GN.",
        "units.csv, dòng 17, cột valid_from (\"2020-09-01\"): dòng 16 của mã DNO0010 kết thúc ngày 2019-08-31, nên"
            + " từ 2019-09-01 đến 2020-08-31 đơn vị không có dòng nào. Hãy cho dòng này bắt đầu ngày 2019-09-01,"
            + " hoặc dòng 16 kết thúc ngày 2020-08-31; một đơn vị đã giải thể rồi thành lập lại cần một mã mới.");
  }

  @Test
  void aParentFoundedAfterItsChildIsNamedWithTheFirstDayMissing() throws Exception {
    Path file = write(UNITS.replace("LDLD,Liên đoàn Lao động tỉnh Lâm Đồng,,Khác,Công lập,,Lâm Đồng,2015-01-01,",
        "LDLD,Liên đoàn Lao động tỉnh Lâm Đồng,,Khác,Công lập,,Lâm Đồng,2025-08-01,"), EVENTS);

    assertThat(describe(file)).containsExactly(
        "units.csv, dòng 11, cột parent_code (\"LDLD\"): đơn vị cấp trên này không có dòng nào hiệu lực ngày"
            + " 2025-07-01, trong khi dòng này vẫn còn hiệu lực. Hãy cho dòng này kết thúc (valid_to) trước ngày"
            + " 2025-07-01 và thêm một dòng từ ngày đó với đơn vị cấp trên mới (ghi thêm sự kiện transferred vào"
            + " unit-events.csv), hoặc sửa thời gian hiệu lực của các dòng LDLD.");
  }

  private List<String> describe(Path units) {
    return RegisterCheck.check(units, RegisterCheck.Lists.standard()).stream().map(RegisterCheck.Problem::describe)
        .toList();
  }

  private Path write(String units, String events) throws Exception {
    Path file = root.resolve("units.csv");
    Files.writeString(file, units);
    Files.writeString(root.resolve("unit-events.csv"), events);
    return file;
  }
}
