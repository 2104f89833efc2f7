package vn.cdgd.staging.feedback;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.cdgd.staging.Resubmissions.State;

/**
 * The error report's "Lịch sử nộp" sheet: for every unit with a rejected file in a school year,
 * each file it sent in the order received and what became of the unit's report: "Đã sửa" with the
 * accepted file and its date, or "Chưa sửa – cần gửi lại" while no file was accepted.
 */
final class SubmissionHistorySheet {
  static final String SHEET = "Lịch sử nộp";
  static final List<String> HEADER = List.of(
      "Năm học", "Mã đơn vị", "Tên đơn vị", "Tệp", "Ngày nhận", "Kết quả của tệp", "Tình trạng của đơn vị");
  static final String OPEN = "Chưa sửa – cần gửi lại";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

  private SubmissionHistorySheet() {}

  /** The units that were rejected at least once; each file of theirs, in the order received. */
  static void write(Sheet sheet, List<SubmissionHistory> history, Xlsx.Styles styles) {
    Xlsx.widths(sheet, 11, 12, 36, 34, 12, 16, 50);
    Xlsx.headerRow(sheet, 0, HEADER, styles);
    sheet.createFreezePane(0, 1);
    Collator vietnamese = Collator.getInstance(new ULocale("vi"));
    List<SubmissionHistory> rows = history.stream()
        .filter(h -> h.unitState() != State.ACCEPTED)
        .sorted(Comparator.comparing(SubmissionHistory::schoolYear)
            .thenComparing(SubmissionHistory::unitName, vietnamese::compare)
            .thenComparing(SubmissionHistory::unitCode)
            .thenComparing(h -> h.receivedAt() == null ? LocalDateTime.MIN : h.receivedAt())
            .thenComparing(SubmissionHistory::file))
        .toList();
    int rowIndex = 1;
    for (SubmissionHistory h : rows) {
      Row row = sheet.createRow(rowIndex++);
      boolean open = h.unitState() == State.OPEN;
      Xlsx.text(row, 0, h.schoolYear(), null);
      Xlsx.text(row, 1, h.unitCode(), null);
      Xlsx.text(row, 2, h.unitName(), null);
      Xlsx.text(row, 3, h.file(), null);
      Xlsx.text(row, 4, h.receivedAt() == null ? "" : DAY.format(h.receivedAt()), null);
      Xlsx.text(row, 5, h.accepted() ? "Đã tiếp nhận" : "Bị từ chối", h.accepted() ? null : styles.error());
      Xlsx.text(row, 6, state(h), open ? styles.error() : null);
    }
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, HEADER.size() - 1));
  }

  /** "Đã sửa: tệp X, tiếp nhận ngày 25/09/2020" or "Chưa sửa – cần gửi lại". */
  static String state(SubmissionHistory h) {
    if (h.unitState() == State.OPEN) {
      return OPEN;
    }
    return "Đã sửa: tệp " + h.acceptedFile()
        + (h.acceptedAt() == null ? "" : ", tiếp nhận ngày " + DAY.format(h.acceptedAt()));
  }
}
