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

  public static FormDefinition form() {
    return FormLoader.load(root().resolve("conf/form-v1.yaml"));
  }
}
