package vn.cdgd.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.spark.SparkSessions;
import vn.cdgd.build.WarehouseBuild;

/** The warehouse build as the commands run it ({@code build}, {@code run}), with its summary. */
final class BuildService {
  /** Vietnamese digit grouping: 11.077, not 11,077. */
  static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi-VN");

  private BuildService() {}

  static int build(WorkspaceConfig config, boolean todaysTree, PrintWriter out) {
    Workspace workspace = config.workspace();
    if (new vn.cdgd.store.VersionedStore(workspace.staging()).current().isEmpty()) {
      throw new vn.cdgd.conf.ConfigException(
          "Chưa có dữ liệu staging. Hãy chạy cdgd ingest (hoặc cdgd run) trước cdgd build.");
    }
    RegisterGate.requireSound(config);
    out.println("Dựng kho dữ liệu (Spark " + SparkSessions.master(config.settings()) + ")…");
    out.flush();
    // Spark starts only when there is something to build. A failed data test reaches the
    // command line's ExceptionMapper (exit code 5).
    WarehouseBuild.Result result = new WarehouseBuild(
        () -> {
          DuckDbWarmUp.start();
          return SparkSessions.start(config.settings());
        }, config, todaysTree, LocalDate.now()).run();
    out.println("Năm học: " + String.join(", ", result.schoolYears()));
    for (Map.Entry<String, Long> table : result.rows().entrySet()) {
      out.printf(VIETNAMESE, "  %-22s %,12d dòng%n", table.getKey(), table.getValue());
    }
    out.println("Kho dữ liệu: " + ConsolePaths.show(workspace.warehouse().resolve("current"))
        + " → " + result.version().getFileName() + (result.unchanged()
            ? " (giữ nguyên: staging, cấu hình, danh mục đơn vị và xếp loại không đổi từ lần dựng trước)"
            : " (mọi kiểm tra dữ liệu đều đạt)"));
    out.println("Truy vấn: ./cdgd sql" + ConsolePaths.workspaceOption(workspace)
        + " -c \"select * from mart_indicator limit 10\"");
    out.flush();
    return ExitCodes.OK;
  }
}
