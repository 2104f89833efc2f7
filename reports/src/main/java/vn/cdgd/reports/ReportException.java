package vn.cdgd.reports;

/**
 * A report that cannot be written because of what the user asked or configured (a unit or a year
 * not in the warehouse, no warehouse published, an unreadable conf file): printed as its message.
 */
public final class ReportException extends RuntimeException {
  /** What went wrong, so the command line can map it to an exit code. */
  public enum Kind {
    /** The request names something the warehouse does not hold (unit, year, term). */
    INPUT,
    /** The workspace lacks something: no published warehouse, a broken conf file. */
    CONFIG
  }

  private final Kind kind;

  public ReportException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
