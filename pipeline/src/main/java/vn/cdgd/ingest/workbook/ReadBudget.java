package vn.cdgd.ingest.workbook;

import java.time.Duration;
import java.util.function.LongSupplier;
import vn.cdgd.conf.ReadLimits;

/**
 * The {@link ReadLimits} applied to the reading of one file, with the moment its time runs out.
 * Readers call {@link #checkTime()} as they go (per row, per block inflated): a cooperative check,
 * since a parser stopped from outside would leave nothing to say but that it was stopped.
 */
public final class ReadBudget {
  private final ReadLimits limits;
  private final LongSupplier clock;
  private final long deadline;

  public ReadBudget(ReadLimits limits) {
    this(limits, System::nanoTime);
  }

  /** With the clock given (nanoseconds), so a test can make time pass. */
  ReadBudget(ReadLimits limits, LongSupplier clock) {
    this.limits = limits;
    this.clock = clock;
    this.deadline = clock.getAsLong() + limits.maxTimePerFile().toNanos();
  }

  public ReadLimits limits() {
    return limits;
  }

  public void checkTime() throws FileLimitException {
    if (clock.getAsLong() - deadline > 0) {
      throw tooSlow(limits.maxTimePerFile());
    }
  }

  static FileLimitException tooSlow(Duration limit) {
    return new FileLimitException(
        "Tệp quá lớn hoặc quá phức tạp: đọc tệp mất hơn " + limit.toSeconds() + " giây (giới hạn "
            + limit.toSeconds() + " giây cho một tệp). Hãy xoá các dòng, cột và sheet thừa (chỉ giữ"
            + " các sheet của biểu mẫu), lưu lại dạng .xlsx và gửi lại.");
  }

  /** Throws when a sheet has gone past the cell limit. */
  public void checkCells(String sheet, long cells) throws FileLimitException {
    if (cells > limits.maxCellsPerSheet()) {
      throw tooManyCells(sheet, limits.maxCellsPerSheet());
    }
  }

  static FileLimitException tooManyCells(String sheet, long limit) {
    String n = String.format(java.util.Locale.ROOT, "%,d", limit).replace(',', '.');
    return new FileLimitException(
        "Tệp quá lớn: sheet \"" + sheet + "\" có hơn " + n + " ô (giới hạn " + n + " ô một sheet),"
            + " trong khi biểu mẫu chỉ có vài nghìn ô. Hãy xoá các dòng, cột thừa (hoặc chép các"
            + " sheet của biểu mẫu sang một tệp mới), lưu lại và gửi lại.");
  }
}
