package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

/**
 * The libraries' log lines (log4j2, java.util.logging, stray System.err output) go into the run
 * log while one is open and never to the terminal; with no run log open they are dropped.
 */
class LibraryLogsTest {

  @Test
  void libraryLinesGoIntoTheRunLogAndNeverToTheTerminal() throws Exception {
    PrintStream terminal = System.err;
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    System.setErr(new PrintStream(shown, true, StandardCharsets.UTF_8));
    StringWriter runLog = new StringWriter();
    try {
      try (AutoCloseable attached = LibraryLogs.into(runLog)) {
        LogManager.getLogger("org.apache.poi.util.XMLHelper").fatal("DOCTYPE is disallowed", new IllegalStateException("x"));
        java.util.logging.Logger.getLogger("org.duckdb.Test").severe("native library problem");
        System.err.println("a line a library printed itself");
      }
      LogManager.getLogger("org.apache.spark.Test").error("after the run log closed");
      java.util.logging.Logger.getLogger("org.duckdb.Test").severe("after the run log closed too");
    } finally {
      System.setErr(terminal);
    }
    assertThat(runLog.toString())
        .contains("FATAL XMLHelper: DOCTYPE is disallowed")
        .contains("java.lang.IllegalStateException: x")
        .contains("ERROR Test: native library problem")
        .contains("a line a library printed itself")
        .doesNotContain("after the run log closed");
    assertThat(shown.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
