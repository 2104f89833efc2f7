package vn.cdgd.cli;

/**
 * Loads DuckDB's native library on a thread of its own while Spark starts. Each JVM unpacks the
 * library (70 MB) from DuckDB's jar into a temporary file before its first connection; ingest and
 * build open DuckDB only after their Spark work, and a run of a few workbooks keeps one core idle
 * meanwhile (measured in a cold ingest of 990 workbooks: 2.4 s of wall clock on a loaded machine
 * waited for the unpacking). Only the commands that will open DuckDB call it, and only once they
 * start Spark. {@link Main} waits for it before {@code System.exit}, so that a command ending
 * first (an error, a stop) never leaves a half-written library in the temporary folder.
 */
final class DuckDbWarmUp {
  private static Thread thread;

  private DuckDbWarmUp() {}

  static synchronized void start() {
    if (thread != null) {
      return;
    }
    thread = new Thread(DuckDbWarmUp::load, "cdgd-duckdb-warm-up");
    thread.start();
  }

  /** Waits (at most a minute) for a warm-up under way to end; returns at once if none was started. */
  static void awaitEnd() {
    Thread running;
    synchronized (DuckDbWarmUp.class) {
      running = thread;
    }
    if (running == null) {
      return;
    }
    try {
      running.join(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void load() {
    try {
      Class.forName("org.duckdb.DuckDBNative", true, DuckDbWarmUp.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      // The first real connection meets the same problem and reports it where it is understood.
    }
  }
}
