package vn.cdgd.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.cdgd.conf.ConfigException;

/** The {@code cdgd} command: a thin layer that parses options and calls one stage each. */
@Command(
    name = "cdgd",
    mixinStandardHelpOptions = true,
    // -h/--help and -V/--version on every command, written once here.
    scope = CommandLine.ScopeType.INHERIT,
    version = "cdgd 0.1.0",
    description = "Kho số liệu thống kê Công đoàn Giáo dục.",
    resourceBundle = "vn.cdgd.cli.messages",
    subcommands = {InitCommand.class, TemplateCommand.class, DemoCommand.class, IngestCommand.class, CheckCommand.class, CheckWorkbookCommand.class, ConvertCommand.class, BuildCommand.class, RunCommand.class, SqlCommand.class, ReportCommand.class, VersionsCommand.class, StatusCommand.class, PurgeCommand.class, BenchmarkCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call {@code execute} on it with their own writers. */
  public static CommandLine commandLine() {
    LibraryLogs.routeJavaLogging();
    CommandLine commandLine = new CommandLine(new Main());
    // Every folder option (--workspace, the submissions folder, ...) also takes a URI such as
    // hdfs://namenode:8020/dak-nong: the path is then served by Hadoop's client.
    commandLine.registerConverter(java.nio.file.Path.class, vn.cdgd.files.WorkspaceFiles::path);
    commandLine.setExecutionExceptionHandler(Main::handle);
    return commandLine;
  }

  private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof UserException user) {
      err.println("Lỗi: " + user.getMessage());
      return user.exitCode();
    }
    if (e instanceof ConfigException config) {
      err.println("Lỗi cấu hình: " + config.getMessage());
      return ExitCodes.CONFIG;
    }
    err.println("Lỗi không mong đợi trong cdgd (" + e + "). Xin gửi thông báo này cho người quản trị.");
    e.printStackTrace(err);
    return ExitCodes.SOFTWARE;
  }
}
