package vn.cdgd.ingest.workbook;

import java.util.Locale;
import org.apache.poi.util.RecordFormatException;

/**
 * Recognises POI's own size guards in what it throws, so a file past one is refused for its size
 * and not called corrupt: the zip-bomb guards of {@code ZipSecureFile} (inflate ratio, part size,
 * number of parts, extracted text) and the largest array {@code IOUtils.safelyAllocate} allows
 * for one record or part, which a well-formed but huge workbook trips first.
 */
final class PoiLimits {
  private PoiLimits() {}

  static FileLimitException limitIn(Throwable failure, ReadLimits limits) {
    FileLimitException ours = ZipGuard.limitIn(failure);
    if (ours != null) {
      return ours;
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (message.contains("max. ratio") || message.contains("min_inflate_ratio")) {
        long times = Math.round(1 / limits.minInflateRatio());
        return new FileLimitException(
            "Tệp bị từ chối vì lý do an toàn: một phần của tệp giải nén ra gấp hơn " + times
                + " lần kích thước nén (giới hạn " + times + " lần), dấu hiệu của một \"bom zip\""
                + " mà bảng tính thật không có. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại"
                + " dạng .xlsx và gửi lại.");
      }
      if (message.contains("max size of the expanded data") || message.contains("max_entry_size")) {
        return tooBig("một phần của tệp khi giải nén vượt quá " + ReadLimits.megabytes(limits.maxEntryBytes())
            + " (giới hạn " + ReadLimits.megabytes(limits.maxEntryBytes()) + " một phần)");
      }
      if (message.contains("max_file_count") || message.contains("more internal file entries")) {
        return new FileLimitException(
            "Tệp bị từ chối: tệp nén có hơn " + limits.maxEntries() + " phần (giới hạn "
                + limits.maxEntries() + "), điều mà một bảng tính thật không có. Hãy mở bằng"
                + " Excel hoặc LibreOffice, lưu lại dạng .xlsx và gửi lại.");
      }
      if (message.contains("text would exceed") || message.contains("max_text_size")) {
        return tooBig("chữ trong tệp nhiều hơn " + limits.maxTextChars() + " ký tự (giới hạn "
            + limits.maxTextChars() + " ký tự)");
      }
      if ((t instanceof RecordFormatException && message.contains("maximum length"))
          || message.contains("zip entry size is too large")) {
        return tooBig("một bản ghi hoặc một phần của tệp lớn hơn mức thư viện đọc Excel cho phép ("
            + firstSentence(t.getMessage()) + ")");
      }
    }
    return null;
  }

  private static FileLimitException tooBig(String what) {
    return new FileLimitException(
        "Tệp quá lớn: " + what + ", trong khi cả biểu mẫu chỉ vài chục KB. Hãy xoá các dòng, cột và"
            + " sheet thừa (hoặc chép các sheet của biểu mẫu sang một tệp mới), lưu lại dạng .xlsx"
            + " và gửi lại.");
  }

  private static String firstSentence(String message) {
    String line = message.lines().findFirst().orElse(message).trim();
    int end = line.indexOf(". ");
    return end > 0 ? line.substring(0, end) : line;
  }
}
