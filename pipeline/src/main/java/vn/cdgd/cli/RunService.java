package vn.cdgd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import vn.cdgd.conf.WorkspaceConfig;

/**
 * The whole job ({@code run}, and {@code demo} after it writes the demo): ingest, build and the
 * reports, one after the other with one configuration, the console output also kept in the
 * workspace's logs. The caller holds the workspace lock.
 */
final class RunService {
  private RunService() {}

  static int run(WorkspaceConfig config, Path folder, PrintWriter console) {
    try (RunLog log = RunLog.open(config.workspace(), "run", console)) {
      PrintWriter out = log.printer();
      int code = runLogged(config, folder, out);
      out.println("Nhật ký: " + ConsolePaths.show(log.path()));
      return code;
    }
  }

  private static int runLogged(WorkspaceConfig config, Path folder, PrintWriter out) {
    Path input = IngestService.submissionsFolder(() -> config, folder);
    out.println("[1/3] Đọc và kiểm tra báo cáo trong " + input);
    out.flush();
    IngestService.ingest(config, input, out);
    out.println();
    out.println("[2/3] Dựng kho dữ liệu");
    int built = BuildService.build(config, false, out);
    if (built != ExitCodes.OK) {
      return built;
    }
    out.println();
    out.println("[3/3] In báo cáo tổng kết năm học và sơ kết giữa nhiệm kỳ");
    return ReportService.writeAll(config, out);
  }
}
