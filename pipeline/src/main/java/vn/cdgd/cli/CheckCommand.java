package vn.cdgd.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.cdgd.conf.ConfigCheck;
import vn.cdgd.conf.Workspace;
import vn.cdgd.reference.RegisterCheck;
import vn.cdgd.warehouse.RatingsCheck;

/**
 * {@code cdgd check}: the workspace's configuration and reference data checked against their
 * contract in seconds, before any Spark work, every problem listed with its file, line, column,
 * value and fix; exit 3 when anything must be fixed.
 */
@Command(
    name = "check",
    description = {
      "Kiểm tra cấu hình (conf/), danh mục đơn vị (data/units.csv), sự kiện đơn vị (data/unit-events.csv,"
          + " nếu có) và xếp loại (data/ratings.csv) trước khi chạy: liệt kê mọi lỗi với tệp, dòng, cột, giá trị"
          + " và cách sửa (không khởi động Spark).",
      "Mã thoát: 0 không có lỗi, 3 có lỗi cần sửa, 2 sai cú pháp lệnh, 1 lỗi khác."
    })
public final class CheckCommand implements Callable<Integer> {

  @Mixin WorkspaceOptions options;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Workspace workspace = options.workspace();
    PrintWriter out = spec.commandLine().getOut();
    List<String> problems = problems(workspace);
    if (problems.isEmpty()) {
      out.println("Không có lỗi: cấu hình, danh mục đơn vị và xếp loại dùng được.");
      out.flush();
      return ExitCodes.OK;
    }
    out.println(VietnameseNumbers.of(problems.size()) + " lỗi cần sửa:");
    problems.forEach(p -> out.println("  - " + p));
    out.flush();
    return ExitCodes.CONFIG;
  }

  /**
   * Every problem of the workspace: one per conf file that cannot be bound (binding stops at a
   * file's first fault, named with file, line, key and fix; the other files are still bound), then
   * every problem of the register and of the ratings, by line.
   */
  static List<String> problems(Workspace workspace) {
    List<String> problems = new ArrayList<>();
    ConfigCheck.Result config = ConfigCheck.check(workspace);
    config.problems().forEach(e -> problems.add(e.getMessage()));
    RegisterCheck.Lists lists = config.form().map(RegisterCheck.Lists::of).orElse(RegisterCheck.Lists.standard());
    RegisterCheck.check(workspace.unitRegister(), lists).forEach(p -> problems.add(p.describe()));
    RatingsCheck.check(workspace.ratings(), RatingsCheck.unitCodes(workspace.unitRegister()), config.ratingScale())
        .forEach(p -> problems.add(p.describe()));
    return problems;
  }
}
