package vn.cdgd.staging;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

/**
 * What the last ingest knew of each file it hashed: size, modification time, change time (the
 * inode's, which no program can set back, where the file system has one) and the SHA-256 it
 * found, kept in {@code output/.file-stamps.tsv}. A file whose stamp is unchanged has the same
 * bytes (git trusts its index the same way); a stamp taken less than {@link #RACY_MILLIS} before
 * the record was could still change within the clock's resolution, so such a file is hashed
 * again (git's "racily clean" entries). Losing the record only costs hashing every file once.
 */
final class FileStamps {
  static final String HEADER = "cdgd-file-stamps 1";
  static final long RACY_MILLIS = 2_000;

  /** A file's stamp; {@code changed} is -1 where the file system keeps no change time. */
  record Stamp(long size, long modified, long changed) {}

  private record Known(Stamp stamp, String id) {}

  private final Map<String, Known> byUri;
  private final long takenAt;

  private FileStamps(Map<String, Known> byUri, long takenAt) {
    this.byUri = byUri;
    this.takenAt = takenAt;
  }

  /** Where a workspace keeps the record: beside its outputs, derived and safe to delete. */
  static Path location(vn.cdgd.conf.Workspace workspace) {
    return workspace.output().resolve(".file-stamps.tsv");
  }

  static FileStamps none() {
    return new FileStamps(Map.of(), 0);
  }

  /** The record at {@code file}; none if it is missing or unreadable. */
  static FileStamps read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return none();
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).startsWith(HEADER + "\t")) {
        return none();
      }
      long takenAt = Long.parseLong(lines.get(0).substring(HEADER.length() + 1));
      Map<String, Known> byUri = new HashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split("\t", 5);
        if (cells.length == 5) {
          byUri.put(cells[4], new Known(
              new Stamp(Long.parseLong(cells[1]), Long.parseLong(cells[2]), Long.parseLong(cells[3])), cells[0]));
        }
      }
      return new FileStamps(byUri, takenAt);
    } catch (IOException | RuntimeException e) {
      return none();
    }
  }

  /** The id recorded for {@code uri} if its stamp now is the one recorded, and not racy. */
  Optional<String> idOf(String uri, Stamp now) {
    Known known = byUri.get(uri);
    if (known == null || now == null || !known.stamp().equals(now)) {
      return Optional.empty();
    }
    long settled = takenAt - RACY_MILLIS;
    boolean racy = now.modified() >= settled || (now.changed() >= 0 && now.changed() >= settled);
    return racy ? Optional.empty() : Optional.of(known.id());
  }

  /** The stamp of the file at {@code uri} now, or null if it cannot be read. */
  static Stamp of(String uri, Configuration hadoop) {
    URI location = URI.create(uri);
    try {
      if ("file".equals(location.getScheme())) {
        Path path = Path.of(location);
        try {
          Map<String, Object> unix = Files.readAttributes(path, "unix:size,lastModifiedTime,ctime");
          return new Stamp((Long) unix.get("size"), ((FileTime) unix.get("lastModifiedTime")).toMillis(),
              ((FileTime) unix.get("ctime")).toMillis());
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
          return new Stamp(Files.size(path), Files.getLastModifiedTime(path).toMillis(), -1);
        }
      }
      FileStatus status = FileSystem.get(location, hadoop).getFileStatus(new org.apache.hadoop.fs.Path(location));
      return new Stamp(status.getLen(), status.getModificationTime(), -1);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Replaces the record with these stamps and ids, taken at {@code takenAt}. */
  static void write(Path file, Map<String, Stamp> stamps, Map<String, String> ids, long takenAt) {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        out.write(HEADER + "\t" + takenAt + "\n");
        for (Map.Entry<String, Stamp> entry : new TreeMap<>(stamps).entrySet()) {
          String id = ids.get(entry.getKey());
          // A name with a line break cannot be a line: that file is hashed each time.
          if (id != null && entry.getKey().indexOf('\n') < 0 && entry.getKey().indexOf('\r') < 0) {
            Stamp s = entry.getValue();
            out.write(id + "\t" + s.size() + "\t" + s.modified() + "\t" + s.changed() + "\t" + entry.getKey() + "\n");
          }
        }
      }
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      // The record only saves hashing: without it the next ingest hashes every file.
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // Left for the next write to replace.
      }
    }
  }
}
