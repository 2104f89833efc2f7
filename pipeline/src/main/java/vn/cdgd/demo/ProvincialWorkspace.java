package vn.cdgd.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceInitializer;
import vn.cdgd.reference.UnitRegister;

/**
 * Makes a new workspace ready for the provincial demo: {@code cdgd init} writes a union's own
 * identity (or blanks to fill) and no targets, while the demo generates Đắk Nông's register and
 * reports; so a workspace with no register yet gets the demo's own settings, letterhead and
 * targets back. A workspace that already has a register keeps its conf as it is; a folder that is
 * not a workspace yet becomes one, as {@code cdgd init} would make it.
 */
public final class ProvincialWorkspace {
  private static final List<String> IDENTITY_FILES = List.of("cdgd.yaml", "reports.yaml", "targets.yaml");

  private ProvincialWorkspace() {}

  public static void prepare(Workspace workspace) throws IOException {
    if (Files.isRegularFile(workspace.unitRegister())
        && !UnitRegister.read(workspace.unitRegister()).rows().isEmpty()) {
      return;
    }
    // A folder that is not a workspace yet (no cdgd init before the demo) gets every default file
    // first; the demo's identity is then written over init's blanks.
    WorkspaceInitializer.create(workspace, String.join(",", UnitRegister.HEADER));
    for (String name : IDENTITY_FILES) {
      Files.writeString(workspace.conf().resolve(name), NationalWorkspace.resource("/default-conf/" + name),
          StandardCharsets.UTF_8);
    }
  }
}
