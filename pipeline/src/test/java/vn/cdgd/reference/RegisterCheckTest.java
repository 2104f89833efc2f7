package vn.cdgd.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register's contract, each breach named by line, column, value and fix, all at once. */
class RegisterCheckTest {
  private static final String HEADER = "code,name,parent_code,school_level,ownership,cluster,province,valid_from,valid_to\n";

  @TempDir Path root;

  @Test
  void aGoodRegisterHasNoProblem() throws Exception {
    Path file = write(HEADER
        + "GLA,Công đoàn ngành Giáo dục tỉnh Gia Lai,,Khác,Công lập,,Gia Lai,2015-01-01,\n"
        + "GLA-PK,Công đoàn Giáo dục thành phố Pleiku,GLA,Khác,Công lập,,Gia Lai,2015-01-01,\n"
        + "GLA0001,Trường THCS Lê Lợi,GLA-PK,THCS,Công lập,Cụm 1,Gia Lai,2015-01-01,2020-08-31\n"
        + "GLA0001,Trường THCS Lê Lợi,GLA,THCS,Công lập,Cụm 1,Gia Lai,2020-09-01,\n");
    assertThat(RegisterCheck.check(file, RegisterCheck.Lists.standard())).isEmpty();
  }

  @Test
  void theDemoRegisterHasNoGapAndNoUnitOutlivingItsParent() {
    Path demo = vn.cdgd.TestWorkspace.root().resolve("data/units.csv");
    assertThat(RegisterCheck.check(demo, RegisterCheck.Lists.of(vn.cdgd.TestWorkspace.form()))).isEmpty();
  }

  @Test
  void listsEveryBreachWithItsLineColumnValueAndFix() throws Exception {
    Path file = write(HEADER
        + "GLA,Công đoàn ngành Giáo dục tỉnh Gia Lai,,Khác,Công lập,,Gia Lai,2015-01-01,\n"            // line 2
        + "GLA0001,Trường THCS Lê Lợi,GLA-XX,Trung học cơ sở,Công lập,,Gia Lai,2015-01-01,\n"          // line 3
        + "GLA0002,Trường Tiểu học Kim Đồng,GLA,Tiểu học,Tư thục,,Gia Lai,01/09/2015,\n"               // line 4
        + "GLA0002,Trường Tiểu học Kim Đồng,GLA,Tiểu học,Công lập,,Gia Lai,2019-09-01,2019-01-01\n"    // line 5
        + "GLA0003,Trường Mầm non Hoa Hồng,GLA,Mầm non,Công lập,,Gia Lai,2015-01-01,\n"                // line 6
        + "GLA0003,Trường Mầm non Hoa Hồng,GLA,Mầm non,Công lập,,Gia Lai,2018-01-01,\n"                // line 7
        + "A,Đơn vị A,B,Khác,Công lập,,Gia Lai,2015-01-01,\n"                                          // line 8
        + "B,Đơn vị B,A,Khác,Công lập,,Gia Lai,2015-01-01,\n");                                        // line 9

    List<String> problems = RegisterCheck.check(file, RegisterCheck.Lists.standard()).stream()
        .map(p -> p.describe()).toList();

    assertThat(problems).contains(
        "units.csv, dòng 3, cột parent_code (\"GLA-XX\"): không có đơn vị nào mang mã này trong danh mục. Hãy sửa"
            + " mã đơn vị cấp trên, hoặc thêm một dòng cho đơn vị GLA-XX.",
        "units.csv, dòng 3, cột school_level (\"Trung học cơ sở\"): không có trong danh sách (Mầm non, Tiểu học,"
            + " THCS, THPT, Liên cấp, GDNN-GDTX, Khác). Có lẽ là \"THCS\": hãy viết đúng như trong danh sách.",
        "units.csv, dòng 4, cột ownership (\"Tư thục\"): không có trong danh sách (Công lập, Ngoài công lập)."
            + " Hãy chọn một giá trị trong danh sách.",
        "units.csv, dòng 4, cột valid_from (\"01/09/2015\"): không phải ngày dạng yyyy-mm-dd (ví dụ 2019-09-01).",
        "units.csv, dòng 5, cột valid_to (\"2019-01-01\"): ngày hết hiệu lực trước ngày bắt đầu (2019-09-01). Hãy"
            + " đổi một trong hai ngày.");
    assertThat(problems).anyMatch(p -> p.startsWith("units.csv, dòng 7, cột code (\"GLA0003\"): mã này đã có ở dòng 6"
        + " với thời gian hiệu lực trùng nhau."));
    assertThat(problems).anyMatch(p -> p.startsWith("units.csv, dòng 8, cột parent_code: các đơn vị A → B → A")
        || p.startsWith("units.csv, dòng 9, cột parent_code: các đơn vị B → A → B"));
    assertThat(problems).hasSize(7);
  }

  @Test
  void aMissingColumnIsNamedBeforeAnythingElse() throws Exception {
    Path file = write("code,name,parent_code,school_level,cluster,province,valid_from,valid_to\nX,Y,,Khác,,,,\n");
    assertThat(RegisterCheck.check(file, RegisterCheck.Lists.standard())).extracting(p -> p.describe())
        .containsExactly("units.csv, dòng 1, cột ownership: thiếu cột này ở dòng tiêu đề. Các cột cần có: code, name,"
            + " parent_code, school_level, ownership, cluster, province, valid_from, valid_to.");
  }

  private Path write(String text) throws Exception {
    Path file = root.resolve("units.csv");
    Files.writeString(file, text);
    return file;
  }
}
