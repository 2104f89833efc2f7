package vn.cdgd.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.ingest.Issue;
import vn.cdgd.ingest.Level;
import vn.cdgd.ingest.ParsedSubmission;
import vn.cdgd.ingest.SubmissionReader;
import vn.cdgd.reference.UnitRegister;
import vn.cdgd.staging.FileInventory;
import vn.cdgd.staging.feedback.ProblemOrder;

/**
 * {@code cdgd check-workbook FILE}: a school clerk's answer for one workbook, in seconds and without
 * Spark or any write: which unit and year it is, whether ingest would accept it, and every problem
 * with its sheet, cell, what was typed and what to do. The same reader and checks as ingest.
 */
@Command(
    name = "check-workbook",
    description = {
      "Kiểm tra một tệp báo cáo trước khi gửi (không khởi động Spark, không ghi gì): đơn vị, năm học,"
          + " tệp sẽ được tiếp nhận hay bị từ chối, và từng lỗi với sheet, ô, giá trị đã nhập và cách sửa.",
      "Mã thoát: 0 tệp sẽ được tiếp nhận, 6 tệp sẽ bị từ chối, 2 sai cú pháp lệnh, 3 lỗi cấu hình,"
          + " 4 không đọc được tệp, 1 lỗi khác."
    })
public final class CheckWorkbookCommand implements Callable<Integer> {

  @Mixin WorkspaceOptions options;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "<tệp>", description = "Tệp báo cáo (.xlsx, .xls, .ods hoặc .csv).")
  Path file;

  @Override
  public Integer call() {
    WorkspaceConfig config = options.config();
    if (!Files.isRegularFile(file)) {
      throw new UserException(ExitCodes.INPUT, "Không có tệp " + file + ". Hãy kiểm tra lại đường dẫn.");
    }
    if (!SubmissionReader.isSubmissionFile(file.getFileName().toString())) {
      throw new UserException(ExitCodes.INPUT, "Tệp " + file.getFileName() + " không phải tệp .xlsx, .xls, .ods hay"
          + " .csv: cdgd ingest sẽ bỏ qua tệp này. Hãy lưu báo cáo bằng Excel dạng .xlsx rồi kiểm tra lại.");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UserException(ExitCodes.INPUT, "Không đọc được tệp " + file + " (" + e.getMessage()
          + "). Hãy kiểm tra quyền đọc tệp.");
    }
    SubmissionReader reader = new SubmissionReader(
        config.form(), UnitRegister.read(config.workspace().unitRegister()), config.settings());
    ParsedSubmission parsed = reader.read(file.getFileName().toString(), bytes,
        LocalDateTime.now(FileInventory.VIETNAM).withNano(0));
    PrintWriter out = spec.commandLine().getOut();
    print(out, parsed);
    out.flush();
    return parsed.accepted() ? ExitCodes.OK : ExitCodes.REJECTED;
  }

  static void print(PrintWriter out, ParsedSubmission parsed) {
    out.println("Tệp: " + parsed.file());
    out.println("Đơn vị: " + (parsed.unitCode() == null ? "(không đọc được mã đơn vị)"
        : parsed.unitCode() + (parsed.unitName() == null ? "" : " " + parsed.unitName())));
    out.println("Năm học: " + (parsed.schoolYear() == null ? "(không đọc được)" : parsed.schoolYear()));
    List<Issue> issues = parsed.issues().stream()
        .sorted(Comparator.comparing(Issue::sheet).thenComparing(Issue::cell, ProblemOrder::compareCells)
            .thenComparing(Issue::rule))
        .toList();
    long errors = parsed.errorCount();
    long warnings = parsed.warningCount();
    out.println(parsed.accepted()
        ? "Kết quả: tệp sẽ được TIẾP NHẬN (" + VietnameseNumbers.of(warnings) + " cảnh báo)."
        : "Kết quả: tệp sẽ bị TỪ CHỐI: " + VietnameseNumbers.of(errors) + " lỗi cần sửa"
            + (warnings > 0 ? ", " + VietnameseNumbers.of(warnings) + " cảnh báo" : "") + ".");
    list(out, "Lỗi cần sửa trước khi gửi:", issues, Level.ERROR);
    list(out, "Cảnh báo (nên xem lại, tệp vẫn được tiếp nhận):", issues, Level.WARNING);
    out.println("Chưa kiểm tra ở đây: so sánh với năm học trước và trùng với báo cáo khác của đơn vị;"
        + " cdgd ingest kiểm tra những điều đó khi nhận tệp.");
  }

  private static void list(PrintWriter out, String heading, List<Issue> issues, Level level) {
    List<Issue> shown = issues.stream().filter(i -> i.level() == level).toList();
    if (shown.isEmpty()) {
      return;
    }
    out.println(heading);
    int number = 1;
    for (Issue issue : shown) {
      out.println("  " + number++ + ". " + where(issue) + issue.rule().title() + ": " + issue.message());
    }
  }

  /** "Sheet "Biểu 1", ô D12 (chỉ tiêu A02, đã nhập "abc"): " or nothing for a problem of the whole file. */
  private static String where(Issue issue) {
    StringBuilder where = new StringBuilder();
    if (!issue.sheet().isEmpty()) {
      where.append("Sheet \"").append(issue.sheet()).append('"');
    }
    if (!issue.cell().isEmpty()) {
      where.append(where.length() > 0 ? ", ô " : "Ô ").append(issue.cell());
    }
    if (!issue.fieldCode().isEmpty() || !issue.value().isEmpty()) {
      where.append(" (");
      if (!issue.fieldCode().isEmpty()) {
        where.append("chỉ tiêu ").append(issue.fieldCode());
      }
      if (!issue.value().isEmpty()) {
        where.append(issue.fieldCode().isEmpty() ? "" : ", ").append("đã nhập \"").append(issue.value()).append('"');
      }
      where.append(')');
    }
    return where.length() == 0 ? "" : where + " — ";
  }
}
