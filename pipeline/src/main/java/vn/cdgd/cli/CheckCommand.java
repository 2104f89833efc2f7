package vn.cdgd.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.cdgd.conf.ConfigException;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.reference.RegisterCheck;

/**
 * {@code cdgd check}: the workspace's configuration and reference data checked against their
 * contract in seconds, before any Spark work, every problem listed with its file, line, column,
 * value and fix; exit 3 when anything must be fixed.
 */
@Command(
    name = "check",
    description = {
      "Kiểm tra cấu hình (conf/), danh mục đơn vị (data/units.csv) và sự kiện đơn vị (data/unit-events.csv, nếu có) trước khi chạy: liệt kê mọi lỗi"
          + " với tệp, dòng, cột, giá trị và cách sửa (không khởi động Spark).",
      "Mã thoát: 0 không có lỗi, 3 có lỗi cần sửa, 2 sai cú pháp lệnh, 1 lỗi khác."
    })
public final class CheckCommand implements Callable<Integer> {

  @Mixin WorkspaceOptions options;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Workspace workspace = options.workspace();
    PrintWriter out = spec.commandLine().getOut();
    out.println("Kiểm tra thư mục làm việc: " + workspace.root());
    List<String> problems = problems(workspace);
    if (problems.isEmpty()) {
      out.println("Không có lỗi: cấu hình và danh mục đơn vị dùng được.");
      out.flush();
      return ExitCodes.OK;
    }
    out.println(VietnameseNumbers.of(problems.size()) + " lỗi cần sửa:");
    problems.forEach(p -> out.println("  - " + p));
    out.flush();
    return ExitCodes.CONFIG;
  }

  /**
   * Every problem of the workspace's register, after the first of its conf files (binding stops
   * at a file's first fault, each named with file, line, key and fix).
   */
  static List<String> problems(Workspace workspace) {
    List<String> problems = new ArrayList<>();
    RegisterCheck.Lists lists = RegisterCheck.Lists.standard();
    try {
      lists = RegisterCheck.Lists.of(WorkspaceConfig.load(workspace).form());
    } catch (ConfigException e) {
      problems.add(e.getMessage());
    }
    RegisterCheck.check(workspace.unitRegister(), lists).forEach(p -> problems.add(p.describe()));
    return problems;
  }
}
