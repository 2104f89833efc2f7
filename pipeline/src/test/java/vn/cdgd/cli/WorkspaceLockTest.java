package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.cdgd.conf.Workspace;
import vn.cdgd.sql.FakeWarehouse;

/**
 * The workspace lock between real processes: a child JVM holds it as a running {@code cdgd run}
 * would (a FileChannel lock is per process, so a second lock in this JVM would prove nothing).
 */
class WorkspaceLockTest {
  @TempDir Path root;
  private Process holder;

  @AfterEach
  void stopTheHolder() throws Exception {
    if (holder != null && holder.isAlive()) {
      holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void everyCommandThatChangesTheWorkspaceStopsAtOnceNamingTheRunningOne() throws Exception {
    holder = holdLock(root, "run");

    for (List<String> command : List.of(
        List.of("ingest"), List.of("build"), List.of("run"), List.of("demo"),
        List.of("report", "year-end"), List.of("report", "mid-term"), List.of("purge"))) {
      StringWriter err = new StringWriter();
      int code = execute(command, root, new StringWriter(), err);

      assertThat(code).as(String.join(" ", command)).isEqualTo(ExitCodes.BUSY).isEqualTo(3);
      assertThat(err.toString()).as(String.join(" ", command))
          .contains("đang được lệnh cdgd run (pid " + holder.pid() + ", máy ")
          .contains(", từ ")
          .contains("--wait");
    }
    assertThat(root.resolve("output/logs")).doesNotExist();
  }

  @Test
  void theConsoleStillReadsThePublishedVersionWhileARunHoldsTheWorkspace() throws Exception {
    FakeWarehouse.publish(root);
    holder = holdLock(root, "run");
    StringWriter out = new StringWriter();

    int code = execute(List.of("sql", "-c", "select count(*) as n from mart_indicator"), root, out, new StringWriter());

    assertThat(code).isZero();
    assertThat(out.toString()).contains("(1 dòng)");
  }

  @Test
  void takesOverTheLockOfARunThatWasKilled() throws Exception {
    holder = holdLock(root, "ingest");
    long killed = holder.pid();
    holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(Files.readString(root.resolve("output/.lock"))).contains("pid=" + killed);
    StringWriter out = new StringWriter();

    try (WorkspaceLock lock = WorkspaceLock.acquire(new Workspace(root), "build", false, new PrintWriter(out, true))) {
      assertThat(lock.stale()).hasValueSatisfying(previous -> {
        assertThat(previous.pid()).isEqualTo(killed);
        assertThat(previous.command()).isEqualTo("ingest");
      });
      assertThat(out.toString()).contains("Lần chạy trước, lệnh cdgd ingest (pid " + killed).contains("tiếp quản");
      assertThat(Files.readString(root.resolve("output/.lock")))
          .contains("pid=" + ProcessHandle.current().pid()).contains("command=build");
    }
    assertThat(Files.readString(root.resolve("output/.lock"))).isEmpty();
    try (WorkspaceLock again = WorkspaceLock.acquire(new Workspace(root), "build", false, new PrintWriter(new StringWriter()))) {
      assertThat(again.stale()).isEmpty();
    }
  }

  @Test
  void waitsForTheRunningOneWhenAsked() throws Exception {
    holder = holdLock(root, "run");
    StringWriter out = new StringWriter();
    CompletableFuture<WorkspaceLock> waiting = CompletableFuture.supplyAsync(
        () -> WorkspaceLock.acquire(new Workspace(root), "report year-end", true, new PrintWriter(out, true)));
    for (int i = 0; i < 600 && !out.toString().contains("Đang chờ"); i++) {
      Thread.sleep(100);
    }
    assertThat(out.toString()).contains("Đang chờ lệnh cdgd run (pid " + holder.pid());
    assertThat(waiting).isNotDone();

    holder.getOutputStream().close();
    assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
    try (WorkspaceLock lock = waiting.get(60, TimeUnit.SECONDS)) {
      assertThat(lock.stale()).isEmpty();
      assertThat(Files.readString(root.resolve("output/.lock"))).contains("command=report year-end");
    }
  }

  private static int execute(List<String> command, Path workspace, StringWriter out, StringWriter err) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    String[] args = new String[command.size() + 2];
    for (int i = 0; i < command.size(); i++) {
      args[i] = command.get(i);
    }
    args[command.size()] = "--workspace";
    args[command.size() + 1] = workspace.toString();
    return commandLine.execute(args);
  }

  /** Starts a JVM that holds the lock as {@code command} until its stdin closes. */
  private static Process holdLock(Path workspace, String command) throws Exception {
    Process process = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8",
            "-cp", classPath(), Holder.class.getName(), workspace.toString(), command)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    assertThat(lines.readLine()).isEqualTo("held");
    return process;
  }

  /** Surefire's real test classpath (java.class.path may be its one-entry booter jar). */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  /** What the child JVM runs: takes the lock, says so, holds it until stdin closes. */
  public static final class Holder {
    public static void main(String[] args) throws Exception {
      PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
      try (WorkspaceLock lock = WorkspaceLock.acquire(new Workspace(Path.of(args[0])), args[1], false, out)) {
        out.println("held");
        while (System.in.read() >= 0) {
          // Holds the workspace until the test closes stdin (or kills this process).
        }
      }
    }
  }
}
