package vn.cdgd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.cdgd.conf.Workspace;
import vn.cdgd.store.VersionedStore;

/** {@code cdgd versions}: the published versions of staging and warehouse kept on disk. */
@Command(name = "versions",
    description = "Liệt kê các phiên bản vùng staging và kho dữ liệu đang lưu, đánh dấu phiên bản đang dùng (*).")
public final class VersionsCommand implements Callable<Integer> {

  @Mixin WorkspaceOptions options;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Workspace workspace = options.workspace();
    PrintWriter out = spec.commandLine().getOut();
    list(out, "Vùng staging", new VersionedStore(workspace.staging()));
    list(out, "Kho dữ liệu", new VersionedStore(workspace.warehouse()));
    out.flush();
    return ExitCodes.OK;
  }

  private static void list(PrintWriter out, String title, VersionedStore store) {
    out.println(title + " (" + store.root() + "):");
    Optional<Path> current = store.current();
    if (store.versions().isEmpty()) {
      out.println("  (chưa có phiên bản nào)");
    }
    for (Path version : store.versions()) {
      boolean isCurrent = current.map(c -> c.getFileName().equals(version.getFileName())).orElse(false);
      out.println((isCurrent ? "* " : "  ") + version.getFileName());
    }
  }
}
