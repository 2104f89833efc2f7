package vn.cdgd.ingest.workbook;

/**
 * The limits the streaming .xlsx reader sets itself, since it does not go through POI's
 * {@code ZipSecureFile}: the same zip-bomb guard (an entry inflating more than 100 times its
 * compressed size, checked once past 100 KB), POI's 1,000 entries, and caps on what one workbook
 * may inflate to and hold, far above any real submission (a form is ~1,000 cells and ~100 KB
 * inflated). Kept in one place so they can be merged with the other readers' limits.
 */
final class XlsxLimits {
  /** As {@code ZipSecureFile.setMaxFileCount}'s default (POI 5.2.4+). */
  static final int MAX_ENTRIES = 1_000;

  /** As {@code ZipSecureFile.setMinInflateRatio}'s default: compressed / inflated bytes. */
  static final double MIN_INFLATE_RATIO = 0.01;

  /** As {@code ZipSecureFile}'s grace size: small entries are not ratio-checked. */
  static final long RATIO_GRACE_BYTES = 100 * 1024;

  /** Bytes one entry may inflate to. */
  static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

  /** Bytes all entries of one workbook may inflate to, together. */
  static final long MAX_INFLATED_BYTES = 512L * 1024 * 1024;

  /** Cells (filled or not) all sheets of one workbook may hold. */
  static final int MAX_CELLS = 2_000_000;

  private XlsxLimits() {}
}
