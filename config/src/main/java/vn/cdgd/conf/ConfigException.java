package vn.cdgd.conf;

import java.util.Optional;

/**
 * A configuration file that is missing, cannot be read, or says something cdgd cannot use; its
 * message says which file (and key and line when known), what is wrong and what to do, and the
 * command line prints it without a stack trace (exit code 3).
 */
public class ConfigException extends RuntimeException {
  private final String file;
  private final String key;

  public ConfigException(String message) {
    this(message, null, null, null);
  }

  public ConfigException(String message, Throwable cause) {
    this(message, null, null, cause);
  }

  ConfigException(String message, String file, String key, Throwable cause) {
    super(message, cause);
    this.file = file;
    this.key = key;
  }

  /** The file at fault, when the problem is in one file. */
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /** The dotted key at fault ({@code spark.files_per_task}), when the problem is in one key. */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }
}
