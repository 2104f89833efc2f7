package vn.cdgd.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import vn.cdgd.conf.Settings;

/**
 * Builds the Spark session of a run. Under {@code spark-submit} the master and resources come from
 * the submit command; run directly, the workspace's {@code spark.master} (local by default) is used.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /** The master a run uses: spark-submit's ({@code --master}) if it was submitted, else the workspace's. */
  public static String master(Settings settings) {
    return System.getProperty("spark.master", settings.sparkMaster());
  }

  /**
   * Whether the files under {@code folder} add up to less than {@code limit} bytes: such an input is
   * small enough that Spark's fixed costs per job and per query matter more than its throughput.
   */
  public static boolean bytesUnder(Path folder, long limit) {
    try (Stream<Path> walk = Files.walk(folder)) {
      long total = 0;
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        total += Files.size(file);
        if (total >= limit) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  public static SparkSession start(Settings settings) {
    return start(master(settings));
  }

  /**
   * A session with a run's settings on the given master. The tests build theirs here (on
   * {@code local[2]}), so they run with the settings the command line runs with.
   */
  public static SparkSession start(String master) {
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("cdgd")
            .config("spark.ui.enabled", "false")
            // Vietnam's zone, as FileInventory.VIETNAM: spelt out so that the session, which every
            // stage starts, depends on no stage.
            .config("spark.sql.session.timeZone", "Asia/Ho_Chi_Minh")
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.sql.parquet.compression.codec", "snappy")
            // Spark's own history of the session is not wanted in a union's workspace.
            .config("spark.sql.warehouse.dir", System.getProperty("java.io.tmpdir") + "/cdgd-spark-warehouse");
    builder.master(master);
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    return spark;
  }
}
