package vn.cdgd.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.cdgd.conf.Catalogs;
import vn.cdgd.conf.ConfigException;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Workspace;
import vn.cdgd.reference.RegisterCheck;

/**
 * {@code cdgd check}: the workspace's configuration and reference data checked against their
 * contract in seconds, before any Spark work, every problem listed with its file, line, column,
 * value and fix; exit 3 when anything must be fixed.
 */
@Command(
    name = "check",
    description = {
      "Kiểm tra cấu hình (conf/) và danh mục đơn vị (data/units.csv) trước khi chạy: liệt kê mọi lỗi"
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

  /** Every problem of the workspace's conf files and register, in the order they are read. */
  static List<String> problems(Workspace workspace) {
    List<String> problems = new ArrayList<>();
    FormDefinition form = null;
    try {
      workspace.settings();
      form = workspace.form();
    } catch (ConfigException e) {
      problems.add(e.getMessage());
    }
    for (Runnable load : List.<Runnable>of(
        () -> Catalogs.ratingScale(workspace.conf().resolve("ratings.yaml")),
        () -> Catalogs.targets(workspace.conf().resolve("targets.yaml")))) {
      try {
        load.run();
      } catch (ConfigException e) {
        problems.add(e.getMessage());
      }
    }
    if (form != null) {
      try {
        Catalogs.indicators(workspace.conf().resolve("indicators.yaml"), form);
      } catch (ConfigException e) {
        problems.add(e.getMessage());
      }
    }
    RegisterCheck.Lists lists = form == null ? RegisterCheck.Lists.standard() : RegisterCheck.Lists.of(form);
    RegisterCheck.check(workspace.unitRegister(), lists).forEach(p -> problems.add(p.describe(workspace.unitRegister())));
    return problems;
  }
}
