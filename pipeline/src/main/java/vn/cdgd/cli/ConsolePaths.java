package vn.cdgd.cli;

import java.nio.file.Path;

/** Paths as the console shows them: relative to the current folder when they lie under it. */
final class ConsolePaths {
  private ConsolePaths() {}

  static String show(Path path) {
    Path here = Path.of("").toAbsolutePath();
    return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
  }
}
