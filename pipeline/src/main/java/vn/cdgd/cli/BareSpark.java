package vn.cdgd.cli;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.spark.SparkSessions;

/**
 * The benchmark's baseline for a whole {@code cdgd run} as a process: a JVM that starts the same
 * Spark session as a run of the workspace given (staging/SparkSessions) and stops it, doing
 * nothing else. No run can be cheaper than this, so a run's time over it is what cdgd adds.
 */
public final class BareSpark {
  private BareSpark() {}

  public static void main(String[] args) {
    LibraryLogs.routeJavaLogging();
    SparkSession spark = SparkSessions.start(WorkspaceConfig.load(new Workspace(Path.of(args[0]))).settings());
    spark.stop();
    System.exit(0);
  }
}
