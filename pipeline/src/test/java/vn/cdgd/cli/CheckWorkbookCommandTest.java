package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.Workspace;
import vn.cdgd.ingest.FormWorkbook;
import vn.cdgd.ingest.TestRegister;

/** {@code cdgd check-workbook} as a school clerk uses it before sending, on files made with the form. */
class CheckWorkbookCommandTest {
  @TempDir Path root;
  private Workspace workspace;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void workspace() throws Exception {
    workspace = TestWorkspace.create(root.resolve("ws"));
    TestRegister.register().write(workspace.unitRegister());
  }

  @Test
  void aGoodWorkbookWouldBeAccepted() throws Exception {
    Path file = write("nguyen-du.xlsx", new FormWorkbook(TestWorkspace.form()).bytes());

    assertThat(check(file.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains(
        "Tệp: nguyen-du.xlsx",
        "Đơn vị: DNO0001 Công đoàn trường Tiểu học Nguyễn Du",
        "Năm học: 2019-2020",
        "Kết quả: tệp sẽ được TIẾP NHẬN (0 cảnh báo).");
    assertThat(out.toString()).doesNotContain("Lỗi cần sửa");
  }

  @Test
  void aWorkbookWithMistakesNamesEachCellAndWhatToDo() throws Exception {
    Path file = write("hoa-sen.xlsx",
        new FormWorkbook(TestWorkspace.form()).unit("DNO0002").set("A02", 38, 39).set("A03", "ba mươi", null).bytes());

    assertThat(check(file.toString())).isEqualTo(ExitCodes.REJECTED);
    String printed = out.toString();
    assertThat(printed).contains("Kết quả: tệp sẽ bị TỪ CHỐI: 2 lỗi cần sửa", "Lỗi cần sửa trước khi gửi:");
    assertThat(printed).containsPattern("1\\. Sheet \"[^\"]+\", ô [A-Z]+\\d+ \\(chỉ tiêu A02, đã nhập \"39\"\\) — Số nữ lớn hơn tổng số: ");
    assertThat(printed).containsPattern("2\\. Sheet \"[^\"]+\", ô [A-Z]+\\d+ \\(chỉ tiêu A03, đã nhập \"ba mươi\"\\) — Không phải số: ");
  }

  @Test
  void aMissingFileOrAnotherKindOfFileIsAnsweredInWords() throws Exception {
    assertThat(check(root.resolve("khong-co.xlsx").toString())).isEqualTo(ExitCodes.INPUT);
    assertThat(err.toString()).contains("Lỗi: Không có tệp " + root.resolve("khong-co.xlsx") + ". Hãy kiểm tra lại đường dẫn.");

    Path note = write("ghi chu.txt", "nhớ gọi lại".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(check(note.toString())).isEqualTo(ExitCodes.INPUT);
    assertThat(err.toString()).contains("Tệp ghi chu.txt không phải tệp .xlsx, .xls, .ods hay .csv");
  }

  private int check(String file) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute("check-workbook", file, "--workspace", workspace.root().toString());
  }

  private Path write(String name, byte[] bytes) throws Exception {
    Path file = root.resolve(name);
    Files.write(file, bytes);
    return file;
  }
}
