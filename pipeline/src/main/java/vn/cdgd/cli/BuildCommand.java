package vn.cdgd.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.cdgd.conf.Workspace;
import vn.cdgd.staging.SparkSessions;
import vn.cdgd.warehouse.WarehouseBuild;
import vn.cdgd.warehouse.WarehouseTests;

/** {@code cdgd build}: the warehouse from staging, register, ratings, indicators and targets. */
@Command(
    name = "build",
    description = {
      "Dựng kho dữ liệu (Parquet) từ vùng staging: bảng chiều, bảng sự kiện, chỉ số và tiến độ chỉ"
          + " tiêu Nghị quyết. Phiên bản mới chỉ được công bố khi mọi kiểm tra dữ liệu đều đạt.",
      "Mã thoát: 0 thành công, 3 thiếu cấu hình hoặc staging, 5 kiểm tra dữ liệu kho không đạt."
    })
public final class BuildCommand implements Callable<Integer> {
  /** Vietnamese digit grouping: 11.077, not 11,077. */
  static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi-VN");

  @Mixin LockedWorkspaceOptions options;

  @Spec CommandSpec spec;

  @Option(names = "--tree", defaultValue = "year", paramLabel = "year|today",
      description = "Cây đơn vị dùng để tổng hợp: year (cây của từng năm học, mặc định) hoặc today (cây hiện nay).")
  String tree;

  @Override
  public Integer call() {
    if (!tree.equals("year") && !tree.equals("today")) {
      throw new UserException(ExitCodes.USAGE, "--tree chỉ nhận year hoặc today, không phải \"" + tree + "\".");
    }
    Workspace workspace = options.workspace();
    try (WorkspaceLock lock = options.lock("build", spec.commandLine().getOut());
        RunLog log = RunLog.open(workspace, "build", spec.commandLine().getOut())) {
      PrintWriter out = log.printer();
      int code = build(workspace, tree.equals("today"), out);
      out.println("Nhật ký: " + IngestCommand.show(workspace, log.path()));
      return code;
    }
  }

  static int build(Workspace workspace, boolean todaysTree, PrintWriter out) {
    if (new vn.cdgd.staging.VersionedStore(workspace.staging()).current().isEmpty()) {
      throw new vn.cdgd.conf.ConfigException(
          "Chưa có dữ liệu staging. Hãy chạy cdgd ingest (hoặc cdgd run) trước cdgd build.");
    }
    out.println("Dựng kho dữ liệu (Spark " + SparkSessions.master(workspace.settings()) + ")…");
    out.flush();
    WarehouseBuild.Result result;
    try {
      // Spark starts only when there is something to build.
      result = new WarehouseBuild(() -> SparkSessions.start(workspace.settings()), workspace, todaysTree,
          LocalDate.now()).run();
    } catch (WarehouseTests.Failure failure) {
      throw new UserException(ExitCodes.DATA, failure.getMessage());
    }
    out.println("Năm học: " + String.join(", ", result.schoolYears()));
    for (Map.Entry<String, Long> table : result.rows().entrySet()) {
      out.printf(VIETNAMESE, "  %-22s %,12d dòng%n", table.getKey(), table.getValue());
    }
    out.println("Kho dữ liệu: " + IngestCommand.show(workspace, workspace.warehouse().resolve("current"))
        + " → " + result.version().getFileName() + (result.unchanged()
            ? " (giữ nguyên: staging, cấu hình, danh mục đơn vị và xếp loại không đổi từ lần dựng trước)"
            : " (mọi kiểm tra dữ liệu đều đạt)"));
    out.println("Truy vấn: ./cdgd sql -c \"select * from mart_indicator limit 10\"");
    out.flush();
    return ExitCodes.OK;
  }
}
