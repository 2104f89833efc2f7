package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.cdgd.conf.Workspace;

/** Suggested commands carry the --workspace they need, quoted for the shell when it must be. */
class ConsolePathsTest {
  @Test
  void theCurrentFolderNeedsNoOptionAnotherOneDoes() {
    assertThat(ConsolePaths.workspaceOption(new Workspace(Path.of("")))).isEmpty();
    assertThat(ConsolePaths.workspaceOption(new Workspace(Path.of("/srv/cdgd/gia-lai"))))
        .isEqualTo(" --workspace /srv/cdgd/gia-lai");
    assertThat(ConsolePaths.workspaceOption(new Workspace(Path.of("/srv/cdgd/Gia Lai's"))))
        .isEqualTo(" --workspace '/srv/cdgd/Gia Lai'\\''s'");
  }
}
