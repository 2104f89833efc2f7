package vn.cdgd.sql;

/**
 * DuckDB refused a statement (syntax, unknown column, wrong type). The message is DuckDB's own,
 * cut to its first one or two lines, so a console can show it to an analyst as it is.
 */
public final class QueryFailedException extends RuntimeException {

  public QueryFailedException(String message, Throwable cause) {
    super(message, cause);
  }

  /** DuckDB's message without the echo of the query and the caret under it. */
  static String shorten(String message) {
    if (message == null || message.isBlank()) {
      return "DuckDB không cho biết lý do.";
    }
    StringBuilder kept = new StringBuilder();
    int lines = 0;
    for (String line : message.strip().split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("LINE ") || lines == 2) {
        break;
      }
      kept.append(lines == 0 ? "" : "\n").append(line.strip());
      lines++;
    }
    return kept.toString();
  }
}
