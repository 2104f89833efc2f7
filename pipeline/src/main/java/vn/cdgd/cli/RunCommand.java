package vn.cdgd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.cdgd.conf.Workspace;
import vn.cdgd.staging.IngestRun;
import vn.cdgd.staging.SparkSessions;

/** {@code cdgd run [folder]}: the whole job, ingest then build in one Spark session, then the reports. */
@Command(
    name = "run",
    description = "Chạy toàn bộ: đọc và kiểm tra báo cáo (ingest), dựng kho dữ liệu (build), rồi in báo cáo (report).")
public final class RunCommand implements Callable<Integer> {

  @Mixin LockedWorkspaceOptions options;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "<folder>",
      description = "Thư mục chứa các báo cáo. Mặc định: ingest.submissions trong conf/cdgd.yaml.")
  Path folder;

  @Override
  public Integer call() {
    try (WorkspaceLock lock = options.lock("run", spec.commandLine().getOut())) {
      return run(options.workspace(), folder, spec.commandLine().getOut());
    }
  }

  /** The whole job, its console output also kept in the workspace's logs; the caller holds the lock. */
  static int run(Workspace workspace, Path folder, PrintWriter console) {
    try (RunLog log = RunLog.open(workspace, "run", console)) {
      PrintWriter out = log.printer();
      int code = runLogged(workspace, folder, out);
      out.println("Nhật ký: " + IngestCommand.show(workspace, log.path()));
      return code;
    }
  }

  private static int runLogged(Workspace workspace, Path folder, PrintWriter out) {
    Path input = IngestCommand.submissionsFolder(workspace, folder);
    out.println("[1/3] Đọc và kiểm tra báo cáo trong " + input);
    out.flush();
    IngestRun.Summary summary = IngestRun.run(workspace, input,
        () -> SparkSessions.start(workspace.settings()), ConsoleProgress.forConsole(out));
    IngestCommand.print(out, summary, workspace);
    out.println();
    out.println("[2/3] Dựng kho dữ liệu");
    int built = BuildCommand.build(workspace, false, out);
    if (built != ExitCodes.OK) {
      return built;
    }
    out.println();
    out.println("[3/3] In báo cáo tổng kết năm học và sơ kết giữa nhiệm kỳ");
    return ReportCommand.writeAll(workspace, out);
  }
}
