package vn.cdgd.staging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.cdgd.store.VersionedStore;

/**
 * The restricted store ({@code output/restricted/}): the personal data of staging (officers' names
 * and birth years, award recipients' names), kept apart so that what staff and the warehouse read
 * holds none of it. Its only version is the one paired with the current staging version, under the
 * same name ({@code versions/<id>/<table>/}); there is no link of its own. A new pair is written
 * with the restricted half sealed first, then staging's {@code current} link switched (the one
 * atomic step), then the other restricted versions deleted: a run that dies at any point leaves
 * readers, who find the restricted half through staging's link, on a consistent pair.
 *
 * <p>Folders and files are readable by their owner only where the file system has POSIX
 * permissions; no analyst-facing path (the console, the reports, the build) opens this folder.
 */
public final class RestrictedStore {
  private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private final Path root;

  public RestrictedStore(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** The restricted half of a staging version, if it was written. */
  public Optional<Path> of(Path stagingVersion) {
    Path version = root.resolve("versions").resolve(stagingVersion.getFileName().toString());
    return Files.isDirectory(version) ? Optional.of(version) : Optional.empty();
  }

  /** A fresh folder for the restricted half of an unfinished staging version, of the same name. */
  public Path begin(Path unfinishedStagingVersion) {
    try {
      ownerOnly(Files.createDirectories(root));
      Path versions = ownerOnly(Files.createDirectories(root.resolve("versions")));
      Path folder = versions.resolve(unfinishedStagingVersion.getFileName().toString());
      deleteTree(folder);
      return ownerOnly(Files.createDirectories(folder));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a version under " + root, e);
    }
  }

  /**
   * Makes the written half final (owner-only, named without {@code .tmp-}); readers see it only
   * once staging's link points at its twin.
   */
  public Path seal(Path unfinished) {
    restrictTree(unfinished);
    String id = unfinished.getFileName().toString().replaceFirst("^\\.tmp-", "");
    try {
      return Files.move(unfinished, unfinished.resolveSibling(id), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot seal " + unfinished, e);
    }
  }

  /** Deletes every version but the twin of the current staging version (older personal data). */
  public void keepOnly(Path currentStagingVersion) {
    Path versions = root.resolve("versions");
    if (!Files.isDirectory(versions)) {
      return;
    }
    String keep = currentStagingVersion.getFileName().toString();
    try (Stream<Path> list = Files.list(versions)) {
      list.filter(p -> !p.getFileName().toString().equals(keep)).forEach(RestrictedStore::deleteTree);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + versions, e);
    }
  }

  /** Deletes an unfinished half that will not be published. */
  public void abandon(Path unfinished) {
    deleteTree(unfinished);
  }

  private static void deleteTree(Path path) {
    VersionedStore.deleteTree(path);
  }

  /** Owner-only permissions on everything below a folder, where the file system has them. */
  static void restrictTree(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.toList()) {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          ownerOnly(path);
        } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
          setPermissions(path, FILE);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restrict " + folder, e);
    }
  }

  private static Path ownerOnly(Path folder) {
    setPermissions(folder, FOLDER);
    return folder;
  }

  private static void setPermissions(Path path, Set<PosixFilePermission> permissions) {
    try {
      Files.setPosixFilePermissions(path, permissions);
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (Windows): the folder's own access rules apply.
    } catch (FileSystemException e) {
      // A file system that refuses permission changes (some network mounts): nothing more to do.
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restrict " + path, e);
    }
  }
}
