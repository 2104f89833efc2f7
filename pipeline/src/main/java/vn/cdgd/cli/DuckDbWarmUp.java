package vn.cdgd.cli;

/**
 * Loads DuckDB's native library on a thread of its own while Spark starts. Each JVM unpacks the
 * library (70 MB) from DuckDB's jar into a temporary file before its first connection; ingest and
 * build open DuckDB only after their Spark work, and a run of a few workbooks keeps one core idle
 * meanwhile (measured in a cold ingest of 990 workbooks: 2.4 s of wall clock on a loaded machine
 * waited for the unpacking). Only the commands that will open DuckDB call it, and only once they
 * start Spark: the thread is left to finish (not a daemon), so that a JVM ending first never
 * leaves a half-written library in the temporary folder.
 */
final class DuckDbWarmUp {
  private static volatile boolean started;

  private DuckDbWarmUp() {}

  static synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    Thread thread = new Thread(DuckDbWarmUp::load, "cdgd-duckdb-warm-up");
    thread.start();
  }

  private static void load() {
    try {
      Class.forName("org.duckdb.DuckDBNative", true, DuckDbWarmUp.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      // The first real connection meets the same problem and reports it where it is understood.
    }
  }
}
