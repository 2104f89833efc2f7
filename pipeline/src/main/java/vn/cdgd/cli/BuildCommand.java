package vn.cdgd.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cdgd build}: the warehouse from staging, register, ratings, indicators and targets. */
@Command(
    name = "build",
    description = {
      "Dựng kho dữ liệu (Parquet) từ vùng staging: bảng chiều, bảng sự kiện, chỉ số và tiến độ chỉ"
          + " tiêu Nghị quyết. Phiên bản mới chỉ được công bố khi mọi kiểm tra dữ liệu đều đạt.",
      "Mã thoát: 0 thành công, 3 thiếu cấu hình hoặc staging, 5 kiểm tra dữ liệu kho không đạt,"
          + " 130 bị dừng (Ctrl-C)."
    })
public final class BuildCommand implements Callable<Integer> {
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
    try (WorkspaceLock lock = options.lock("build", spec.commandLine().getOut());
        RunLog log = RunLog.open(options.workspace(), "build", spec.commandLine().getOut())) {
      PrintWriter out = log.printer();
      int code = BuildService.build(options.config(), tree.equals("today"), out);
      out.println("Nhật ký: " + ConsolePaths.show(log.path()));
      return code;
    }
  }
}
