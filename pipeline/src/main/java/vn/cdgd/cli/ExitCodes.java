package vn.cdgd.cli;

/**
 * What the command line returns. A batch in which some workbooks were rejected still succeeds
 * (0): rejections are data, reported in the error report. Non-zero means the run itself failed.
 */
public final class ExitCodes {
  private ExitCodes() {}

  /** The run did what was asked (some submissions may have been rejected). */
  public static final int OK = 0;
  /** Internal failure: a bug or an unexpected condition; the log has the details. */
  public static final int SOFTWARE = 1;
  /** The command line was wrong (unknown option, missing argument). */
  public static final int USAGE = 2;
  /** The workspace's configuration or reference data is missing or wrong. */
  public static final int CONFIG = 3;
  /**
   * Another cdgd command is changing the same workspace. Shares 3 with {@link #CONFIG}: in both
   * cases the workspace cannot be used as it is now, and a script treats them alike.
   */
  public static final int BUSY = 3;
  /** An input named on the command line does not exist or cannot be read or written. */
  public static final int INPUT = 4;
  /**
   * A version written by the run did not pass its checks (the warehouse's data tests, staging's
   * footers): nothing was published.
   */
  public static final int DATA = 5;
  /** {@code check-workbook}: the file would be rejected by ingest (its errors are printed). */
  public static final int REJECTED = 6;
  /**
   * The run was stopped (Ctrl-C, or SIGTERM from a scheduler) before it ended: nothing new was
   * published. 130 is the shell's own code for Ctrl-C; a process ended by SIGTERM reports 143.
   */
  public static final int INTERRUPTED = 130;
}
