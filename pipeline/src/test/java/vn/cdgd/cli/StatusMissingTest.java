package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.Workspace;
import vn.cdgd.ingest.TestRegister;
import vn.cdgd.store.VersionedStore;

/**
 * {@code cdgd status --missing} as a statistician runs it five days before the deadline: the test
 * register expects two schools in 2019-2020; staging holds only a rejected file of one of them.
 */
class StatusMissingTest {
  @TempDir Path root;

  @Test
  void printsWhoHasNotReportedByDistrictAndWritesTheListForTheCalls() throws Exception {
    Workspace workspace = workspaceWithStaging();

    StringWriter out = new StringWriter();
    int exit = status(workspace, out, LocalDate.of(2020, 9, 25), "--missing");

    assertThat(exit).isZero();
    String printed = out.toString();
    assertThat(printed).contains(
        "Năm học 2019-2020: 2/2 CĐCS chưa có báo cáo được tiếp nhận (còn 5 ngày đến hạn nộp 30/09/2020).",
        "  Công đoàn Giáo dục thành phố Gia Nghĩa: 2/2 CĐCS",
        "    - DNO0002 Công đoàn trường Mầm non tư thục Hoa Sen: đã gửi nhưng bị từ chối, cần gửi lại"
            + " (tệp 2019-2020/hoa-sen lần 2.xlsx)",
        "    - DNO0001 Công đoàn trường Tiểu học Nguyễn Du: chưa gửi báo cáo");
    // The closed school (DNO0003, until 31/08/2019) is not expected in 2019-2020.
    assertThat(printed).doesNotContain("DNO0003");

    Path list = workspace.reports().resolve("kiem-tra/chua-nop-2019-2020.xlsx");
    assertThat(printed).contains("Danh sách để gọi nhắc (Excel): " + list);
    try (InputStream in = Files.newInputStream(list); Workbook book = WorkbookFactory.create(in)) {
      Sheet sheet = book.getSheet("Chưa nộp báo cáo");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("DANH SÁCH CĐCS CHƯA CÓ BÁO CÁO ĐƯỢC TIẾP NHẬN, NĂM HỌC 2019-2020");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("Hạn nộp: 30/09/2020");
      assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("DNO0002");
      assertThat(sheet.getRow(4).getCell(5).getStringCellValue()).isEqualTo("2019-2020/hoa-sen lần 2.xlsx");
      assertThat(sheet.getRow(5).getCell(3).getStringCellValue()).isEqualTo("Công đoàn trường Tiểu học Nguyễn Du");
      assertThat(sheet.getRow(5).getCell(4).getStringCellValue()).isEqualTo("chưa gửi báo cáo");
      assertThat(sheet.getLastRowNum()).isEqualTo(5);
      assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    }

    StringWriter late = new StringWriter();
    assertThat(status(workspace, late, LocalDate.of(2020, 10, 2), "--missing", "--year", "2019-2020")).isZero();
    assertThat(late.toString()).contains("(đã quá hạn nộp 30/09/2020 2 ngày)");
  }

  @Test
  void aYearWrittenOtherwiseIsRefusedWithTheFormToUse() throws Exception {
    Workspace workspace = workspaceWithStaging();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute("status", "--missing", "--year", "2019/20", "--workspace", workspace.root().toString());
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("Năm học \"2019/20\" không đúng dạng: hãy viết như 2019-2020.");
  }

  @Test
  void withNothingStagedItSaysToIngestFirst() throws Exception {
    Workspace workspace = TestWorkspace.create(root.resolve("empty"));
    TestRegister.register().write(workspace.unitRegister());
    StringWriter out = new StringWriter();
    assertThat(status(workspace, out, LocalDate.of(2020, 9, 25), "--missing")).isZero();
    assertThat(out.toString()).contains("Chưa có báo cáo nào trong vùng staging: hãy chạy cdgd ingest trước.");
  }

  private int status(Workspace workspace, StringWriter out, LocalDate today, String... options) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    StatusCommand command = cli.getSubcommands().get("status").getCommand();
    command.today = today;
    String[] args = new String[options.length + 3];
    args[0] = "status";
    System.arraycopy(options, 0, args, 1, options.length);
    args[options.length + 1] = "--workspace";
    args[options.length + 2] = workspace.root().toString();
    return cli.execute(args);
  }

  /** A published staging version whose stg_submission holds a rejected and an older file of DNO0002. */
  private Workspace workspaceWithStaging() throws Exception {
    Workspace workspace = TestWorkspace.create(root.resolve("ws"));
    TestRegister.register().write(workspace.unitRegister());
    VersionedStore store = new VersionedStore(workspace.staging());
    Path version = store.begin();
    Path year = version.resolve("stg_submission/2019-2020");
    Files.createDirectories(year);
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
      sql.execute("copy (select * from (values"
          + " ('s1', '2019-2020', 'DNO0002', '2019-2020/hoa-sen.xlsx', 'rejected', timestamp '2020-09-10 08:00:00'),"
          + " ('s2', '2019-2020', 'DNO0002', '2019-2020/hoa-sen lần 2.xlsx', 'rejected', timestamp '2020-09-20 08:00:00'))"
          + " t(submission_id, school_year, unit_code, file, status, received_at)) to '"
          + year.resolve("part-00000.parquet") + "' (format parquet)");
    }
    store.publish(version, 3);
    return workspace;
  }
}
