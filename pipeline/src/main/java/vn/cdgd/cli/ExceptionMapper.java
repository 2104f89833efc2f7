package vn.cdgd.cli;

import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.nio.channels.ClosedByInterruptException;
import java.util.Locale;
import picocli.CommandLine;
import vn.cdgd.conf.ConfigException;
import vn.cdgd.reports.ReportException;
import vn.cdgd.store.VersionCheckFailure;

/**
 * The one place where an error ending a command becomes its message and exit code. Categories,
 * first match wins:
 *
 * <ul>
 *   <li>the process is being stopped (Ctrl-C, SIGTERM), whatever the command's thread threw:
 *       {@link ExitCodes#INTERRUPTED}, no stack trace;
 *   <li>{@link UserException}: its own code (usage 2, busy workspace 3, input 4);
 *   <li>{@link ConfigException} (a conf/ file, the unit register, the ratings, the manifest): 3;
 *   <li>{@link ReportException}: 2 when the request names what the warehouse lacks, 3 when the
 *       workspace lacks a published warehouse;
 *   <li>{@link VersionCheckFailure} (the warehouse's data tests, staging's checks): 5;
 *   <li>anything else is a bug: 1, with the stack trace for the administrator.
 * </ul>
 *
 * Picocli itself answers a wrong command line with 2 before any of these.
 */
final class ExceptionMapper implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    int code = map(e, err, commandLine.getCommandSpec().qualifiedName());
    err.flush();
    return code;
  }

  static int map(Throwable e, PrintWriter err, String command) {
    if (StopSignal.stopping() || isInterruption(e)) {
      StopSignal.explain(err, command);
      return ExitCodes.INTERRUPTED;
    }
    if (e instanceof UserException user) {
      err.println("Lỗi: " + user.getMessage());
      return user.exitCode();
    }
    if (e instanceof ConfigException config) {
      err.println("Lỗi cấu hình: " + config.getMessage());
      return ExitCodes.CONFIG;
    }
    if (e instanceof ReportException report) {
      err.println("Lỗi: " + report.getMessage());
      return report.kind() == ReportException.Kind.CONFIG ? ExitCodes.CONFIG : ExitCodes.USAGE;
    }
    if (e instanceof vn.cdgd.build.WarehouseTests.Failure failure) {
      // Its message already says what failed and that nothing was published.
      err.println("Lỗi: " + failure.getMessage());
      return ExitCodes.DATA;
    }
    if (e instanceof VersionCheckFailure check) {
      err.println("Lỗi: phiên bản vừa ghi không khớp với dữ liệu đã đọc (" + check.getMessage() + ")."
          + " Chưa công bố gì: vùng staging và kho dữ liệu đang dùng giữ nguyên. Hãy chạy lại lệnh;"
          + " nếu lỗi lặp lại, hãy gửi nhật ký trong output/logs cho người quản trị.");
      return ExitCodes.DATA;
    }
    err.println("Lỗi không mong đợi trong cdgd (" + e + "). Xin gửi thông báo này cho người quản trị.");
    e.printStackTrace(err);
    return ExitCodes.SOFTWARE;
  }

  /**
   * A thread interrupted, or Spark's jobs cancelled because its context was stopped under them:
   * both happen only when the process is being stopped.
   */
  static boolean isInterruption(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof InterruptedException || cause instanceof InterruptedIOException
          || cause instanceof ClosedByInterruptException) {
        return true;
      }
      String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("sparkcontext was shut down")
          || message.contains("cannot call methods on a stopped sparkcontext")
          || message.contains("shutdown in progress")) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
