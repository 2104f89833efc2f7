package vn.cdgd.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;
import vn.cdgd.conf.Workspace;

/**
 * The one command at a time that may change a workspace ({@code output/.lock}). Two runs on one
 * workspace would each publish and prune versions under the other's feet; the second one stops at
 * once, naming the first, or waits for it with {@code --wait}.
 *
 * <p>The operating system's lock on the file is what counts: it goes away with the process, even
 * one killed with {@code kill -9}. The file also holds a small record (pid, command, start, host)
 * so a second command can say who holds it; a record found when the lock is free is a run that
 * stopped without finishing, and is taken over (staging and warehouse versions recover by
 * themselves). The file is never deleted: deleting a lock file lets two processes lock two
 * different files.
 *
 * <p>A workspace on HDFS has no file locks: there {@link CreatedLock} stands in, with the same
 * messages.
 */
final class WorkspaceLock implements AutoCloseable {
  static final String FILE_NAME = ".lock";

  /**
   * The byte that is locked, far past the record: on Windows locks are mandatory, and a command
   * that finds the workspace busy must still be able to read who holds it.
   */
  private static final long LOCKED_BYTE = 1L << 40;

  private static final long WAIT_STEP_MILLIS = 500;
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy");

  /** Who holds (or held) the lock, as written in the file. */
  record Holder(long pid, String command, OffsetDateTime since, String host) {
    String describe() {
      String when = since == null ? "không rõ thời điểm" : "từ " + since.atZoneSameInstant(VIETNAM).format(SHOWN);
      return "lệnh cdgd " + command + " (pid " + pid + ", máy " + host + ", " + when + ")";
    }

    /** The holder a lock file's record names; empty when the record is unreadable (half written). */
    static Optional<Holder> parse(String text) throws IOException {
      Properties record = new Properties();
      record.load(new StringReader(text));
      long pid;
      try {
        pid = Long.parseLong(record.getProperty("pid", "").strip());
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      OffsetDateTime since;
      try {
        since = OffsetDateTime.parse(record.getProperty("started_at", "").strip());
      } catch (DateTimeParseException e) {
        since = null;
      }
      return Optional.of(new Holder(pid, record.getProperty("command", "?"), since, record.getProperty("host", "?")));
    }
  }

  private final FileChannel channel;
  private final FileLock lock;
  private final Optional<Holder> stale;
  /** How a lock without a channel is released (see {@link CreatedLock}); null for a channel lock. */
  private final Runnable release;

  private WorkspaceLock(FileChannel channel, FileLock lock, Optional<Holder> stale) {
    this.channel = channel;
    this.lock = lock;
    this.stale = stale;
    this.release = null;
  }

  WorkspaceLock(Runnable release, Optional<Holder> stale) {
    this.channel = null;
    this.lock = null;
    this.stale = stale;
    this.release = release;
  }

  /**
   * Takes the workspace for {@code command}; when another process holds it, stops with exit code
   * {@link ExitCodes#BUSY} naming that process, or with {@code wait} says so on {@code out} and
   * waits until it is free.
   */
  static WorkspaceLock acquire(Workspace workspace, String command, boolean wait, PrintWriter out) {
    if (!vn.cdgd.files.WorkspaceFiles.isLocal(workspace.output())) {
      // HDFS has no file locks: an exclusive create stands in for one.
      return CreatedLock.acquire(workspace, command, wait, out);
    }
    Path file = workspace.output().resolve(FILE_NAME);
    FileChannel channel = null;
    try {
      Files.createDirectories(workspace.output());
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        String holder = read(channel).map(Holder::describe).orElse("một lệnh cdgd khác");
        if (!wait) {
          throw new UserException(ExitCodes.BUSY,
              "Thư mục làm việc " + workspace.root() + " đang được " + holder + " sử dụng. Hãy chờ lệnh đó"
                  + " chạy xong rồi chạy lại, hoặc thêm --wait để tự chờ. (Khóa: " + file + ")");
        }
        out.println("Đang chờ " + holder + " chạy xong…");
        out.flush();
        while (lock == null) {
          pause();
          lock = tryLock(channel);
        }
      }
      Optional<Holder> stale = read(channel);
      write(channel, new Holder(ProcessHandle.current().pid(), command, OffsetDateTime.now(VIETNAM), host()));
      WorkspaceLock held = new WorkspaceLock(channel, lock, stale);
      stale.ifPresent(previous -> {
        out.println("Lần chạy trước, " + previous.describe() + ", đã dừng giữa chừng; lần này tiếp quản"
            + " thư mục làm việc, dữ liệu đã công bố vẫn nguyên vẹn.");
        out.flush();
      });
      return held;
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UserException(ExitCodes.INPUT,
          "Không khóa được thư mục làm việc (" + file + "): " + e.getMessage() + ". Hãy kiểm tra quyền ghi.");
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  /** The run that held the workspace before and stopped without releasing it, if any. */
  Optional<Holder> stale() {
    return stale;
  }

  /** Empties the record (a clean end) and releases the lock. */
  @Override
  public void close() {
    if (release != null) {
      release.run();
      return;
    }
    try {
      channel.truncate(0);
      lock.release();
    } catch (IOException e) {
      // The lock goes with the channel below; an empty record is only a nicety.
    } finally {
      closeQuietly(channel);
    }
  }

  /**
   * The lock, or null when another holds it. Another process shows as null; another command of
   * this same JVM (the in-process tests) as an overlapping lock, which means the same.
   */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock(LOCKED_BYTE, 1, false);
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  /** Polled rather than blocked on, so a wait inside one JVM works too. */
  private static void pause() throws IOException {
    try {
      Thread.sleep(WAIT_STEP_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting for the workspace lock");
    }
  }

  private static Optional<Holder> read(FileChannel channel) throws IOException {
    long size = Math.min(channel.size(), 4096);
    if (size == 0) {
      return Optional.empty();
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) size);
    while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
      // Reads until the record is in.
    }
    return Holder.parse(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
  }

  private static void write(FileChannel channel, Holder holder) throws IOException {
    String record = "# cdgd: the command that holds this workspace (emptied when it ends)\n"
        + "pid=" + holder.pid() + "\n"
        + "command=" + holder.command() + "\n"
        + "started_at=" + holder.since() + "\n"
        + "host=" + holder.host() + "\n";
    channel.truncate(0);
    ByteBuffer bytes = ByteBuffer.wrap(record.getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      channel.write(bytes, bytes.position());
    }
    channel.force(true);
  }

  static String host() {
    String named = System.getenv("HOSTNAME");
    if (named == null || named.isBlank()) {
      named = System.getenv("COMPUTERNAME");
    }
    if (named != null && !named.isBlank()) {
      return named;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "?";
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      // Closing releases the lock; nothing else to do.
    }
  }
}
