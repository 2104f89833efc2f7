package vn.cdgd.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
      // A folder given that does not exist is said before the configuration is read.
      Path input = IngestService.submissionsFolder(options::config, folder);
      return RunService.run(options.config(), input, spec.commandLine().getOut());
    }
  }
}
