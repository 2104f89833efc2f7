package vn.cdgd.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.cdgd.conf.UnionIdentity;
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

  @Option(names = "--root-unit", paramLabel = "<mã>",
      description = "Mã của công đoàn sở hữu thư mục làm việc (đơn vị gốc của danh mục), ví dụ GLA.")
  String rootUnit;

  @Option(names = "--province", paramLabel = "<tỉnh>", description = "Tỉnh, thành phố, ví dụ \"Gia Lai\".")
  String province;

  @Option(names = "--issuing-body", paramLabel = "<tên>",
      description = "Tên công đoàn in trên tiêu đề báo cáo. Mặc định: CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH <TỈNH>.")
  String issuingBody;

  @Option(names = "--upper-body", paramLabel = "<tên>",
      description = "Cơ quan cấp trên in trên tiêu đề báo cáo. Mặc định: LĐLĐ TỈNH <TỈNH>.")
  String upperBody;

  @Option(names = "--place", paramLabel = "<địa danh>",
      description = "Địa danh ở dòng ngày tháng của báo cáo. Mặc định: tên tỉnh.")
  String place;

  @Option(names = "--signatory", paramLabel = "<họ tên>", description = "Họ tên người ký báo cáo.")
  String signatory;

  @Option(names = "--signatory-title", paramLabel = "<chức vụ>", description = "Chức vụ người ký. Mặc định: CHỦ TỊCH.")
  String signatoryTitle;

  @Option(names = "--contact", paramLabel = "<liên hệ>",
      description = "Nơi các CĐCS liên hệ khi báo cáo bị từ chối (văn phòng, điện thoại, email), in trên tệp"
          + " phản hồi. Mặc định: tên công đoàn.")
  String contact;

  @Override
  public Integer call() {
    Path root = directory.toAbsolutePath().normalize();
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new UserException(ExitCodes.INPUT, root + " đã có và không phải thư mục. Hãy chọn tên khác.");
    }
    Workspace workspace = new Workspace(root);
    PrintWriter out = spec.commandLine().getOut();
    boolean confExists = Files.exists(workspace.settingsFile());
    Optional<UnionIdentity> identity = confExists ? Optional.empty() : identity(out);
    List<Path> created = WorkspaceInitializer.create(workspace, String.join(",", UnitRegister.HEADER));
    // The conf files come from the demo: a new union's carry its own name, letterhead and no targets.
    UnionIdentity own = identity.orElse(UnionIdentity.ofProvince("", UNDECLARED));
    if (!confExists) {
      own.writeInto(workspace.conf());
      if (contact != null && !contact.isBlank()) {
        UnionIdentity.writeContact(workspace.conf(), contact);
      }
    }
    out.println("Thư mục làm việc: " + root);
    if (created.isEmpty()) {
      out.println("Không tạo thêm tệp nào: mọi tệp đã có sẵn (không ghi đè).");
    } else {
      created.forEach(p -> out.println("  đã tạo " + root.relativize(p)));
    }
    if (!confExists && identity.isPresent()) {
      out.println("Đơn vị: " + own.rootUnit() + ", " + own.province() + "; tiêu đề báo cáo: " + own.upperBody() + " / "
          + own.issuingBody() + "; người ký: " + (own.signatoryName().isEmpty() ? "(chưa khai báo)" : own.signatoryName())
          + " (sửa trong conf/reports.yaml).");
      out.println("Chỉ tiêu nghị quyết: chưa có (conf/targets.yaml có một ví dụ để điền).");
      out.println("Liên hệ in trên tệp phản hồi: " + (contact == null || contact.isBlank()
          ? own.issuingBody() + " (thêm số điện thoại, email ở feedback.contact trong conf/cdgd.yaml hoặc --contact)"
          : contact.strip()) + ".");
    } else if (!confExists) {
      out.println("Chưa khai báo đơn vị gốc và tỉnh: hãy sửa union.root_unit, union.province trong conf/cdgd.yaml và"
          + " tiêu đề, người ký trong conf/reports.yaml (hoặc xóa thư mục conf rồi chạy lại cdgd init với --root-unit"
          + " và --province).");
    }
    out.println("Bước tiếp theo: điền danh mục đơn vị vào " + root.relativize(workspace.unitRegister())
        + ", rồi dùng --workspace " + root + " với các lệnh khác (hoặc chạy ./cdgd từ trong thư mục này).");
    out.flush();
    return ExitCodes.OK;
  }

  /** What the printed reports show before a union names itself: plainly a gap to fill. */
  static final String UNDECLARED = "(chưa khai báo)";

  /** The identity from the options, or asked on the terminal; empty when neither gives the unit. */
  private Optional<UnionIdentity> identity(PrintWriter out) {
    java.io.Console console = System.console();
    if ((rootUnit == null || province == null) && console != null) {
      out.println("Khai báo công đoàn sở hữu thư mục làm việc (Enter để bỏ qua, sửa sau trong conf/):");
      out.flush();
      rootUnit = rootUnit != null ? rootUnit : blankToNull(console.readLine("  Mã đơn vị gốc (trong danh mục đơn vị): "));
      province = province != null ? province : blankToNull(console.readLine("  Tỉnh, thành phố: "));
      if (rootUnit != null && province != null && signatory == null) {
        signatory = blankToNull(console.readLine("  Họ tên người ký báo cáo: "));
      }
    }
    if (rootUnit == null || province == null) {
      return Optional.empty();
    }
    return Optional.of(UnionIdentity.ofProvince(rootUnit.strip(), province.strip())
        .withBodies(upperBody, issuingBody).withPlace(place).withSignatory(signatory, signatoryTitle));
  }

  private static String blankToNull(String answer) {
    return answer == null || answer.isBlank() ? null : answer.strip();
  }
}
