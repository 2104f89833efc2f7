package vn.cdgd.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code cdgd} run as the launcher runs it, in a JVM of its own: this test JVM's class path and the
 * Spark flags it was started with (the parent pom's {@code spark.jvm.flags}, passed by surefire),
 * so the process can be killed like a real one.
 */
final class ChildCdgd {
  private final Path log;
  private final Process process;
  private final long startedAt = System.nanoTime();

  private ChildCdgd(Path log, Process process) {
    this.log = log;
    this.process = process;
  }

  /** Starts {@code cdgd <args>}; what it prints goes to {@code log}. */
  static ChildCdgd start(Path log, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (flag.startsWith("--add-opens") || flag.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
          || flag.startsWith("-Djdk.reflect") || flag.startsWith("-Dio.netty")) {
        command.add(flag);
      }
    }
    // A short job: the quick compiler and one GC thread leave the two cores to Spark.
    command.addAll(List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Ho_Chi_Minh",
        "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        Main.class.getName()));
    command.addAll(List.of(args));
    try {
      Files.createDirectories(log.getParent());
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      return new ChildCdgd(log, process);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  /** Waits for the end; the exit code. */
  int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /** True when the process ended by itself within {@code millis}. */
  boolean endsWithin(long millis) throws InterruptedException {
    return process.waitFor(millis, TimeUnit.MILLISECONDS);
  }

  /** SIGKILL (kill -9) to the process and anything it started, then waits until it is gone. */
  void killNine() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor();
    process.toHandle().onExit().join();
  }

  /** SIGTERM to the process, as a scheduler or {@code kill} sends it; waits until it is gone. */
  int terminate() throws InterruptedException {
    process.destroy();
    return process.waitFor();
  }

  long elapsedMillis() {
    return (System.nanoTime() - startedAt) / 1_000_000;
  }

  String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }
}
