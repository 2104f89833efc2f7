package vn.cdgd.cli;

import java.io.PrintWriter;
import java.util.List;
import vn.cdgd.staging.IngestDryRun;
import vn.cdgd.staging.StagingJob;

/**
 * The console summary of {@code cdgd ingest --dry-run}: the figures of an ingest's summary, the
 * files that would replace a unit's report and the rejected files by unit, framed so that nobody
 * takes it for an ingest: it starts and ends by saying nothing was kept.
 */
final class DryRunSummary {
  private DryRunSummary() {}

  static final String HEADING = "CHẠY THỬ (--dry-run): chỉ đọc và kiểm tra, không lưu gì.";

  static void print(PrintWriter out, IngestDryRun.Verdict v) {
    out.println();
    out.println("Kết quả chạy thử: nếu tiếp nhận thư mục này, cdgd ingest sẽ đọc " + VietnameseNumbers.of(v.filesRead())
        + " tệp:");
    if (v.alreadyStaged() > 0) {
      out.println("  (" + VietnameseNumbers.of(v.alreadyStaged()) + " tệp đã có trong staging với cùng nội dung,"
          + " biểu mẫu và danh mục: không đọc lại, kết quả lấy từ lần trước)");
    }
    out.println("  tiếp nhận:   " + VietnameseNumbers.of(v.accepted()) + " (trong đó "
        + VietnameseNumbers.of(v.acceptedWithWarnings()) + " có cảnh báo)");
    out.println("  bị từ chối:  " + VietnameseNumbers.of(v.rejected()));
    out.println("  thay bản cũ: " + VietnameseNumbers.of(v.replacements().size()));
    printFirst(out, v.replacements().stream()
        .map(r -> r.unitCode() + name(r.unitName()) + ", năm học " + r.schoolYear() + ": " + r.file()
            + " thay cho " + r.replaced())
        .toList(), "báo cáo khác");
    int sameBytes = v.filesRead() - v.accepted() - v.rejected();
    out.println("  trùng nội dung: " + VietnameseNumbers.of(sameBytes)
        + (sameBytes > 0 ? " (cùng nội dung với một tệp khác, chỉ tính một lần)" : ""));
    printFirst(out, v.duplicates().stream().map(d -> d.file() + ": cùng nội dung với " + d.sameAs()).toList(), "tệp khác");
    out.println("  bỏ qua:      " + VietnameseNumbers.of(v.skipped().size()));
    printFirst(out, v.skipped().stream().map(k -> k.relativePath() + ": " + k.reason()).toList(), "tệp khác");
    out.println("Theo đơn vị: " + VietnameseNumbers.of(v.unitsAccepted()) + " CĐCS có báo cáo được tiếp nhận, "
        + VietnameseNumbers.of(v.unitsFixed()) + " CĐCS đã gửi bản sửa được tiếp nhận, "
        + VietnameseNumbers.of(v.unitsStillRejected()) + " CĐCS cần gửi lại.");
    List<StagingJob.BatchSubmission> rejected = v.submissions().stream()
        .filter(s -> !"accepted".equals(s.status())).toList();
    if (!rejected.isEmpty()) {
      out.println("  Tệp sẽ bị từ chối:");
      printFirst(out, rejected.stream()
          .map(s -> (s.unitCode() == null ? "(không đọc được mã đơn vị)" : s.unitCode() + name(s.unitName()))
              + (s.schoolYear() == null ? "" : ", năm học " + s.schoolYear()) + ": " + s.file() + " ("
              + VietnameseNumbers.of(s.errors()) + " lỗi)")
          .toList(), "tệp khác");
      out.println("  Xem từng lỗi của một tệp: cdgd check-workbook <tệp>");
    }
    out.println("Lỗi: " + VietnameseNumbers.of(v.errors()) + ", cảnh báo: " + VietnameseNumbers.of(v.warnings()) + ".");
    out.println("Đây là chạy thử: vùng staging, tệp bị từ chối, báo cáo lỗi và phản hồi gửi đơn vị không thay đổi."
        + " Chạy lại không có --dry-run để tiếp nhận.");
    out.flush();
  }

  private static String name(String unitName) {
    return unitName == null || unitName.isBlank() ? "" : " " + unitName;
  }

  private static void printFirst(PrintWriter out, List<String> lines, String others) {
    lines.stream().limit(IngestSummary.LISTED).forEach(line -> out.println("    - " + line));
    if (lines.size() > IngestSummary.LISTED) {
      out.println("    … và " + VietnameseNumbers.of(lines.size() - IngestSummary.LISTED) + " " + others);
    }
  }
}
