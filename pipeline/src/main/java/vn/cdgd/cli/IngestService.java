package vn.cdgd.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.staging.IngestRun;
import vn.cdgd.spark.SparkSessions;

/** Ingest as the commands run it ({@code ingest}, {@code run}, {@code status} for the folder). */
final class IngestService {
  private IngestService() {}

  /**
   * The folder to ingest: the one given, else {@code ingest.submissions}; it must exist. A folder
   * given that does not exist is said before the configuration is read.
   */
  static Path submissionsFolder(Supplier<WorkspaceConfig> config, Path given) {
    Path input = given != null ? given.toAbsolutePath().normalize() : config.get().submissions();
    if (!Files.isDirectory(input)) {
      throw new UserException(
          ExitCodes.INPUT,
          "Không tìm thấy thư mục báo cáo " + input + ". Hãy kiểm tra đường dẫn (hoặc chạy cdgd"
              + " demo để tạo dữ liệu mẫu).");
    }
    return input;
  }

  /** Reads, checks and stages {@code input}, then prints the summary. */
  static IngestRun.Summary ingest(WorkspaceConfig config, Path input, PrintWriter out) {
    RegisterGate.requireSound(config);
    IngestRun.Summary summary = IngestRun.run(config, input, () -> startSpark(config, out),
        ConsoleProgress.forConsole(out));
    IngestSummary.print(out, summary);
    return summary;
  }

  /** Spark, started only when there are files to read: a folder with nothing new needs none. */
  static SparkSession startSpark(WorkspaceConfig config, PrintWriter out) {
    out.println("Khởi động Spark (" + SparkSessions.master(config.settings()) + ")…");
    out.flush();
    DuckDbWarmUp.start();
    return SparkSessions.start(config.settings());
  }
}
