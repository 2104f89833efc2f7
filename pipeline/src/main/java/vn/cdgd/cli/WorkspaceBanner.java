package vn.cdgd.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The first line of every command that works on a workspace: which one. Run from inside a new
 * union's folder, a command that silently opened the demo's warehouse answered with the wrong
 * province's figures (issue 12); the line makes that impossible to miss.
 *
 * <p>{@code cdgd sql} prints it on the standard error: its standard output carries query results,
 * which are piped into files ({@code --csv > ket-qua.csv}) and programs, and a line before the
 * header would break them; the terminal shows both streams all the same.
 */
final class WorkspaceBanner {
  static final String LABEL = "Thư mục làm việc: ";

  private WorkspaceBanner() {}

  /** Prints the line for the command {@code parsed} will run, unless it only prints help or a version. */
  static void print(ParseResult parsed) {
    List<CommandLine> commands = parsed.asCommandLineList();
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
        return;
      }
    }
    CommandLine last = commands.get(commands.size() - 1);
    WorkspaceOptions options = options(last.getCommandSpec());
    if (options == null) {
      return;
    }
    PrintWriter to = last.getCommandSpec().userObject() instanceof SqlCommand ? last.getErr() : last.getOut();
    to.println(LABEL + shown(options.workspace()));
    to.flush();
  }

  /**
   * The folder in full, never relative to the current one ("." would not say which workspace it
   * is); a workspace on HDFS shows its {@code hdfs://} address.
   */
  static String shown(vn.cdgd.conf.Workspace workspace) {
    return workspace.root().toString();
  }

  private static WorkspaceOptions options(CommandSpec spec) {
    for (CommandSpec mixin : spec.mixins().values()) {
      if (mixin.userObject() instanceof WorkspaceOptions options) {
        return options;
      }
    }
    return null;
  }
}
