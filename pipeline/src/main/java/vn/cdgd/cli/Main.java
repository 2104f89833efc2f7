package vn.cdgd.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cdgd} command: a thin layer that parses options and calls one stage each. */
@Command(
    name = "cdgd",
    mixinStandardHelpOptions = true,
    // -h/--help and -V/--version on every command, written once here.
    scope = CommandLine.ScopeType.INHERIT,
    version = "cdgd 0.1.0",
    description = "Kho số liệu thống kê Công đoàn Giáo dục.",
    resourceBundle = "vn.cdgd.cli.messages",
    synopsisSubcommandLabel = "[LỆNH]",
    subcommands = {InitCommand.class, TemplateCommand.class, DemoCommand.class, IngestCommand.class, CheckCommand.class, CheckWorkbookCommand.class, ConvertCommand.class, BuildCommand.class, RunCommand.class, SqlCommand.class, ReportCommand.class, VersionsCommand.class, StatusCommand.class, PurgeCommand.class, BenchmarkCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    StopSignal.install();
    int code = commandLine().execute(args);
    StopSignal.answered();
    DuckDbWarmUp.awaitEnd();
    System.exit(code);
  }

  /** The configured command line; tests call {@code execute} on it with their own writers. */
  public static CommandLine commandLine() {
    LibraryLogs.routeJavaLogging();
    CommandLine commandLine = new CommandLine(new Main());
    // Every folder option (--workspace, the submissions folder, ...) also takes a URI such as
    // hdfs://namenode:8020/dak-nong: the path is then served by Hadoop's client.
    commandLine.registerConverter(java.nio.file.Path.class, vn.cdgd.files.WorkspaceFiles::path);
    commandLine.setExecutionExceptionHandler(new ExceptionMapper());
    commandLine.setParameterExceptionHandler(new CommandLineErrors());
    // picocli's help command carries its header and description in English in its annotation.
    CommandLine.Model.UsageMessageSpec help = commandLine.getSubcommands().get("help").getCommandSpec().usageMessage();
    help.header("In hướng dẫn của một lệnh, ví dụ: cdgd help ingest.");
    help.description("Không ghi lệnh thì in hướng dẫn chung của cdgd.");
    // An Error thrown by a command (Spark's ExceptionInInitializerError when the process is
    // stopped while Spark starts) would pass picocli by; wrapped, it reaches the mapper too.
    commandLine.setExecutionStrategy(parsed -> {
      try {
        WorkspaceBanner.print(parsed);
        return new CommandLine.RunLast().execute(parsed);
      } catch (Error error) {
        java.util.List<CommandLine> commands = parsed.asCommandLineList();
        throw new CommandLine.ExecutionException(commands.get(commands.size() - 1), error.toString(), error);
      }
    });
    return commandLine;
  }
}
