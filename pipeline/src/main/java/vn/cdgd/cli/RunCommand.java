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

/** {@code cdgd run [folder]}: the whole job, ingest then build, in one Spark session. */
@Command(
    name = "run",
    description = "Chạy toàn bộ: đọc và kiểm tra báo cáo (ingest), rồi dựng kho dữ liệu (build).")
public final class RunCommand implements Callable<Integer> {

  @Mixin WorkspaceOptions options;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "<folder>",
      description = "Thư mục chứa các báo cáo. Mặc định: ingest.submissions trong conf/cdgd.yaml.")
  Path folder;

  @Override
  public Integer call() {
    return run(options.workspace(), folder, spec.commandLine().getOut());
  }

  static int run(Workspace workspace, Path folder, PrintWriter out) {
    Path input = IngestCommand.submissionsFolder(workspace, folder);
    out.println("[1/2] Đọc và kiểm tra báo cáo trong " + input);
    out.flush();
    IngestRun.Summary summary = IngestRun.run(workspace, input,
        () -> SparkSessions.start(workspace.settings()), ConsoleProgress.forConsole(out));
    IngestCommand.print(out, summary, workspace);
    out.println();
    out.println("[2/2] Dựng kho dữ liệu");
    return BuildCommand.build(workspace, false, out);
  }
}
