package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.cdgd.sql.FakeWarehouse;

class SqlCommandTest {
  private static final String INDICATORS_2019 =
      "select indicator_code, breakdown_value, numerator, value from mart_indicator"
          + " where school_year = '2019-2020' order by indicator_code, numerator";

  @TempDir Path workspace;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private String stdin;

  @BeforeEach
  void publish() {
    FakeWarehouse.publish(workspace);
  }

  @Test
  void printsAnAlignedTableWithVietnameseTextLeftAndNumbersRight() {
    assertThat(run("-c", INDICATORS_2019)).isZero();
    assertThat(out.toString()).isEqualTo("""
        indicator_code  breakdown_value                    numerator  value
        --------------  ---------------------------------  ---------  -----
        I02             all                                       94   0.94
        I05             Bằng khen|LĐLĐ tỉnh|Tập thể                2
        I05             Giấy khen|Công đoàn ngành|Cá nhân        189
        (3 dòng)
        """);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void alignsDecomposedVietnameseAsItsComposedForm() {
    assertThat(run("-c", "select * from dim_unit order by unit_code")).isZero();
    assertThat(out.toString()).isEqualTo("""
        unit_code  unit_name                                          parent_code
        ---------  -------------------------------------------------  -----------
        DNO        Công đoàn ngành Giáo dục và Đào tạo tỉnh Đắk Nông
        THCS01     Trường THCS Nguyễn Du                              DNO
        (2 dòng)
        """);
    assertThat(Normalizer.isNormalized(out.toString(), Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void printsCsvWithAHeaderRow() {
    assertThat(run("--csv", "-c", INDICATORS_2019)).isZero();
    assertThat(out.toString()).isEqualTo("""
        indicator_code,breakdown_value,numerator,value
        I02,all,94,0.94
        I05,Bằng khen|LĐLĐ tỉnh|Tập thể,2,
        I05,Giấy khen|Công đoàn ngành|Cá nhân,189,
        """.replace("\n", "\r\n"));
  }

  @Test
  void printsJsonWithNumbersAsNumbersAndDatesAsIsoText() {
    assertThat(run("--json", "-c",
        "select school_year, form, recipient_type, 2 as n, 0.94::double as rate, decision_date"
            + " from fct_award")).isZero();
    assertThat(out.toString()).isEqualTo("""
        [
          {"school_year":"2019-2020","form":"Bằng khen","recipient_type":"Tập thể","n":2,\
        "rate":0.94,"decision_date":"2020-10-06"}
        ]
        """);
  }

  @Test
  void runsEveryStatementOfACommandInOrder() {
    assertThat(run("-c", "select 'a;b' as x; -- không chạy; \nselect 2 as y;")).isZero();
    assertThat(out.toString()).isEqualTo("""
        x
        ---
        a;b
        (1 dòng)

        y
        -
        2
        (1 dòng)
        """);
  }

  @Test
  void runsTheStatementsOfAFile() throws Exception {
    Path file = workspace.resolve("q.sql");
    Files.writeString(file, """
        /* Số liệu năm học; hai câu lệnh */
        select count(*) as n from mart_indicator;
        select school_year from mart_indicator
        group by school_year order by school_year;
        """, StandardCharsets.UTF_8);
    assertThat(run("--file", file.toString())).isZero();
    assertThat(out.toString()).isEqualTo("""
        n
        -
        4
        (1 dòng)

        school_year
        -----------
        2019-2020
        2020-2021
        (2 dòng)
        """);
  }

  @Test
  void listsTheViewsWithTheirGrainAndColumns() {
    assertThat(run("--views")).isZero();
    assertThat(out.toString()).isEqualTo("""
        dim_unit: Mỗi dòng là một đơn vị trong một giai đoạn hiệu lực (lịch sử kiểu 2).
          unit_code, unit_name, parent_code
        fct_award: Mỗi dòng là một khen thưởng.
          unit_code, form, level, recipient_type, decision_date, province, school_year
        mart_indicator: Mỗi dòng là một chỉ số của một năm học × đơn vị (từng CĐCS và từng cấp tổng\
         hợp) × cách phân tổ.
          unit_code, breakdown, breakdown_value, indicator_code, numerator, denominator, value,\
         school_year
        """);
  }

  @Test
  void exitsTwoWithDuckDbsMessageOnAWrongQuery() {
    assertThat(run("-c", "select nope from dim_unit")).isEqualTo(2);
    // A Vietnamese line says what kind of mistake it is; DuckDB's own words follow, naming the column.
    assertThat(err.toString()).startsWith("Lỗi SQL: câu lệnh nhắc đến một cột hoặc hàm không có, hoặc dùng chưa đúng:"
            + " xem các view và cột bằng cdgd sql --views." + System.lineSeparator() + "  DuckDB: Binder Error")
        .contains("nope").doesNotContain("Exception").doesNotContain("at org.");
    assertThat(err.toString().lines()).hasSizeBetween(2, 3);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void csvForASpreadsheetCarriesVietnameseHeadersAndKeepsTheQuerysOwnNames() {
    assertThat(run("--csv", "--vietnamese-headers", "-c",
        "select unit_code, unit_name, 1 as so_dong from dim_unit order by unit_code")).isZero();
    assertThat(out.toString()).startsWith("Mã đơn vị,Tên đơn vị,so_dong\r\nDNO,");
    out.getBuffer().setLength(0);
    assertThat(run("--json", "--vietnamese-headers", "-c", "select 1")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("Lỗi: --vietnamese-headers chỉ dùng cho bảng và --csv");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void stopsAScriptAtTheFirstWrongStatement() {
    assertThat(run("-c", "select 1 as a; selec 2; select 3 as c")).isEqualTo(2);
    assertThat(out.toString()).contains("(1 dòng)").doesNotContain("c\n");
    assertThat(err.toString()).startsWith("Lỗi SQL: câu lệnh viết sai cú pháp SQL: hãy xem lại chỗ DuckDB chỉ ra dưới đây."
        + System.lineSeparator() + "  DuckDB: Parser Error: syntax error at or near \"selec\"");
  }

  @Test
  void exitsThreeAndSaysToBuildWhenNoWarehouseIsPublished(@TempDir Path empty) {
    assertThat(runIn(empty, "-c", "select 1")).isEqualTo(ExitCodes.CONFIG);
    assertThat(err.toString()).startsWith("Lỗi: Chưa có kho dữ liệu").contains("cdgd build");
  }

  @Test
  void exitsFourWhenTheFileCannotBeRead() {
    assertThat(run("--file", workspace.resolve("khong-co.sql").toString())).isEqualTo(ExitCodes.INPUT);
    assertThat(err.toString()).startsWith("Lỗi: không đọc được tệp SQL");
  }

  @Test
  void readsStatementsFromStandardInputWhenItIsNotATerminal() {
    stdin = "select 1 as a;\nselect 'Đắk Nông'\n  as province\n;\n.views\nselect 3 as c";
    assertThat(run()).isZero();
    assertThat(out.toString()).startsWith("""
        a
        -
        1
        (1 dòng)

        province
        --------
        Đắk Nông
        (1 dòng)
        dim_unit: """).endsWith("""
        c
        -
        3
        (1 dòng)
        """);
  }

  @Test
  void stopsReadingStandardInputAtAWrongStatementWithExitTwo() {
    stdin = "select 1 as a;\nselect nope;\nselect 3 as c;\n";
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).startsWith("Lỗi SQL: ");
    assertThat(out.toString()).doesNotContain("c\n");
  }

  @Test
  void leavesStandardInputAtQuit() {
    stdin = "select 1 as a;\n.quit\nselect 3 as c;\n";
    assertThat(run()).isZero();
    assertThat(out.toString()).doesNotContain("c\n");
  }

  private int run(String... args) {
    return runIn(workspace, args);
  }

  private int runIn(Path folder, String... args) {
    SqlCommand command = new SqlCommand();
    command.terminal = false;
    command.stdin = new ByteArrayInputStream(
        (stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8));
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 2];
    all[0] = "--workspace";
    all[1] = folder.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return commandLine.execute(all);
  }
}
