package vn.cdgd.conf;

/**
 * A configuration file that is missing or cannot be read; its message says which file and what to
 * do, and the command line prints it without a stack trace.
 */
public class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
