package vn.cdgd.build;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;

/**
 * Session settings for a build whose inputs are small, set for the build and put back after it
 * (the session may go on: {@code cdgd run}, the benchmark). On a few megabytes every Spark job and
 * every plan costs more than the rows: adaptive execution runs each shuffle and each broadcast as
 * a job of its own, a broadcast join collects its side to the driver first, and generated code is
 * compiled by Janino for rows that are read once, and eight shuffle partitions make eight tasks of
 * every stage. Without them the build's one query runs as one job of plain sort-merge joins over
 * one shuffle partition per core, evaluated by Spark's interpreter. A large build keeps the
 * session's own settings, which a cluster wants.
 */
final class SmallBuildSettings implements AutoCloseable {
  static final Map<String, String> SETTINGS = Map.of(
      "spark.sql.adaptive.enabled", "false",
      "spark.sql.autoBroadcastJoinThreshold", "-1",
      "spark.sql.codegen.wholeStage", "false",
      "spark.sql.codegen.factoryMode", "NO_CODEGEN");

  private final RuntimeConfig conf;
  private final Map<String, String> before = new LinkedHashMap<>();

  private SmallBuildSettings(RuntimeConfig conf) {
    this.conf = conf;
  }

  /** Applies the settings when {@code small}; closing puts the session's own values back. */
  static SmallBuildSettings apply(SparkSession spark, boolean small) {
    SmallBuildSettings settings = new SmallBuildSettings(spark.conf());
    if (small) {
      Map<String, String> settingsHere = new LinkedHashMap<>(SETTINGS);
      // One shuffle partition per core, not the session's 8: over a few kilobytes the build ran
      // 146 tasks (each deserialised and scheduled), 41 with one partition; one per core keeps
      // both cores busy on a province's hundred thousand figures.
      settingsHere.put("spark.sql.shuffle.partitions", Integer.toString(spark.sparkContext().defaultParallelism()));
      for (Map.Entry<String, String> setting : settingsHere.entrySet()) {
        settings.before.put(setting.getKey(), spark.conf().getOption(setting.getKey()).getOrElse(() -> null));
        spark.conf().set(setting.getKey(), setting.getValue());
      }
    }
    return settings;
  }

  @Override
  public void close() {
    before.forEach((key, value) -> {
      if (value == null) {
        conf.unset(key);
      } else {
        conf.set(key, value);
      }
    });
  }
}
