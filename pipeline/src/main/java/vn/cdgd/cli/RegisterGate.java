package vn.cdgd.cli;

import java.nio.file.Path;
import java.util.List;
import vn.cdgd.conf.ConfigException;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.reference.RegisterCheck;

/**
 * Nothing proceeds on a broken register: ingest, build and template check it first (in a second,
 * before Spark), so a wrong parent code is named by its line at the start, not as a failed data
 * test of the warehouse minutes later.
 */
final class RegisterGate {
  /** Problems listed in the message; {@code cdgd check} lists them all. */
  private static final int LISTED = 20;

  private RegisterGate() {}

  static void requireSound(WorkspaceConfig config) {
    Path file = config.workspace().unitRegister();
    List<RegisterCheck.Problem> problems = RegisterCheck.check(file, RegisterCheck.Lists.of(config.form()));
    if (problems.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder("Danh mục đơn vị " + file + " có " + VietnameseNumbers.of(problems.size())
        + " lỗi, cần sửa trước khi chạy tiếp:");
    problems.stream().limit(LISTED).forEach(p -> message.append("\n  - ").append(p.describe()));
    if (problems.size() > LISTED) {
      message.append("\n  … và ").append(VietnameseNumbers.of(problems.size() - LISTED)).append(" lỗi khác.");
    }
    message.append("\nSửa xong, chạy cdgd check để kiểm tra lại.");
    throw new ConfigException(message.toString());
  }
}
