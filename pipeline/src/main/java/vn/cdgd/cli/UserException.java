package vn.cdgd.cli;

/**
 * A failure caused by what the user gave (a folder that does not exist, a unit code that is not in
 * the register): printed as its message, without a stack trace, with its exit code.
 */
public class UserException extends RuntimeException {
  private final int exitCode;

  public UserException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
