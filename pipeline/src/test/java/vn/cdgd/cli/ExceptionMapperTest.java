package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import vn.cdgd.conf.ConfigException;
import vn.cdgd.reports.ReportException;
import vn.cdgd.store.VersionCheckFailure;
import vn.cdgd.build.WarehouseTests;

class ExceptionMapperTest {
  private final StringWriter text = new StringWriter();

  private int map(Exception e) {
    PrintWriter err = new PrintWriter(text);
    int code = ExceptionMapper.map(e, err, "cdgd ingest");
    err.flush();
    return code;
  }

  @Test
  void aSparkJobCancelledUnderTheCommandIsAStoppedRun() {
    RuntimeException spark = new RuntimeException(
        "Job 0 cancelled because SparkContext was shut down");
    assertThat(map(new IllegalStateException("staging write failed", spark))).isEqualTo(ExitCodes.INTERRUPTED);
    assertThat(text.toString()).startsWith("Đã dừng lệnh cdgd ingest trước khi chạy xong")
        .contains("giữ nguyên").doesNotContain("Exception").doesNotContain("\tat ");
  }

  /** Fails as Spark does when the process is stopped while it starts. */
  @picocli.CommandLine.Command(name = "boom")
  static final class Boom implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      throw new ExceptionInInitializerError(
          new IllegalStateException("Shutdown in progress, cannot add a shutdownHook"));
    }
  }

  @Test
  void anErrorFromACommandReachesTheMapper() {
    StringWriter err = new StringWriter();
    picocli.CommandLine cli = new picocli.CommandLine(new Main());
    cli.addSubcommand("boom", new Boom());
    picocli.CommandLine configured = Main.commandLine();
    cli.setExecutionStrategy(configured.getExecutionStrategy());
    cli.setExecutionExceptionHandler(configured.getExecutionExceptionHandler());
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("boom")).isEqualTo(ExitCodes.INTERRUPTED);
    assertThat(err.toString()).startsWith("Đã dừng lệnh cdgd boom").doesNotContain("\tat ");
  }

  @Test
  void anInterruptedThreadIsAStoppedRun() {
    assertThat(map(new RuntimeException(new InterruptedException()))).isEqualTo(ExitCodes.INTERRUPTED);
  }

  @Test
  void configurationIsThree() {
    assertThat(map(new ConfigException("Tệp conf/cdgd.yaml, dòng 3: không có khóa x."))).isEqualTo(3);
    assertThat(text.toString()).isEqualTo("Lỗi cấu hình: Tệp conf/cdgd.yaml, dòng 3: không có khóa x." + System.lineSeparator());
  }

  @Test
  void aUserErrorKeepsItsCode() {
    assertThat(map(new UserException(ExitCodes.INPUT, "Không tìm thấy thư mục báo cáo x."))).isEqualTo(4);
    assertThat(text.toString()).startsWith("Lỗi: Không tìm thấy thư mục báo cáo x.");
  }

  @Test
  void aReportForSomethingTheWarehouseLacksIsUsageAndAMissingWarehouseIsConfig() {
    assertThat(map(new ReportException(ReportException.Kind.INPUT, "Không có đơn vị mã NOPE."))).isEqualTo(2);
    assertThat(map(new ReportException(ReportException.Kind.CONFIG, "Chưa có kho dữ liệu."))).isEqualTo(3);
    assertThat(text.toString()).contains("Lỗi: Không có đơn vị mã NOPE.").contains("Lỗi: Chưa có kho dữ liệu.");
  }

  @Test
  void failedChecksOfAWrittenVersionAreFive() {
    assertThat(map(new WarehouseTests.Failure("Kiểm tra dữ liệu không đạt: …"))).isEqualTo(ExitCodes.DATA);
    assertThat(map(new VersionCheckFailure("staging table stg_figure has 3 rows, expected 4")))
        .isEqualTo(ExitCodes.DATA);
    assertThat(text.toString()).contains("Lỗi: Kiểm tra dữ liệu không đạt: …")
        .contains("(staging table stg_figure has 3 rows, expected 4). Chưa công bố gì");
  }

  @Test
  void anythingElseIsABugWithItsStackTrace() {
    assertThat(map(new NullPointerException("x"))).isEqualTo(ExitCodes.SOFTWARE);
    assertThat(text.toString()).startsWith("Lỗi không mong đợi trong cdgd (java.lang.NullPointerException: x)")
        .contains("\tat ");
  }
}
