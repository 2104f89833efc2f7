package vn.cdgd.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.conf.Workspace;
import vn.cdgd.demo.DemoGenerator;
import vn.cdgd.demo.DemoPlan;
import vn.cdgd.demo.NationalWorkspace;
import vn.cdgd.demo.ProvincialWorkspace;

/**
 * {@code cdgd demo}: writes the demo province into the workspace (register, ratings and a folder
 * of submissions for 2018-2019 and 2019-2020). Without {@code --units} it is the calibrated Đắk
 * Nông demo; with it, a synthetic province of that many CĐCS. With {@code --national}, the whole
 * country for 2024-2025, into a workspace that holds no other union's register.
 */
@Command(
    name = "demo",
    description = "Tạo dữ liệu mẫu (danh mục đơn vị, xếp loại và các báo cáo của hai năm học),"
        + " rồi chạy toàn bộ: ingest, dựng kho, in báo cáo (trừ khi có --generate-only).")
public final class DemoCommand implements Callable<Integer> {

  @Mixin LockedWorkspaceOptions workspaceOptions;

  @Spec CommandSpec spec;

  @Option(
      names = "--units",
      paramLabel = "<số>",
      description = "Số CĐCS của tỉnh giả lập (1 đến 50000). Mặc định: tỉnh Đắk Nông mẫu, khoảng 300 CĐCS, khớp số liệu công bố.")
  Integer units;

  @Option(names = "--national",
      description = "Sinh dữ liệu mẫu toàn quốc năm học 2024-2025: Công đoàn Giáo dục Việt Nam, 63"
          + " công đoàn ngành tỉnh, các huyện và khoảng 50000 CĐCS (--units để ít hơn, tối thiểu 63)."
          + " Cần một thư mục làm việc riêng (--workspace): không ghi đè dữ liệu mẫu tỉnh Đắk Nông.")
  boolean national;

  @Option(names = "--seed", paramLabel = "<số>", description = "Hạt giống ngẫu nhiên (mặc định 20201006).")
  long seed = DemoPlan.DEFAULT_SEED;

  @Option(names = "--threads", paramLabel = "<số>", description = "Số luồng ghi tệp (mặc định: số nhân CPU).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--generate-only",
      description = "Chỉ sinh dữ liệu mẫu, không chạy ingest và dựng kho.")
  boolean generateOnly;

  @Override
  public Integer call() throws IOException {
    if (units != null && (units < 1 || units > 50_000)) {
      throw new UserException(ExitCodes.USAGE,
          "Số CĐCS (--units) phải từ 1 đến 50000, không phải " + units + ".");
    }
    if (threads < 1) {
      throw new UserException(ExitCodes.USAGE, "Số luồng (--threads) phải từ 1 trở lên.");
    }
    if (national && units != null && units < DemoPlan.NATIONAL_MIN_UNITS) {
      throw new UserException(ExitCodes.USAGE, "Dữ liệu mẫu toàn quốc cần ít nhất "
          + DemoPlan.NATIONAL_MIN_UNITS + " CĐCS (mỗi tỉnh một), không phải " + units + ".");
    }
    Workspace workspace = workspaceOptions.workspace();
    try (WorkspaceLock lock = workspaceOptions.lock("demo", spec.commandLine().getOut())) {
      return generateAndRun(workspace);
    }
  }

  private Integer generateAndRun(Workspace workspace) throws IOException {
    try {
      if (national) {
        NationalWorkspace.prepare(workspace);
      } else {
        ProvincialWorkspace.prepare(workspace);
      }
    } catch (NationalWorkspace.Refused e) {
      throw new UserException(ExitCodes.USAGE, e.getMessage());
    } catch (IOException e) {
      throw new UserException(ExitCodes.INPUT, "Không ghi được cấu hình " + workspace.settingsFile()
          + " (" + e.getMessage() + "). Hãy kiểm tra thư mục và quyền ghi.");
    }
    WorkspaceConfig config = workspaceOptions.config();
    var form = config.form();
    DemoPlan plan = national
        ? DemoPlan.national(form, seed, units == null ? DemoPlan.NATIONAL_UNITS : units)
        : units == null
            ? DemoPlan.province(form, seed)
            : DemoPlan.synthetic(form, seed, units);
    DemoGenerator.Summary summary;
    try {
      summary = DemoGenerator.of(config).write(plan, workspace, config.submissions(), threads);
    } catch (IOException e) {
      throw new UserException(ExitCodes.INPUT, "Không ghi được dữ liệu mẫu vào " + workspace.data()
          + " (" + e.getMessage() + "). Hãy kiểm tra thư mục và quyền ghi.");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Đã tạo dữ liệu mẫu%s: %d CĐCS năm học %s, %d tệp báo cáo (%d tệp .xlsx) trong %s,"
            + " danh mục %s, xếp loại %s (%.1f giây).%n",
        plan.calibrated() ? " tỉnh Đắk Nông" : national ? " toàn quốc" : "",
        summary.grassrootsUnits(), plan.currentYear().label(), summary.files(), summary.workbooks(),
        summary.submissions(), workspace.unitRegister(), workspace.ratings(),
        summary.elapsed().toMillis() / 1000.0);
    out.flush();
    if (generateOnly) {
      return ExitCodes.OK;
    }
    out.println();
    return RunService.run(config, null, out);
  }
}
