package vn.cdgd.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a workspace's files live: a local folder (a shared mount included) or any file system
 * Hadoop reaches ({@code hdfs://namenode:8020/dak-nong}). Either way the code sees a {@link Path}
 * and uses {@code java.nio.file.Files}; on a local folder nothing changes, on HDFS the paths are
 * {@link HadoopPath}s served by Hadoop's client. What cannot read HDFS (DuckDB) gets a {@link
 * #readableCopy local copy}.
 */
public final class WorkspaceFiles {
  /** {@code scheme://...}; a one-letter scheme would be a Windows drive, not a URI. */
  private static final Pattern URI_TEXT = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:/.*");

  private WorkspaceFiles() {}

  /** A folder or file given on the command line: a local path, a {@code file:} URI or a Hadoop URI. */
  public static Path path(String location) {
    if (URI_TEXT.matcher(location).matches()) {
      return path(toUri(location));
    }
    return Path.of(location);
  }

  /** The path of a URI: the default file system for {@code file:}, Hadoop's for any other scheme. */
  public static Path path(URI uri) {
    if (uri.getScheme() == null || uri.getScheme().equalsIgnoreCase("file")) {
      return uri.getScheme() == null ? Path.of(uri.getPath()) : Path.of(uri);
    }
    return HadoopFileSystemProvider.forScheme(uri.getScheme()).getPath(uri);
  }

  /** Accepts Vietnamese letters and spaces as typed ({@code hdfs://nn:8020/Đắk Nông/a b}). */
  private static URI toUri(String text) {
    try {
      return new URI(text);
    } catch (java.net.URISyntaxException e) {
      int start = text.indexOf("://") + 3;
      int slash = text.indexOf('/', start);
      String authority = slash < 0 ? text.substring(start) : text.substring(start, slash);
      String path = slash < 0 ? "/" : text.substring(slash);
      try {
        return new URI(text.substring(0, start - 3), authority.isEmpty() ? null : authority, path, null, null);
      } catch (java.net.URISyntaxException again) {
        throw new IllegalArgumentException("not a valid location: " + text, again);
      }
    }
  }

  /** True for the machine's own file system, where links, locks and DuckDB work as usual. */
  public static boolean isLocal(Path path) {
    return path.getFileSystem() == FileSystems.getDefault();
  }

  /**
   * A local folder DuckDB can read with the same files as {@code folder}: the folder itself when it
   * is local; otherwise a copy under {@code java.io.tmpdir/cdgd-cache}, named after the folder's URI.
   * Callers hand it versions, which never change once written, so a copy made once stays right;
   * it is made under a temporary name and renamed, so a half copy is never used.
   */
  public static Path readableCopy(Path folder) {
    if (isLocal(folder)) {
      return folder;
    }
    Path cache = Path.of(System.getProperty("java.io.tmpdir"), "cdgd-cache");
    Path copy = cache.resolve(digest(folder.toUri().toString()));
    if (Files.isDirectory(copy)) {
      return copy;
    }
    try {
      Files.createDirectories(cache);
      Path partial = Files.createTempDirectory(cache, ".tmp-");
      copyTree(folder, partial);
      try {
        Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (!Files.isDirectory(copy)) {
          throw e;
        }
        deleteLocalTree(partial); // another process made the same copy first
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + folder + " to the local cache", e);
    }
  }

  /** Copies a folder's files into another folder, across file systems, modification times kept. */
  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = resolve(to, from.relativize(source));
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
          // The time a submission was received is its file's: keep it across the copy.
          Files.setLastModifiedTime(target, Files.getLastModifiedTime(source));
        }
      }
    }
  }

  /** {@code relative}, from any file system, resolved name by name under {@code base}. */
  public static Path resolve(Path base, Path relative) {
    Path resolved = base;
    for (Path name : relative) {
      if (!name.toString().isEmpty()) {
        resolved = resolved.resolve(name.toString());
      }
    }
    return resolved;
  }

  private static void deleteLocalTree(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

}
