package vn.cdgd.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A main class run in a JVM of its own, as the {@code ./cdgd} launcher runs cdgd: this JVM's class
 * path and JVM flags (the launcher's Spark flags and {@code CDGD_JAVA_OPTS} arrive as this JVM's
 * own), timed from the start of the process to its exit. Its peak heap comes from its GC log: the
 * largest heap seen just before a collection, or at exit if that was larger.
 */
final class ChildJvm {
  /** What one child run took: wall time from start to exit, and peak heap. */
  record Outcome(int exitCode, double seconds, long peakHeapBytes, String output) {}

  private ChildJvm() {}

  /** Runs {@code mainClass args} to its end; its output and GC log are kept under {@code folder}. */
  static Outcome run(Path folder, String label, String mainClass, String... args) {
    Path output = folder.resolve(label + ".out.txt");
    Path gcLog = folder.resolve(label + ".gc.txt");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(inheritedFlags());
    command.add("-Xlog:gc,gc+heap+exit:file=" + gcLog);
    command.add("-cp");
    // Under surefire this JVM's own class path is only the booter's jar.
    command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(mainClass);
    command.addAll(List.of(args));
    try {
      Files.createDirectories(folder);
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(output.toFile()).start();
      int exit = process.waitFor();
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Outcome(exit, seconds, peakHeapBytes(Files.readAllLines(gcLog, StandardCharsets.UTF_8)),
          Files.readString(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + mainClass, e);
    }
  }

  /**
   * This JVM's flags that shape a run (--add-opens, -X, -D, the launcher's class data sharing
   * archive, so the baseline and the run start alike), without a debugger or agent (they would
   * clash on a port or write the same file), without a GC log of its own and without writing a
   * class data sharing archive (every child would write the same file as it exits).
   */
  static List<String> inheritedFlags() {
    List<String> flags = new ArrayList<>();
    for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      boolean agent = flag.startsWith("-agentlib") || flag.startsWith("-agentpath") || flag.startsWith("-javaagent")
          || flag.startsWith("-Xrunjdwp") || flag.startsWith("-Xdebug");
      boolean log = flag.startsWith("-Xlog:gc") || flag.startsWith("-Xloggc");
      boolean archiving = flag.startsWith("-XX:ArchiveClassesAtExit");
      if (!agent && !log && !archiving) {
        flags.add(flag);
      }
    }
    return flags;
  }

  private static final Pattern BEFORE_GC = Pattern.compile("\\] GC\\(\\d+\\) .*? (\\d+)([KMG])->\\d+[KMG]\\(");
  private static final Pattern USED_AT_EXIT = Pattern.compile("total \\d+K, used (\\d+)K");

  /**
   * The peak heap of a {@code -Xlog:gc,gc+heap+exit} log: the largest heap before a collection, or
   * the heap's spaces summed at exit (one line for G1, young and old for the serial and parallel
   * collectors; Metaspace is not heap and prints no total).
   */
  static long peakHeapBytes(List<String> gcLog) {
    long peak = 0;
    long atExit = 0;
    for (String line : gcLog) {
      Matcher before = BEFORE_GC.matcher(line);
      if (before.find()) {
        peak = Math.max(peak, bytes(Long.parseLong(before.group(1)), before.group(2)));
      }
      Matcher used = USED_AT_EXIT.matcher(line);
      if (line.contains("[gc,heap,exit") && used.find()) {
        atExit += Long.parseLong(used.group(1)) << 10;
      }
    }
    return Math.max(peak, atExit);
  }

  private static long bytes(long amount, String unit) {
    return switch (unit) {
      case "K" -> amount << 10;
      case "M" -> amount << 20;
      default -> amount << 30;
    };
  }
}
