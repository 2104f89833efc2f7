package vn.cdgd.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.cdgd.conf.Workspace;

/**
 * The workspace lock where the file system has no locks (HDFS): {@code output/.lock} made with an
 * exclusive create, which the NameNode grants to one client only, holding who made it. The holder
 * touches the file every {@link #HEARTBEAT}; a lock not touched for {@link #STALE_AFTER}, or held by
 * a process of this machine that is gone, is a run that died (a {@code kill -9}, a lost machine) and
 * is taken over: renamed aside atomically (of two takers only one succeeds), then created anew. A
 * clean end deletes the file.
 */
final class CreatedLock {
  static final Duration HEARTBEAT = Duration.ofSeconds(30);
  static final Duration STALE_AFTER = Duration.ofMinutes(5);
  private static final long WAIT_STEP_MILLIS = 500;
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private CreatedLock() {}

  static WorkspaceLock acquire(Workspace workspace, String command, boolean wait, PrintWriter out) {
    Path file = workspace.output().resolve(WorkspaceLock.FILE_NAME);
    WorkspaceLock.Holder me =
        new WorkspaceLock.Holder(ProcessHandle.current().pid(), command, OffsetDateTime.now(VIETNAM), WorkspaceLock.host());
    try {
      Files.createDirectories(workspace.output());
      Optional<WorkspaceLock.Holder> stale = Optional.empty();
      boolean waited = false;
      while (!create(file, me)) {
        Optional<WorkspaceLock.Holder> holder = read(file);
        if (holder.isEmpty() && !Files.exists(file)) {
          continue; // released between the create and the read
        }
        if (isStale(file, holder)) {
          if (takeAside(file, holder)) {
            stale = holder;
          }
          continue;
        }
        String who = holder.map(WorkspaceLock.Holder::describe).orElse("một lệnh cdgd khác");
        if (!wait) {
          throw new UserException(ExitCodes.BUSY,
              "Thư mục làm việc " + workspace.root() + " đang được " + who + " sử dụng. Hãy chờ lệnh đó"
                  + " chạy xong rồi chạy lại, hoặc thêm --wait để tự chờ. (Khóa: " + file + ")");
        }
        if (!waited) {
          out.println("Đang chờ " + who + " chạy xong…");
          out.flush();
          waited = true;
        }
        pause();
      }
      ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "cdgd-lock-heartbeat");
        thread.setDaemon(true);
        return thread;
      });
      heartbeat.scheduleAtFixedRate(() -> touch(file), HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
      stale.ifPresent(previous -> {
        out.println("Lần chạy trước, " + previous.describe() + ", đã dừng giữa chừng; lần này tiếp quản"
            + " thư mục làm việc, dữ liệu đã công bố vẫn nguyên vẹn.");
        out.flush();
      });
      return new WorkspaceLock(() -> release(file, me, heartbeat), stale);
    } catch (IOException e) {
      throw new UserException(ExitCodes.INPUT,
          "Không khóa được thư mục làm việc (" + file + "): " + e.getMessage() + ". Hãy kiểm tra quyền ghi.");
    }
  }

  private static boolean create(Path file, WorkspaceLock.Holder me) throws IOException {
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      out.write(record(me).getBytes(StandardCharsets.UTF_8));
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    }
  }

  /** Not touched for {@link #STALE_AFTER}, or its process of this very machine is gone. */
  private static boolean isStale(Path file, Optional<WorkspaceLock.Holder> holder) throws IOException {
    FileTime touched;
    try {
      touched = Files.getLastModifiedTime(file);
    } catch (NoSuchFileException e) {
      return false;
    }
    if (touched.toInstant().plus(STALE_AFTER).isBefore(java.time.Instant.now())) {
      return true;
    }
    return holder.isPresent() && holder.get().host().equals(WorkspaceLock.host())
        && ProcessHandle.of(holder.get().pid()).isEmpty();
  }

  /**
   * Renames the stale lock aside; false if another taker was first. If what was renamed is not the
   * stale record (a taker created a fresh lock in between), it is put back.
   */
  private static boolean takeAside(Path file, Optional<WorkspaceLock.Holder> seen) throws IOException {
    Path aside = file.resolveSibling(".lock-stale-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    try {
      Files.move(file, aside);
    } catch (NoSuchFileException | FileAlreadyExistsException e) {
      return false;
    }
    if (!read(aside).equals(seen)) {
      try {
        Files.move(aside, file);
      } catch (FileAlreadyExistsException e) {
        // A third run holds it now; the fresh lock renamed aside is lost, the run that made it
        // goes on unaware: rare enough on a workspace run by one office.
      }
      return false;
    }
    Files.deleteIfExists(aside);
    return true;
  }

  private static void touch(Path file) {
    try {
      Files.setLastModifiedTime(file, FileTime.from(java.time.Instant.now()));
    } catch (IOException | RuntimeException e) {
      // A missed beat is caught up by the next one; STALE_AFTER spans ten of them.
    }
  }

  private static void release(Path file, WorkspaceLock.Holder me, ScheduledExecutorService heartbeat) {
    heartbeat.shutdownNow();
    try {
      if (read(file).equals(Optional.of(me))) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // The lock stays until it goes stale; the data is published already.
    }
  }

  private static Optional<WorkspaceLock.Holder> read(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    return WorkspaceLock.Holder.parse(text);
  }

  private static String record(WorkspaceLock.Holder holder) {
    return "# cdgd: the command that holds this workspace (deleted when it ends)\n"
        + "pid=" + holder.pid() + "\n"
        + "command=" + holder.command() + "\n"
        + "started_at=" + holder.since() + "\n"
        + "host=" + holder.host() + "\n";
  }

  private static void pause() throws IOException {
    try {
      Thread.sleep(WAIT_STEP_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting for the workspace lock");
    }
  }
}
