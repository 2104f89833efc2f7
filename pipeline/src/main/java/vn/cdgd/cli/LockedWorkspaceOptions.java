package vn.cdgd.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * The options of the commands that change a workspace ({@code ingest}, {@code build}, {@code run},
 * {@code report}, {@code demo}, {@code purge}): {@code --workspace}, and {@code --wait} for the
 * {@link WorkspaceLock} they hold while they run. Commands that only read the published version
 * ({@code sql}, {@code versions}) take plain {@link WorkspaceOptions} and no lock.
 */
public class LockedWorkspaceOptions extends WorkspaceOptions {

  @Option(
      names = "--wait",
      description = "Nếu một lệnh cdgd khác đang chạy trên cùng thư mục làm việc, chờ lệnh đó xong"
          + " thay vì dừng ngay (mã thoát 3).")
  boolean waitForOthers;

  /** Holds the workspace for {@code command} until closed; messages about waiting go to {@code out}. */
  WorkspaceLock lock(String command, PrintWriter out) {
    return WorkspaceLock.acquire(workspace(), command, waitForOthers, out);
  }
}
