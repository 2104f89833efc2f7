package vn.cdgd.cli;

import java.io.InputStream;
import picocli.CommandLine;

/** Lets tests of other packages run {@code cdgd sql} as from a pipe, with their own input. */
public final class SqlCommandAccess {
  private SqlCommandAccess() {}

  public static void prepare(CommandLine sql, InputStream stdin) {
    SqlCommand command = sql.getCommand();
    command.terminal = false;
    command.stdin = stdin;
  }
}
