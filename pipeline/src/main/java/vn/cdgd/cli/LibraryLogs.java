package vn.cdgd.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Where the libraries' own log lines go (Spark, Hadoop, POI, DuckDB, JasperReports): never the
 * union's terminal, which shows only cdgd's messages. A hostile workbook makes POI log a FATAL
 * line and a stack trace, which mean nothing to the person running the batch but help whoever
 * looks into it later: during a command with a {@link RunLog} they go into that log file, and
 * otherwise they are dropped.
 *
 * <p>Every logging API the libraries use ends in log4j2: SLF4J and commons-logging through their
 * log4j bindings, java.util.logging through the handler below. {@code log4j2.properties} has no
 * appender, so nothing is printed until a run log is attached. What a library prints straight to
 * {@code System.err} is caught too while a run log is open. Executors on a cluster keep their
 * own logs, as the cluster's Spark configures them.
 */
final class LibraryLogs {
  private static final AtomicInteger RUNS = new AtomicInteger();

  private LibraryLogs() {}

  /** Sends java.util.logging into log4j2 instead of its console handler; done once per JVM. */
  static synchronized void routeJavaLogging() {
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    for (Handler handler : root.getHandlers()) {
      if (handler instanceof ToLog4j) {
        return;
      }
    }
    for (Handler handler : root.getHandlers()) {
      root.removeHandler(handler);
    }
    root.addHandler(new ToLog4j());
  }

  /**
   * Writes every library log event (and stray {@code System.err} output) into {@code file} until
   * the returned handle is closed. {@code file} is written to, never closed.
   */
  static AutoCloseable into(Writer file) {
    routeJavaLogging();
    Runnable detach = attach(new Unclosable(file));
    PrintStream terminal = System.err;
    System.setErr(new PrintStream(new WriterStream(file), true, StandardCharsets.UTF_8));
    return () -> {
      System.err.flush();
      System.setErr(terminal);
      detach.run();
    };
  }

  private static Runnable attach(Writer target) {
    if (!(LogManager.getContext(false) instanceof LoggerContext context)) {
      return () -> {};
    }
    Configuration configuration = context.getConfiguration();
    WriterAppender appender = WriterAppender.newBuilder()
        .setName("cdgd-run-log-" + RUNS.incrementAndGet())
        .setTarget(target)
        .setLayout(PatternLayout.newBuilder()
            .withConfiguration(configuration)
            .withPattern("%d{HH:mm:ss} %p %c{1}: %m%n")
            .withCharset(StandardCharsets.UTF_8)
            .build())
        .build();
    appender.start();
    configuration.addAppender(appender);
    configuration.getRootLogger().addAppender(appender, null, null);
    context.updateLoggers();
    return () -> {
      configuration.getRootLogger().removeAppender(appender.getName());
      context.updateLoggers();
      appender.stop();
    };
  }

  /** java.util.logging records, as log4j2 events of the same logger name. */
  private static final class ToLog4j extends Handler {
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      String name = record.getLoggerName() == null ? "java.util.logging" : record.getLoggerName();
      LogManager.getLogger(name).log(level(record.getLevel()), formatter.formatMessage(record), record.getThrown());
    }

    private static Level level(java.util.logging.Level level) {
      int value = level.intValue();
      if (value >= java.util.logging.Level.SEVERE.intValue()) {
        return Level.ERROR;
      }
      if (value >= java.util.logging.Level.WARNING.intValue()) {
        return Level.WARN;
      }
      if (value >= java.util.logging.Level.INFO.intValue()) {
        return Level.INFO;
      }
      return value >= java.util.logging.Level.FINE.intValue() ? Level.DEBUG : Level.TRACE;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /** The run log's file, which log4j must not close when its appender stops. */
  private static final class Unclosable extends FilterWriter {
    Unclosable(Writer file) {
      super(file);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** Bytes printed to {@code System.err}, as UTF-8 text into the run log's file. */
  private static final class WriterStream extends OutputStream {
    private final Writer file;
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

    WriterStream(Writer file) {
      this.file = file;
    }

    @Override
    public synchronized void write(int b) throws IOException {
      line.write(b);
      if (b == '\n') {
        flush();
      }
    }

    @Override
    public synchronized void flush() throws IOException {
      if (line.size() > 0) {
        file.write(line.toString(StandardCharsets.UTF_8));
        line.reset();
        file.flush();
      }
    }
  }
}
