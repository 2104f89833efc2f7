package vn.cdgd.staging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Carries the school years a run does not touch from the previous version of a table into the new
 * one without Spark: each file is hard-linked (the same bytes, the same inode, no copy), or copied
 * where the file system cannot link (another volume, a file system without hard links). Versions
 * are never changed in place, so a file shared by two versions is never written again.
 */
final class CarriedYears {
  private CarriedYears() {}

  /**
   * Links into {@code newTable} every year folder of {@code previousTable} that is neither {@code
   * rewritten} nor refused by {@code keep}; returns the files carried, as they are in the new table.
   */
  static List<Path> carry(Path previousTable, Path newTable, Set<String> rewritten, Predicate<String> keep) {
    List<Path> carried = new ArrayList<>();
    for (String bucket : StagingLayout.buckets(previousTable)) {
      if (rewritten.contains(bucket) || !keep.test(bucket)) {
        continue;
      }
      Path from = previousTable.resolve(bucket);
      Path to = newTable.resolve(bucket);
      try {
        Files.createDirectories(to);
        for (Path file : StagingLayout.parquetFiles(from)) {
          Path target = to.resolve(from.relativize(file).toString());
          Files.createDirectories(target.getParent());
          link(file, target);
          carried.add(target);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot carry " + from + " into " + to, e);
      }
    }
    return carried;
  }

  /** A hard link where the file system has them, else a copy. */
  static void link(Path source, Path target) throws IOException {
    try {
      Files.createLink(target, source);
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(source, target);
    }
  }
}
