package vn.cdgd.ingest.workbook;

/** A received file that cannot be opened as a workbook or CSV; the message is in Vietnamese. */
public class UnreadableFileException extends Exception {
  private final boolean encrypted;

  public UnreadableFileException(String message, boolean encrypted, Throwable cause) {
    super(message, cause);
    this.encrypted = encrypted;
  }

  public boolean encrypted() {
    return encrypted;
  }
}
