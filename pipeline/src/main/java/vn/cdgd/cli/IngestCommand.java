package vn.cdgd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.staging.IngestDryRun;

/** {@code cdgd ingest [folder]}: reads, checks and stages every submission of a folder. */
@Command(
    name = "ingest",
    description = {
      "Đọc và kiểm tra mọi báo cáo (.xlsx, .xls, .ods, .csv) trong một thư mục (kể cả thư mục con),"
          + " đưa báo cáo hợp lệ vào vùng staging và lập báo cáo lỗi.",
      "Mã thoát: 0 khi chạy xong (kể cả khi có báo cáo bị từ chối), 2 sai cú pháp lệnh,"
          + " 3 lỗi cấu hình, 4 không đọc được thư mục, 5 phiên bản vừa ghi không khớp (chưa công bố gì),"
          + " 130 bị dừng (Ctrl-C), 1 lỗi khác."
    })
public final class IngestCommand implements Callable<Integer> {

  @Mixin LockedWorkspaceOptions options;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "<folder>",
      description = "Thư mục chứa các báo cáo. Mặc định: ingest.submissions trong conf/cdgd.yaml.")
  Path folder;

  @Option(
      names = "--dry-run",
      description = "Chạy thử: đọc và kiểm tra mọi tệp, in bản tóm tắt (tiếp nhận, từ chối, thay bản cũ,"
          + " trùng, bỏ qua, theo đơn vị) nhưng không lưu gì: vùng staging, tệp bị từ chối, báo cáo lỗi"
          + " và phản hồi giữ nguyên. Không khởi động Spark.")
  boolean dryRun;

  @Override
  public Integer call() {
    if (dryRun) {
      return dryRun();
    }
    try (WorkspaceLock lock = options.lock("ingest", spec.commandLine().getOut())) {
      Path input = IngestService.submissionsFolder(options::config, folder);
      WorkspaceConfig config = options.config();
      try (RunLog log = RunLog.open(config.workspace(), "ingest", spec.commandLine().getOut())) {
        PrintWriter out = log.printer();
        out.println("Thư mục báo cáo: " + input);
        out.flush();
        IngestService.ingest(config, input, out);
        out.println("Nhật ký: " + ConsolePaths.show(log.path()));
      }
    }
    return ExitCodes.OK;
  }

  /**
   * No lock and no run log: both are files under {@code output/}, which a dry run leaves as it
   * found it. Like {@code sql} and {@code status}, it only reads the published staging version.
   */
  private int dryRun() {
    PrintWriter out = spec.commandLine().getOut();
    Path input = IngestService.submissionsFolder(options::config, folder);
    WorkspaceConfig config = options.config();
    out.println(DryRunSummary.HEADING);
    out.println("Thư mục báo cáo: " + input);
    out.flush();
    RegisterGate.requireSound(config);
    DryRunSummary.print(out, IngestDryRun.run(config, input, ConsoleProgress.forConsole(out)));
    return ExitCodes.OK;
  }
}
