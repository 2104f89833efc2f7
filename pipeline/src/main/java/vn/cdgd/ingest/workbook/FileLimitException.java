package vn.cdgd.ingest.workbook;

import vn.cdgd.conf.ReadLimits;

/**
 * A file refused because reading it would pass one of the {@link ReadLimits} (or because it holds
 * what no spreadsheet program writes, such as an XML DOCTYPE): not a broken file, and the message
 * names the limit so the school knows what to change.
 */
public final class FileLimitException extends UnreadableFileException {
  public FileLimitException(String message) {
    super(message, false, null);
  }
}
