package vn.cdgd.conf;

import java.io.Serializable;
import java.time.Duration;

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

  public static ReadLimits defaults() {
    return new ReadLimits(200_000, 50L * 1024 * 1024, 0.01, 1000, 10_000_000L, Duration.ofSeconds(60));
  }

  public ReadLimits withMaxCellsPerSheet(long cells) {
    return new ReadLimits(cells, maxEntryBytes, minInflateRatio, maxEntries, maxTextChars, maxTimePerFile);
  }

  public ReadLimits withMaxTimePerFile(Duration time) {
    return new ReadLimits(maxCellsPerSheet, maxEntryBytes, minInflateRatio, maxEntries, maxTextChars, time);
  }
}
