package vn.cdgd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.conf.Workspace;
import vn.cdgd.staging.FileInventory;
import vn.cdgd.staging.FolderStatus;
import vn.cdgd.staging.FolderStatus.State;

/**
 * {@code cdgd status [folder]}: what the next ingest would do with a folder, in seconds and
 * without Spark: which files are new, changed, to be read again, staged or rejected.
 */
@Command(
    name = "status",
    description = {
      "Cho biết tình trạng thư mục báo cáo so với lần đọc trước (không khởi động Spark): tệp mới,"
          + " tệp đã sửa, tệp sẽ đọc lại, tệp đã tiếp nhận, tệp bị từ chối và những gì bị bỏ qua.",
      "Mã thoát: 0 thành công, 2 sai cú pháp lệnh, 3 lỗi cấu hình, 4 không đọc được thư mục, 1 lỗi khác."
    })
public final class StatusCommand implements Callable<Integer> {

  @Mixin WorkspaceOptions options;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "<folder>",
      description = "Thư mục chứa các báo cáo. Mặc định: ingest.submissions trong conf/cdgd.yaml.")
  Path folder;

  @Option(names = "--all", description = "Liệt kê cả các tệp đã tiếp nhận (mặc định chỉ liệt kê các tệp cần chú ý).")
  boolean all;

  @Override
  public Integer call() {
    Path input = IngestService.submissionsFolder(options::config, folder);
    WorkspaceConfig config = options.config();
    FolderStatus.Report report = FolderStatus.of(config, input);
    PrintWriter out = spec.commandLine().getOut();
    out.println("Thư mục báo cáo: " + input);
    out.println(report.staging()
        .map(v -> "So với vùng staging đang dùng: " + v.getFileName())
        .orElse("Chưa có vùng staging: mọi tệp đều mới."));
    out.println(report.files().size() + " tệp báo cáo:");
    for (State state : State.values()) {
      long n = report.count(state);
      if (n > 0) {
        out.println("  " + state.words() + ": " + n);
      }
    }
    out.println("  bỏ qua: " + report.skipped().size());
    List<FolderStatus.Entry> shown = report.files().stream()
        .filter(e -> all || (e.state() != State.ACCEPTED && e.state() != State.REPLACED)).toList();
    if (!shown.isEmpty()) {
      out.println();
      for (FolderStatus.Entry entry : shown) {
        String counts = entry.state() == State.REJECTED ? " (" + entry.errors() + " lỗi)" : "";
        out.println("  " + entry.file() + ": " + entry.state().words() + counts);
      }
    }
    for (FileInventory.Skipped skipped : report.skipped()) {
      out.println("  " + skipped.relativePath() + ": bỏ qua, " + skipped.reason());
    }
    long toRead = report.count(State.NEW) + report.count(State.CHANGED) + report.count(State.TO_READ_AGAIN);
    out.println();
    out.println(toRead == 0
        ? "Không có gì mới: cdgd ingest sẽ không đọc lại tệp nào."
        : "cdgd ingest sẽ đọc " + toRead + " tệp.");
    out.flush();
    return ExitCodes.OK;
  }
}
