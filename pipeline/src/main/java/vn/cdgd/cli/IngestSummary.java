package vn.cdgd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import vn.cdgd.staging.IngestRun;

/** The console summary of an ingest: files read, accepted, rejected, skipped, and where to look. */
final class IngestSummary {
  private IngestSummary() {}

  static void print(PrintWriter out, IngestRun.Summary s) {
    out.println();
    out.println("Đã đọc " + VietnameseNumbers.of(s.filesRead()) + " tệp:");
    if (s.alreadyStaged() > 0) {
      out.println("  (" + VietnameseNumbers.of(s.alreadyStaged()) + " tệp đã có trong staging với cùng nội dung, biểu mẫu và danh mục:"
          + " không đọc lại, kết quả lấy từ lần trước)");
    }
    out.println("  tiếp nhận:   " + VietnameseNumbers.of(s.accepted()) + " (trong đó " + VietnameseNumbers.of(s.acceptedWithWarnings()) + " có cảnh báo)");
    out.println("  bị từ chối:  " + VietnameseNumbers.of(s.rejected()) + (s.rejected() > 0 ? " → giữ lại tại " + ConsolePaths.show(s.rejectedFolder()) : ""));
    if (s.unitsFixed() > 0 || s.unitsStillRejected() > 0) {
      // Units, not files: a school that sent a corrected file is no longer waited for.
      out.println("    theo đơn vị: " + VietnameseNumbers.of(s.unitsStillRejected()) + " CĐCS cần gửi lại, "
          + VietnameseNumbers.of(s.unitsFixed()) + " CĐCS đã gửi bản sửa được tiếp nhận");
    }
    int sameBytes = s.filesRead() - s.accepted() - s.rejected();
    Path unread = UnreadFilesList.write(s.reportFolder(), s.skipped(), s.duplicates());
    String whereAll = unread == null ? "" : ConsolePaths.show(unread);
    if (sameBytes > 0) {
      out.println("  trùng nội dung: " + VietnameseNumbers.of(sameBytes) + " (cùng nội dung với một tệp khác, chỉ tính một lần)");
      printFirst(out, s.duplicates().stream().map(d -> d.file() + ": cùng nội dung với " + d.sameAs()).toList(), whereAll);
    }
    out.println("  bỏ qua:      " + VietnameseNumbers.of(s.skipped().size()));
    printFirst(out, s.skipped().stream().map(k -> k.relativePath() + ": " + k.reason()).toList(), whereAll);
    out.println("Lỗi: " + VietnameseNumbers.of(s.errors()) + ", cảnh báo: " + VietnameseNumbers.of(s.warnings()) + ".");
    out.println("Vùng staging (Parquet): " + ConsolePaths.show(s.staging()));
    out.println("Báo cáo lỗi: " + ConsolePaths.show(s.reportFolder().resolve("bao-cao-loi.xlsx"))
        + " (và bao-cao-loi.csv)");
    if (unread != null) {
      out.println("Tệp bỏ qua và tệp trùng nội dung: " + whereAll);
    }
    if (s.feedbackFiles() > 0) {
      out.println("Phản hồi gửi đơn vị: " + VietnameseNumbers.of(s.feedbackFiles()) + " tệp tại " + ConsolePaths.show(s.reportFolder().resolve("phan-hoi")));
    }
    s.missing().ifPresent(report -> {
      out.println(MissingReportsPrinter.headline(report));
      out.println("  Danh sách theo đơn vị cấp trên: " + ConsolePaths.show(MissingReportsPrinter.file(s.reportFolder(), report))
          + " (hoặc cdgd status --missing)");
    });
    out.flush();
  }

  /** Files listed on the terminal under each heading; the rest are in the list beside the error report. */
  static final int LISTED = 10;

  private static void printFirst(PrintWriter out, java.util.List<String> lines, String whereAll) {
    lines.stream().limit(LISTED).forEach(line -> out.println("    - " + line));
    if (lines.size() > LISTED) {
      out.println("    … và " + VietnameseNumbers.of(lines.size() - LISTED) + " tệp khác: danh sách đầy đủ trong " + whereAll);
    }
  }
}
