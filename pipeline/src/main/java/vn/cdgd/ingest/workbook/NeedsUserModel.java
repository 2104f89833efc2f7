package vn.cdgd.ingest.workbook;

/**
 * The streaming reader met something only POI's user model reads the same way (a formula without
 * a usable cached value, a shared or multi-cell array formula, a part it does not know, a file it
 * cannot parse): the whole file goes to {@link WorkbookGridReader}'s user model, which decides.
 * Thrown often enough that it carries no stack trace.
 */
final class NeedsUserModel extends Exception {
  NeedsUserModel(String reason) {
    super(reason, null, false, false);
  }

  NeedsUserModel(String reason, Throwable cause) {
    super(reason + ": " + cause, null, false, false);
  }

  String reason() {
    return getMessage();
  }
}
