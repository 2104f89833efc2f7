package vn.cdgd.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import vn.cdgd.staging.ProgressSink;

/**
 * Draws progress on the terminal as a bar; when the output is not a terminal (a log, CI), prints a
 * line at every tenth instead, so logs stay readable.
 */
final class ConsoleProgress implements ProgressSink {
  private final PrintWriter out;
  private final boolean terminal;
  private ProgressBar bar;
  private String task;
  private long total;
  private long done;
  private long lastTenth;

  ConsoleProgress(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  static ConsoleProgress forConsole(PrintWriter out) {
    return new ConsoleProgress(out, System.console() != null);
  }

  @Override
  public synchronized void start(String task, long total) {
    this.task = task;
    this.total = total;
    this.done = 0;
    this.lastTenth = 0;
    if (terminal) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(total)
              .setUnit(" tệp", 1)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(200)
              .build();
    } else {
      out.println(task + ": " + VietnameseNumbers.of(total) + " tệp");
      out.flush();
    }
  }

  @Override
  public synchronized void advance(long count) {
    done += count;
    if (bar != null) {
      bar.stepBy(count);
      return;
    }
    long tenth = total == 0 ? 10 : done * 10 / total;
    if (tenth > lastTenth) {
      lastTenth = tenth;
      out.println(line(task, done, total));
      out.flush();
    }
  }

  /**
   * "  Đọc và kiểm tra: 1/6 tệp (16 %)": a line is printed when a new tenth is passed, but the
   * percentage is the count's own, rounded down, so the two never disagree ("1/6 tệp (10 %)" did).
   */
  static String line(String task, long done, long total) {
    long percent = total == 0 ? 100 : done * 100 / total;
    return "  " + task + ": " + VietnameseNumbers.of(done) + "/" + VietnameseNumbers.of(total) + " tệp (" + percent + " %)";
  }

  @Override
  public synchronized void finish() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
