package vn.cdgd.ingest.workbook;

import java.io.Serializable;
import java.time.Duration;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How much one received file may make the reader inflate, parse and hold, so a hostile or
 * runaway file is refused for what it is instead of exhausting the machine. A form workbook is
 * about 16 KB holding a few thousand cells; the defaults leave a real school's workbook (rosters
 * of a large school included) far inside every limit while a 300,000-row sheet is refused.
 *
 * @param maxCellsPerSheet filled cells one sheet may hold
 * @param maxEntryBytes bytes one part of a zip container (.xlsx, .ods) may inflate to
 * @param minInflateRatio compressed / inflated size below which a part is a zip bomb (POI's own
 *     default is 0.01, a part inflating 100 times its size)
 * @param maxEntries parts a zip container may hold
 * @param maxTextChars characters of text one part may yield (POI's text limit)
 * @param maxTimePerFile time the reading of one file may take
 */
public record ReadLimits(
    long maxCellsPerSheet,
    long maxEntryBytes,
    double minInflateRatio,
    int maxEntries,
    long maxTextChars,
    Duration maxTimePerFile)
    implements Serializable {

  /** Below this size a part is not checked for its inflate ratio (POI's grace size). */
  static final long RATIO_GRACE_BYTES = 100 * 1024;

  public static ReadLimits defaults() {
    return new ReadLimits(200_000, 50L * 1024 * 1024, 0.01, 1000, 10_000_000L, Duration.ofSeconds(60));
  }

  public ReadLimits withMaxCellsPerSheet(long cells) {
    return new ReadLimits(cells, maxEntryBytes, minInflateRatio, maxEntries, maxTextChars, maxTimePerFile);
  }

  public ReadLimits withMaxTimePerFile(Duration time) {
    return new ReadLimits(maxCellsPerSheet, maxEntryBytes, minInflateRatio, maxEntries, maxTextChars, time);
  }

  /**
   * POI keeps its zip limits in static fields, so they are set before each open: every reader of
   * a run shares the same limits, and setting equal values again from several tasks is harmless.
   */
  public void applyToPoi() {
    ZipSecureFile.setMinInflateRatio(minInflateRatio);
    ZipSecureFile.setMaxEntrySize(maxEntryBytes);
    ZipSecureFile.setMaxFileCount(maxEntries);
    ZipSecureFile.setMaxTextSize(maxTextChars);
  }

  /** A size in bytes as people read it ("50 MB"). */
  static String megabytes(long bytes) {
    long mb = bytes / (1024 * 1024);
    return mb > 0 ? mb + " MB" : (bytes / 1024) + " KB";
  }
}
