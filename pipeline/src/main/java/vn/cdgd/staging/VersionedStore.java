package vn.cdgd.staging;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * A folder of published versions of a set of tables ({@code versions/<id>/<table>/}) with a {@code
 * current} link to the one readers use. A new version is written beside the current one and the
 * link is switched by an atomic rename only when it is complete, so a run that dies half-way leaves
 * readers on the previous version. Unfinished versions are named {@code .tmp-<id>}.
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

  /** The link readers follow: {@code <root>/current}. */
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
      return Optional.of(link.toRealPath());
    } catch (IOException e) {
      return Optional.empty();
    }
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
      Files.createSymbolicLink(newLink, root.relativize(version));
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
