package vn.cdgd.ingest.workbook;

import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.RecordFormatException;
import vn.cdgd.conf.ReadLimits;

/**
 * Recognises POI's own size guards in what it throws, so a file past one is refused for its size
 * and not called corrupt: the zip-bomb guards of {@code ZipSecureFile} (inflate ratio, part size,
 * number of parts, extracted text) and the largest array {@code IOUtils.safelyAllocate} allows
 * for one record or part, which a well-formed but huge workbook trips first.
 */
final class PoiLimits {
  /** Below this size a part is not checked for its inflate ratio (POI's grace size). */
  static final long RATIO_GRACE_BYTES = 100 * 1024;

  private PoiLimits() {}

  /**
   * POI keeps its zip limits in static fields, so they are set before each open: every reader of
   * a run shares the same limits, and setting equal values again from several tasks is harmless.
   */
  static void apply(ReadLimits limits) {
    ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
    ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
    ZipSecureFile.setMaxFileCount(limits.maxEntries());
    ZipSecureFile.setMaxTextSize(limits.maxTextChars());
  }

  /** A size in bytes as people read it ("50 MB"). */
  static String megabytes(long bytes) {
    long mb = bytes / (1024 * 1024);
    return mb > 0 ? mb + " MB" : (bytes / 1024) + " KB";
  }

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
        return tooBig("một phần của tệp khi giải nén vượt quá " + megabytes(limits.maxEntryBytes())
            + " (giới hạn " + megabytes(limits.maxEntryBytes()) + " một phần)");
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
