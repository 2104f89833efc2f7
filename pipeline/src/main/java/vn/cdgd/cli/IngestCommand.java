package vn.cdgd.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.cdgd.conf.Workspace;
import vn.cdgd.staging.FileInventory;
import vn.cdgd.staging.IngestRun;
import vn.cdgd.staging.SparkSessions;

/** {@code cdgd ingest [folder]}: reads, checks and stages every submission of a folder. */
@Command(
    name = "ingest",
    description = {
      "Đọc và kiểm tra mọi báo cáo (.xlsx, .xls, .ods, .csv) trong một thư mục (kể cả thư mục con),"
          + " đưa báo cáo hợp lệ vào vùng staging và lập báo cáo lỗi.",
      "Mã thoát: 0 khi chạy xong (kể cả khi có báo cáo bị từ chối), 2 sai cú pháp lệnh,"
          + " 3 lỗi cấu hình, 4 không đọc được thư mục, 1 lỗi khác."
    })
public final class IngestCommand implements Callable<Integer> {

  @Mixin LockedWorkspaceOptions options;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "<folder>",
      description = "Thư mục chứa các báo cáo. Mặc định: ingest.submissions trong conf/cdgd.yaml.")
  Path folder;

  @Override
  public Integer call() {
    Workspace workspace = options.workspace();
    try (WorkspaceLock lock = options.lock("ingest", spec.commandLine().getOut())) {
      Path input = submissionsFolder(workspace, folder);
      try (RunLog log = RunLog.open(workspace, "ingest", spec.commandLine().getOut())) {
        PrintWriter out = log.printer();
        out.println("Thư mục báo cáo: " + input);
        out.flush();
        IngestRun.Summary summary =
            IngestRun.run(
                workspace, input, () -> startSpark(workspace, out),
                ConsoleProgress.forConsole(out));
        print(out, summary, workspace);
        out.println("Nhật ký: " + show(workspace, log.path()));
      }
    }
    return ExitCodes.OK;
  }

  /** Spark, started only when there are files to read: a folder with nothing new needs none. */
  static org.apache.spark.sql.SparkSession startSpark(Workspace workspace, PrintWriter out) {
    out.println("Khởi động Spark (" + SparkSessions.master(workspace.settings()) + ")…");
    out.flush();
    return SparkSessions.start(workspace.settings());
  }

  /** The folder to ingest: the one given, else the workspace's; it must exist. */
  static Path submissionsFolder(Workspace workspace, Path given) {
    Path input = given != null ? given.toAbsolutePath().normalize() : workspace.submissions();
    if (!Files.isDirectory(input)) {
      throw new UserException(
          ExitCodes.INPUT,
          "Không tìm thấy thư mục báo cáo " + input + ". Hãy kiểm tra đường dẫn (hoặc chạy cdgd"
              + " demo để tạo dữ liệu mẫu).");
    }
    return input;
  }

  static void print(PrintWriter out, IngestRun.Summary s, Workspace workspace) {
    out.println();
    out.println("Đã đọc " + VietnameseNumbers.of(s.filesRead()) + " tệp:");
    if (s.alreadyStaged() > 0) {
      out.println("  (" + VietnameseNumbers.of(s.alreadyStaged()) + " tệp đã có trong staging với cùng nội dung, biểu mẫu và danh mục:"
          + " không đọc lại, kết quả lấy từ lần trước)");
    }
    out.println("  tiếp nhận:   " + VietnameseNumbers.of(s.accepted()) + " (trong đó " + VietnameseNumbers.of(s.acceptedWithWarnings()) + " có cảnh báo)");
    out.println("  bị từ chối:  " + VietnameseNumbers.of(s.rejected()) + (s.rejected() > 0 ? " → giữ lại tại " + show(workspace, s.rejectedFolder()) : ""));
    if (s.unitsFixed() > 0 || s.unitsStillRejected() > 0) {
      // Units, not files: a school that sent a corrected file is no longer waited for.
      out.println("    theo đơn vị: " + VietnameseNumbers.of(s.unitsStillRejected()) + " CĐCS cần gửi lại, "
          + VietnameseNumbers.of(s.unitsFixed()) + " CĐCS đã gửi bản sửa được tiếp nhận");
    }
    int sameBytes = s.filesRead() - s.accepted() - s.rejected();
    Path unread = UnreadFilesList.write(s.reportFolder(), s.skipped(), s.duplicates());
    String whereAll = unread == null ? "" : show(workspace, unread);
    if (sameBytes > 0) {
      out.println("  trùng nội dung: " + VietnameseNumbers.of(sameBytes) + " (cùng nội dung với một tệp khác, chỉ tính một lần)");
      printFirst(out, s.duplicates().stream().map(d -> d.file() + ": cùng nội dung với " + d.sameAs()).toList(), whereAll);
    }
    out.println("  bỏ qua:      " + VietnameseNumbers.of(s.skipped().size()));
    printFirst(out, s.skipped().stream().map(k -> k.relativePath() + ": " + k.reason()).toList(), whereAll);
    out.println("Lỗi: " + VietnameseNumbers.of(s.errors()) + ", cảnh báo: " + VietnameseNumbers.of(s.warnings()) + ".");
    out.println("Vùng staging (Parquet): " + show(workspace, s.staging()));
    out.println("Báo cáo lỗi: " + show(workspace, s.reportFolder().resolve("bao-cao-loi.xlsx"))
        + " (và bao-cao-loi.csv)");
    if (unread != null) {
      out.println("Tệp bỏ qua và tệp trùng nội dung: " + whereAll);
    }
    if (s.feedbackFiles() > 0) {
      out.println("Phản hồi gửi đơn vị: " + VietnameseNumbers.of(s.feedbackFiles()) + " tệp tại " + show(workspace, s.reportFolder().resolve("phan-hoi")));
    }
    s.missing().ifPresent(report -> {
      out.println(MissingReportsPrinter.headline(report));
      out.println("  Danh sách theo đơn vị cấp trên: " + show(workspace, MissingReportsPrinter.file(s.reportFolder(), report))
          + " (hoặc cdgd status --missing)");
    });
    out.flush();
  }

  /** Files listed on the terminal under each heading; the rest are in the list beside the error report. */
  static final int LISTED = 10;

  private static void printFirst(PrintWriter out, java.util.List<String> lines, String whereAll) {
    lines.stream().limit(LISTED).forEach(line -> out.println("    - " + line));
    if (lines.size() > LISTED) {
      out.println("    … và " + VietnameseNumbers.of(lines.size() - LISTED) + " tệp khác: danh sách đầy đủ trong " + whereAll);
    }
  }

  static String show(Workspace workspace, Path path) {
    Path here = Path.of("").toAbsolutePath();
    return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
  }
}
