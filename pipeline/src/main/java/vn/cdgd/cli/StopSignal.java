package vn.cdgd.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Knows that the process is being stopped (Ctrl-C, SIGTERM): the JVM then runs its shutdown hooks,
 * Spark's among them stops the SparkContext, and the command's thread fails with whatever Spark
 * throws ("Job 0 cancelled because SparkContext was shut down"). The hook here marks the stop, so
 * {@link ExceptionMapper} says "stopped" instead of "unexpected error", and holds the JVM open a
 * few seconds for that message to be printed.
 */
final class StopSignal {
  /** How long the JVM's exit waits for the command's thread to print why it ended. */
  private static final long WAIT_SECONDS = 10;

  private static volatile boolean stopping;
  private static final CountDownLatch ANSWERED = new CountDownLatch(1);
  private static boolean installed;

  private StopSignal() {}

  /** Once per process, by {@link Main#main}; tests that call {@code execute} do without. */
  static synchronized void install() {
    if (installed) {
      return;
    }
    installed = true;
    Runtime.getRuntime().addShutdownHook(new Thread(StopSignal::onShutdown, "cdgd-stop"));
  }

  private static void onShutdown() {
    stopping = true;
    try {
      ANSWERED.await(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** True once the JVM has begun to shut down before the command returned. */
  static boolean stopping() {
    return stopping;
  }

  /** The command has ended and said so: the JVM may exit. */
  static void answered() {
    ANSWERED.countDown();
  }

  /** The words of a stopped run: what was stopped, that nothing was published, what to do. */
  static void explain(PrintWriter err, String command) {
    err.println("Đã dừng lệnh " + command + " trước khi chạy xong (Ctrl-C hoặc tín hiệu dừng)."
        + " Vùng staging và kho dữ liệu đã công bố giữ nguyên: một phiên bản mới chỉ được công bố khi"
        + " lệnh chạy xong. Hãy chạy lại lệnh khi cần.");
    err.flush();
  }
}
