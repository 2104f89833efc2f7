package vn.cdgd.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceInitializer;
import vn.cdgd.reference.UnitRegister;

/** {@code cdgd init <dir>}: a new workspace with the default configuration and an empty register. */
@Command(
    name = "init",
    description =
        "Tạo thư mục làm việc mới cho một công đoàn: cấu hình mặc định (conf), danh mục đơn vị"
            + " rỗng (data/units.csv) và thư mục nhận báo cáo (data/submissions).")
public final class InitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "<dir>", description = "Thư mục làm việc cần tạo.")
  Path directory;

  @Override
  public Integer call() {
    Path root = directory.toAbsolutePath().normalize();
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new UserException(ExitCodes.INPUT, root + " đã có và không phải thư mục. Hãy chọn tên khác.");
    }
    Workspace workspace = new Workspace(root);
    List<Path> created = WorkspaceInitializer.create(workspace, String.join(",", UnitRegister.HEADER));
    PrintWriter out = spec.commandLine().getOut();
    out.println("Thư mục làm việc: " + root);
    if (created.isEmpty()) {
      out.println("Không tạo thêm tệp nào: mọi tệp đã có sẵn (không ghi đè).");
    } else {
      created.forEach(p -> out.println("  đã tạo " + root.relativize(p)));
    }
    out.println("Bước tiếp theo: điền danh mục đơn vị vào " + root.relativize(workspace.unitRegister())
        + ", sửa conf/cdgd.yaml (mã đơn vị gốc, tỉnh), rồi dùng --workspace " + root + " với các lệnh khác.");
    out.flush();
    return ExitCodes.OK;
  }
}
