package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A wrong command line is answered in Vietnamese, with the way to the command's help (issue 12.9). */
class CommandLineErrorsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void anUnknownOptionIsNamedWithTheNearestOne() {
    assertThat(execute("ingest", "--dry-rn")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).isEqualTo(String.join(System.lineSeparator(),
        "Lỗi: lệnh cdgd ingest không có tùy chọn --dry-rn.",
        "Có phải là: --dry-run?",
        "Xem cách dùng: cdgd ingest --help", ""));
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anUnknownCommandListsTheCommands() {
    assertThat(execute("ingets")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("Lỗi: không có lệnh ingets (các lệnh: init, template, demo, ingest,")
        .contains("Có phải là: ingest");
  }

  @Test
  void aMissingParameterOrValueIsSaidInVietnamese() {
    assertThat(execute("check-workbook")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("Lỗi: thiếu tham số bắt buộc <tệp>.");
    err.getBuffer().setLength(0);
    assertThat(execute("status", "--missing", "--year")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("Lỗi: thiếu giá trị sau --year");
  }

  @Test
  void aValueOfTheWrongTypeAndExclusiveOptionsAreExplained() {
    assertThat(execute("demo", "--units", "ba trăm")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith(
        "Lỗi: giá trị của tùy chọn --units không dùng được: \"ba trăm\" không phải một số nguyên.");
    err.getBuffer().setLength(0);
    assertThat(execute("sql", "--csv", "--json", "-c", "select 1")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("Lỗi: các tùy chọn --csv, --json không dùng cùng nhau: hãy chọn một.");
  }

  @Test
  void noEnglishFromPicocliReachesTheUser() {
    execute("ingest", "--nope", "a", "b");
    execute("build", "--tree");
    execute("purge", "--dry-run", "--dry-run");
    assertThat(err.toString()).doesNotContain("Unknown", "Missing", "Invalid", "Unmatched", "should be specified only once",
        "Usage");
  }

  @Test
  void theHelpCommandIsVietnameseToo() {
    assertThat(execute("--help")).isZero();
    assertThat(out.toString()).startsWith("Cách dùng: cdgd [-hV] [LỆNH]")
        .contains("  help            In hướng dẫn của một lệnh, ví dụ: cdgd help ingest.")
        .doesNotContain("Display", "Usage", "Commands:");
    out.getBuffer().setLength(0);
    assertThat(execute("help", "--help")).isZero();
    assertThat(out.toString()).contains("Không ghi lệnh thì in hướng dẫn chung của cdgd.",
        "In hướng dẫn của lệnh help rồi thoát.").doesNotContain("When no COMMAND", "Show usage help");
  }
}
