package vn.cdgd;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.FormLoader;

/** The repository's own conf/ and data/, which tests read as the demo workspace. */
public final class TestWorkspace {
  private TestWorkspace() {}

  /** The repository root, found from the module folder Maven runs tests in. */
  public static Path root() {
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !Files.isRegularFile(here.resolve("conf/form-v1.yaml"))) {
      here = here.getParent();
    }
    if (here == null) {
      throw new IllegalStateException("no conf/form-v1.yaml above " + Path.of("").toAbsolutePath());
    }
    return here;
  }

  /** A new workspace at {@code root} with the repository's conf/ files. */
  public static vn.cdgd.conf.Workspace create(Path root) {
    vn.cdgd.conf.Workspace workspace = new vn.cdgd.conf.Workspace(root);
    try {
      Files.createDirectories(workspace.conf());
      try (var files = Files.list(root().resolve("conf"))) {
        for (Path file : files.toList()) {
          Files.copy(file, workspace.conf().resolve(file.getFileName().toString()));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return workspace;
  }

  public static FormDefinition form() {
    return FormLoader.load(root().resolve("conf/form-v1.yaml"));
  }
}
