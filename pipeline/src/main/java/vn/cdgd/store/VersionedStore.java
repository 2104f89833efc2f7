package vn.cdgd.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.cdgd.files.WorkspaceFiles;

/**
 * A folder of published versions of a set of tables ({@code versions/<id>/<table>/}) with a {@code
 * current} link to the one readers use. A new version is written beside the current one and the
 * link is switched by an atomic rename only when it is complete, so a run that dies half-way leaves
 * readers on the previous version. Unfinished versions are named {@code .tmp-<id>}.
 *
 * <p>On a file system without symbolic links (HDFS) {@code current} is a small file holding the
 * version's id, switched the same way: written under a temporary name, then renamed over the old
 * one, which the NameNode does atomically. On a local folder it stays a link, which DuckDB and
 * analysts open as {@code output/warehouse/current/}.
 */
public final class VersionedStore {
  private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  private final Path root;

  public VersionedStore(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** The link readers follow ({@code <root>/current}), or the file naming the version where links are not. */
  public Path currentLink() {
    return root.resolve("current");
  }

  /** The published version's folder, if any was published. */
  public Optional<Path> current() {
    Path link = currentLink();
    if (!Files.exists(link)) {
      return Optional.empty();
    }
    try {
      if (!WorkspaceFiles.isLocal(root) && Files.isRegularFile(link)) {
        Path version = root.resolve("versions").resolve(Files.readString(link, StandardCharsets.UTF_8).strip());
        return Files.isDirectory(version) ? Optional.of(version) : Optional.empty();
      }
      return Optional.of(link.toRealPath());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The published version where DuckDB can read it: itself on a local folder, a local copy of it on HDFS. */
  public Optional<Path> currentReadable() {
    return current().map(WorkspaceFiles::readableCopy);
  }

  /** A fresh folder to write a new version into; not visible to readers until published. */
  public Path begin() {
    try {
      Path versions = Files.createDirectories(root.resolve("versions"));
      String id = LocalDateTime.now().format(ID);
      Path folder = versions.resolve(".tmp-" + id);
      while (Files.exists(folder) || Files.exists(versions.resolve(id))) {
        id = LocalDateTime.now().format(ID) + "-" + System.nanoTime() % 1000;
        folder = versions.resolve(".tmp-" + id);
      }
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a version under " + root, e);
    }
  }

  /** Makes a finished version the current one, then deletes versions beyond {@code keep}. */
  public Path publish(Path unfinished, int keep) {
    try {
      String id = unfinished.getFileName().toString().replaceFirst("^\\.tmp-", "");
      Path version = Files.move(unfinished, unfinished.resolveSibling(id), StandardCopyOption.ATOMIC_MOVE);
      Path newLink = root.resolve(".current-" + id);
      Files.deleteIfExists(newLink);
      if (WorkspaceFiles.isLocal(root)) {
        Files.createSymbolicLink(newLink, root.relativize(version));
      } else {
        Files.writeString(newLink, id + "\n", StandardCharsets.UTF_8);
      }
      try {
        Files.move(newLink, currentLink(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(newLink, currentLink(), StandardCopyOption.REPLACE_EXISTING);
      }
      prune(Math.max(1, keep), version);
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish " + unfinished, e);
    }
  }

  /** Deletes a version that will not be published (a failed run). */
  public void abandon(Path unfinished) {
    deleteTree(unfinished);
  }

  /** Published versions, newest first. */
  public List<Path> versions() {
    Path versions = root.resolve("versions");
    if (!Files.isDirectory(versions)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(versions)) {
      return list.filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void prune(int keep, Path current) throws IOException {
    List<Path> versions = versions();
    for (int i = keep; i < versions.size(); i++) {
      if (!versions.get(i).equals(current)) {
        deleteTree(versions.get(i));
      }
    }
    Path folder = root.resolve("versions");
    try (Stream<Path> list = Files.list(folder)) {
      // Leftovers of runs that died before publishing.
      list.filter(p -> p.getFileName().toString().startsWith(".tmp-")).forEach(VersionedStore::deleteTree);
    }
  }

  /** Deletes a folder and everything below it; a missing folder is fine. */
  public static void deleteTree(Path path) {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path, e);
    }
  }
}
