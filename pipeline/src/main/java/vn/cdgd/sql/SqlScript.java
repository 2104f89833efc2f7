package vn.cdgd.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a script into statements at the semicolons that end them. DuckDB's JDBC driver runs a
 * multi-statement string but returns only the last result and does not expose its splitter, so a
 * console that prints every result has to cut the script itself: a {@code ;} inside a string
 * ({@code '…'}, with {@code ''} escapes), a quoted name ({@code "…"}), a dollar-quoted string
 * ({@code $$…$$}) or a comment ({@code -- …}, {@code /* … *}{@code /}) does not end a statement.
 */
public record SqlScript(List<String> statements, String rest) {

  /** The finished statements (without their {@code ;}) and what follows the last one. */
  public static SqlScript split(String script) {
    List<String> statements = new ArrayList<>();
    int start = 0;
    boolean code = false;
    int i = 0;
    int n = script.length();
    while (i < n) {
      char c = script.charAt(i);
      if (c == '\'' || c == '"') {
        i = closing(script, i + 1, c);
        code = true;
      } else if (c == '-' && script.startsWith("--", i)) {
        int end = script.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (c == '/' && script.startsWith("/*", i)) {
        int end = script.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '$' && dollarTag(script, i) != null) {
        String tag = dollarTag(script, i);
        int end = script.indexOf(tag, i + tag.length());
        i = end < 0 ? n : end + tag.length();
        code = true;
      } else if (c == ';') {
        if (code) {
          statements.add(script.substring(start, i).strip());
        }
        start = i + 1;
        code = false;
        i++;
      } else {
        code |= !Character.isWhitespace(c);
        i++;
      }
    }
    return new SqlScript(statements, code ? script.substring(start).strip() : "");
  }

  /** True when the text ends with a finished statement (or holds only blanks and comments). */
  public boolean complete() {
    return rest.isEmpty();
  }

  /** Every statement, including an unfinished last one, as {@code -c} and files are run. */
  public List<String> all() {
    if (rest.isEmpty()) {
      return statements;
    }
    List<String> all = new ArrayList<>(statements);
    all.add(rest);
    return all;
  }

  private static int closing(String script, int from, char quote) {
    int i = from;
    while (i < script.length()) {
      if (script.charAt(i) == quote) {
        if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return script.length();
  }

  /** {@code $$} or {@code $tag$} at {@code at}, or null when the dollar is something else. */
  private static String dollarTag(String script, int at) {
    int i = at + 1;
    while (i < script.length()
        && (Character.isLetterOrDigit(script.charAt(i)) || script.charAt(i) == '_')) {
      i++;
    }
    if (i < script.length() && script.charAt(i) == '$'
        && (i == at + 1 || !Character.isDigit(script.charAt(at + 1)))) {
      return script.substring(at, i + 1);
    }
    return null;
  }
}
