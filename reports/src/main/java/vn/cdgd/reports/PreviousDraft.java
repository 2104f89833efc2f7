package vn.cdgd.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A Word draft already at the name a new one is written to. The union finishes the draft by hand,
 * in place, and may run the report again after a late submission: the draft they wrote in must
 * never be overwritten. It is kept beside, named after the time it was last saved
 * ({@code tong-ket-2019-2020-DNO-ban-truoc-20201006-1015.docx}), so it still opens in Word.
 */
final class PreviousDraft {
  private static final DateTimeFormatter SAVED =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private PreviousDraft() {}

  /**
   * Moves the draft at {@code docx} aside and returns where it went; null when there was none.
   *
   * @throws ReportException when it cannot be moved, as when Word holds it open on Windows
   */
  static Path keep(Path docx) {
    if (!Files.exists(docx)) {
      return null;
    }
    try {
      String name = docx.getFileName().toString();
      String base = name.substring(0, name.length() - ".docx".length()) + "-ban-truoc-"
          + SAVED.format(Files.getLastModifiedTime(docx).toInstant());
      Path kept = docx.resolveSibling(base + ".docx");
      for (int copy = 2; Files.exists(kept); copy++) {
        kept = docx.resolveSibling(base + "-" + copy + ".docx");
      }
      Files.move(docx, kept);
      return kept;
    } catch (IOException e) {
      throw new ReportException(ReportException.Kind.INPUT, "Không cất được bản dự thảo Word cũ " + docx
          + " để ghi bản mới (" + e.getMessage() + "). Nếu tệp đang mở trong Word, hãy đóng tệp rồi chạy lại lệnh.");
    }
  }
}
