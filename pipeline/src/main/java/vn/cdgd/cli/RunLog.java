package vn.cdgd.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import vn.cdgd.conf.Workspace;

/**
 * Keeps what a long command printed in the workspace's {@code output/logs/}, one file per run
 * ({@code 20201006-091500-run.log}), so a union can see later what a batch did and where it put
 * its results, without having copied the console.
 */
final class RunLog extends Writer {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final PrintWriter console;
  private final Writer file;
  private final Path path;
  private final AutoCloseable libraryLogs;

  private RunLog(PrintWriter console, Writer file, Path path) {
    this.console = console;
    this.file = file;
    this.path = path;
    this.libraryLogs = LibraryLogs.into(file);
  }

  /**
   * A writer to the console and to a new log file of the workspace; until it is closed, the
   * libraries' log lines go into that file only (see {@link LibraryLogs}).
   */
  static RunLog open(Workspace workspace, String command, PrintWriter console) {
    try {
      Path folder = Files.createDirectories(workspace.logs());
      Path path = folder.resolve(LocalDateTime.now().format(STAMP) + "-" + command + ".log");
      return new RunLog(console, Files.newBufferedWriter(path, StandardCharsets.UTF_8), path);
    } catch (IOException e) {
      throw new UserException(ExitCodes.INPUT,
          "Không ghi được nhật ký vào " + workspace.logs() + " (" + e.getMessage() + "). Hãy kiểm tra quyền ghi.");
    }
  }

  PrintWriter printer() {
    return new PrintWriter(this, true);
  }

  Path path() {
    return path;
  }

  @Override
  public void write(char[] buffer, int offset, int length) {
    console.write(buffer, offset, length);
    try {
      file.write(buffer, offset, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void flush() {
    console.flush();
    try {
      file.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    console.flush();
    try {
      libraryLogs.close();
    } catch (Exception e) {
      // Detaching the library logs cannot fail in a way worth more than closing the file.
    }
    try {
      file.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
