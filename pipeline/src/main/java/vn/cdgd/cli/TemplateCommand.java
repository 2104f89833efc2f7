package vn.cdgd.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.conf.Settings;
import vn.cdgd.conf.Workspace;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.reference.Unit;
import vn.cdgd.reference.UnitRegister;
import vn.cdgd.template.TemplateWriter;

/** {@code cdgd template}: writes the blank report workbook of each CĐCS for one school year. */
@Command(
    name = "template",
    description = "Tạo biểu mẫu trống (.xlsx) cho từng CĐCS của một năm học.")
public final class TemplateCommand implements Callable<Integer> {

  @Mixin WorkspaceOptions workspaceOptions;

  @Spec CommandSpec spec;

  @Option(
      names = "--year",
      required = true,
      paramLabel = "<năm học>",
      description = "Năm học, ví dụ 2019-2020.")
  String year;

  @Option(
      names = "--unit",
      paramLabel = "<mã>",
      description = "Chỉ tạo biểu mẫu cho một đơn vị (mã trong danh mục).")
  String unit;

  @Option(names = "--all", description = "Tạo cho mọi CĐCS hoạt động trong năm học (mặc định).")
  boolean all;

  @Option(
      names = "--out",
      paramLabel = "<thư mục>",
      description = "Thư mục ghi biểu mẫu. Mặc định: output/templates của thư mục làm việc.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (unit != null && all) {
      throw new UserException(
          ExitCodes.USAGE, "Chỉ dùng một trong hai tùy chọn --unit hoặc --all.");
    }
    SchoolYear schoolYear =
        SchoolYear.parse(year)
            .orElseThrow(
                () ->
                    new UserException(
                        ExitCodes.USAGE,
                        "Năm học \"" + year + "\" không hợp lệ. Hãy ghi dạng 2019-2020."));
    WorkspaceConfig config = workspaceOptions.config();
    Workspace workspace = config.workspace();
    Settings settings = config.settings();
    RegisterGate.requireSound(config);
    UnitRegister register = UnitRegister.read(workspace.unitRegister());
    List<Unit> units = unitsToWrite(register, schoolYear, settings);
    Path folder = out != null ? out.toAbsolutePath().normalize() : workspace.templates();
    TemplateWriter writer = TemplateWriter.of(config);
    for (Unit each : units) {
      try {
        writer.write(each, schoolYear, folder);
      } catch (IOException e) {
        throw new UserException(
            ExitCodes.INPUT,
            "Không ghi được biểu mẫu vào " + folder + " (" + e.getMessage()
                + "). Hãy kiểm tra thư mục và quyền ghi.");
      }
    }
    PrintWriter printer = spec.commandLine().getOut();
    printer.println(
        "Đã tạo " + units.size() + " biểu mẫu năm học " + schoolYear.label() + " trong " + folder
            + ".");
    printer.flush();
    return ExitCodes.OK;
  }

  private List<Unit> unitsToWrite(UnitRegister register, SchoolYear schoolYear, Settings settings) {
    if (unit == null) {
      List<Unit> units = register.grassrootsDuring(schoolYear, settings.schoolYearStarts());
      if (units.isEmpty()) {
        throw new UserException(
            ExitCodes.INPUT,
            "Danh mục đơn vị không có CĐCS nào hoạt động trong năm học " + schoolYear.label()
                + ". Hãy kiểm tra data/units.csv (cột valid_from, valid_to).");
      }
      return units;
    }
    String code = unit.strip();
    if (!register.knows(code)) {
      throw new UserException(
          ExitCodes.INPUT,
          "Mã đơn vị " + code + " không có trong danh mục đơn vị. Hãy kiểm tra mã hoặc bổ sung"
              + " đơn vị vào data/units.csv.");
    }
    return List.of(
        register
            .during(code, schoolYear, settings.schoolYearStarts())
            .orElseThrow(
                () ->
                    new UserException(
                        ExitCodes.INPUT,
                        "Đơn vị " + code + " không hoạt động trong năm học " + schoolYear.label()
                            + ". Hãy chọn năm học khác hoặc kiểm tra data/units.csv.")));
  }
}
