package vn.cdgd.cli;

import java.nio.file.Path;

/** Paths as the console shows them: relative to the current folder when they lie under it. */
final class ConsolePaths {
  private ConsolePaths() {}

  static String show(Path path) {
    Path here = Path.of("").toAbsolutePath();
    return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
  }

  /**
   * The {@code --workspace} a suggested command needs to reach {@code workspace} when typed here:
   * none when it is the current folder (the launcher then finds it by itself), else the option.
   */
  static String workspaceOption(vn.cdgd.conf.Workspace workspace) {
    Path here = Path.of("").toAbsolutePath().normalize();
    Path root = workspace.root().toAbsolutePath().normalize();
    if (root.equals(here)) {
      return "";
    }
    String shown = root.toString();
    return " --workspace " + (shown.matches("[\\w./:@+-]+") ? shown : "'" + shown.replace("'", "'\\''") + "'");
  }
}
