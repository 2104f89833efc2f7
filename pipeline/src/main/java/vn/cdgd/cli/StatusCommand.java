package vn.cdgd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import vn.cdgd.staging.MissingReports;
import vn.cdgd.staging.feedback.MissingReportsWriter;
import vn.cdgd.reference.SchoolYear;
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

  @Option(names = "--missing", description = "Liệt kê các CĐCS chưa có báo cáo được tiếp nhận trong năm học (theo đơn vị"
      + " cấp trên, kèm số ngày còn lại đến hạn nộp) và ghi danh sách ra tệp Excel để gọi nhắc.")
  boolean missing;

  @Option(names = "--year", paramLabel = "<năm học>", description = "Năm học của --missing, ví dụ 2019-2020. Mặc định:"
      + " năm học mới nhất trong vùng staging.")
  String year;

  /** The day the days left to the deadline are counted from (set by tests). */
  LocalDate today = LocalDate.now(FileInventory.VIETNAM);

  @Override
  public Integer call() {
    if (missing) {
      return printMissing(options.config());
    }
    if (year != null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--year chỉ dùng cùng --missing.");
    }
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

  private int printMissing(WorkspaceConfig config) {
    Optional<SchoolYear> chosen = Optional.empty();
    if (year != null) {
      chosen = SchoolYear.parse(year).filter(y -> y.label().equals(year.strip()));
      if (chosen.isEmpty()) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "Năm học \"" + year + "\" không đúng dạng: hãy viết như 2019-2020.");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    Optional<MissingReports.Report> report = MissingReports.ofWorkspace(config, chosen, today);
    if (report.isEmpty()) {
      out.println("Chưa có báo cáo nào trong vùng staging: hãy chạy cdgd ingest trước.");
      out.flush();
      return ExitCodes.OK;
    }
    Path file = MissingReportsPrinter.file(config.workspace().reports().resolve("kiem-tra"), report.get());
    MissingReportsWriter.write(report.get(), file);
    MissingReportsPrinter.print(out, report.get(), ConsolePaths.show(file));
    out.flush();
    return ExitCodes.OK;
  }
}
