package vn.cdgd.sql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Statements read from a pipe or a redirected file ({@code echo "select 1;" | cdgd sql}): lines
 * are gathered until a {@code ;} ends a statement, which then runs, so a long stream runs as it
 * arrives. Dot commands work on a line of their own. Like a script, it stops at the first refused
 * statement, so a pipeline sees the failure in the exit code.
 */
public final class PipedInput {
  private PipedInput() {}

  /** @return false when a statement was refused */
  public static boolean run(BufferedReader lines, SqlSession session) {
    StringBuilder buffer = new StringBuilder();
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (buffer.toString().isBlank() && SqlSession.isDotCommand(line)) {
          buffer.setLength(0);
          if (!session.dotCommand(line)) {
            return true;
          }
          continue;
        }
        buffer.append(line).append('\n');
        if (SqlScript.split(buffer.toString()).complete()) {
          boolean ran = session.run(buffer.toString());
          buffer.setLength(0);
          if (!ran) {
            return false;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the standard input", e);
    }
    return session.run(buffer.toString());
  }
}
