package vn.cdgd.staging;

import org.apache.spark.sql.SparkSession;
import vn.cdgd.conf.Settings;

/**
 * Builds the Spark session of a run. Under {@code spark-submit} the master and resources come from
 * the submit command; run directly, the workspace's {@code spark.master} (local by default) is used.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession start(Settings settings) {
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("cdgd")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.session.timeZone", FileInventory.VIETNAM.getId())
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.sql.parquet.compression.codec", "snappy")
            // Spark's own history of the session is not wanted in a union's workspace.
            .config("spark.sql.warehouse.dir", System.getProperty("java.io.tmpdir") + "/cdgd-spark-warehouse");
    if (System.getProperty("spark.master") == null) {
      builder.master(settings.sparkMaster());
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    return spark;
  }
}
