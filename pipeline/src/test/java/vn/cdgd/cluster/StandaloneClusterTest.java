package vn.cdgd.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.cdgd.Duck;
import vn.cdgd.TestWorkspace;
import vn.cdgd.cli.Main;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.demo.DemoGenerator;
import vn.cdgd.demo.DemoPlan;

/**
 * cdgd on a real standalone Spark cluster: a Master and two Workers (one core each) as JVMs of
 * their own on 127.0.0.1, {@code cdgd ingest} then {@code cdgd build} submitted to it with
 * spark-submit's entry point, the workspace on a local folder that every JVM of this one machine
 * sees (as a shared mount would on a real cluster). The staging area and the warehouse they
 * publish equal, table by table and row by row, those of the same commands run in local mode.
 *
 * <p>Why not the shaded cluster jar: `mvn -Pcluster package` took 1 min 40 s here on its own
 * (a 140 MB jar), too slow to build inside CI's test run. The test lays out what spark-submit is
 * given instead, split the same way: the Spark home holds only a Spark distribution's jars (Maven
 * lists them from cluster/spark-distribution.xml, as cluster/standalone.sh does), cdgd's compiled
 * classes are packed as the application jar and its other libraries go as --jars. cdgd's code and
 * libraries reach the executors only that way (served by the driver, fetched by each executor),
 * in a class loader of their own above Spark's, as from the cluster jar. A first version that put
 * the libraries in the Spark home failed for that reason: picocli, loaded by Spark's loader, could
 * not see cdgd's messages bundle. So the test fails if a task needs a class the cluster cannot
 * ship, if the driver and executors disagree on a path, or if a result depends on the JVM it is
 * computed in (the drivers and executors keep the machine's time zone, the local run this test
 * JVM's Pacific/Chatham). What it leaves to cluster/standalone.sh is the shade plugin's own work.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneClusterTest {
  /** The accumulator StagingJob's parsing tasks count workbooks with. */
  private static final String FILES_READ = "cdgd files read";
  private static final long SEED = 20261203L;

  @TempDir static Path root;
  private StandaloneSpark cluster;
  private Workspace onCluster;
  private Workspace local;
  private int workbooks;

  @BeforeAll
  void runOnTheClusterAndLocally() throws Exception {
    long started = System.nanoTime();
    onCluster = TestWorkspace.create(root.resolve("cluster"));
    DemoGenerator.of(WorkspaceConfig.load(onCluster)).write(DemoPlan.synthetic(WorkspaceConfig.load(onCluster).form(), SEED, 8), onCluster, WorkspaceConfig.load(onCluster).submissions(), 1);
    local = new Workspace(root.resolve("local"));
    copyTree(onCluster.root(), local.root());
    onCluster = placeForTheCluster(onCluster);
    try (Stream<Path> files = Files.walk(WorkspaceConfig.load(onCluster).submissions())) {
      workbooks = (int) files.filter(p -> p.toString().endsWith(".xlsx")).count();
    }

    lap("workbooks generated", started);
    cluster = StandaloneSpark.start(root.resolve("spark"), TestWorkspace.root(), 2, "1g");
    Path applicationJar = root.resolve("cdgd-app.jar");
    StandaloneSpark.packJar(StandaloneSpark.applicationClasses(), applicationJar);
    List<Path> libraries = cluster.libraries();
    lap("cluster started", started);
    for (String command : List.of("ingest", "build")) {
      StandaloneSpark.Submitted run = cluster.submit(command, applicationJar, libraries, sparkConf(command), 10,
          command, "--workspace", onCluster.root().toString());
      assertThat(run.exitCode()).as("cdgd " + command + " on the cluster:\n" + run.output()).isZero();
      // The user is told the cluster's master, not conf/cdgd.yaml's local[*] that was not used.
      assertThat(run.output()).contains((command.equals("ingest") ? "Khởi động Spark (" : "Dựng kho dữ liệu (Spark ")
          + cluster.masterUrl() + ")…");
      lap(command + " on the cluster", started);
    }

    for (String command : List.of("ingest", "build")) {
      StringWriter out = new StringWriter();
      CommandLine cli = Main.commandLine();
      cli.setOut(new PrintWriter(out));
      cli.setErr(new PrintWriter(out));
      assertThat(cli.execute(command, "--workspace", local.root().toString()))
          .as("cdgd " + command + " in local mode:\n" + out).isZero();
      lap(command + " in local mode", started);
    }
  }

  /**
   * Where the cluster's workspace lives: here, the local folder the generator wrote, seen by every
   * JVM of this machine as a shared mount would be. A subclass puts it on HDFS.
   */
  Workspace placeForTheCluster(Workspace generated) throws IOException {
    return generated;
  }

  /** Where the time goes, for the README's figures; no assertion on it. */
  static void lap(String what, long started) {
    System.out.printf("StandaloneClusterTest: %s at %.1f s%n", what, (System.nanoTime() - started) / 1e9);
  }

  @AfterAll
  void stopTheCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private Map<String, String> sparkConf(String command) throws IOException {
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put("spark.driver.host", "127.0.0.1");
    conf.put("spark.driver.bindAddress", "127.0.0.1");
    conf.put("spark.cores.max", "2");
    // Tasks wait for both executors: otherwise the first one up could parse every workbook.
    conf.put("spark.scheduler.minRegisteredResourcesRatio", "1.0");
    conf.put("spark.scheduler.maxRegisteredResourcesWaitingTime", "300s");
    // No spark.executor.extraJavaOptions: Spark 4 gives executors its own list of Java 17 flags
    // (the same as the parent pom's spark.jvm.flags; seen in each executor's command line).
    conf.put("spark.eventLog.enabled", "true");
    conf.put("spark.eventLog.compress", "false");
    conf.put("spark.eventLog.rolling.enabled", "false");
    conf.put("spark.eventLog.dir", Files.createDirectories(events(command)).toUri().toString());
    return conf;
  }

  private Path events(String command) {
    return root.resolve("events-" + command);
  }

  @Test
  void theExecutorsOnBothWorkersParsedEveryWorkbook() throws Exception {
    EventLog ingest = EventLog.read(events("ingest"), FILES_READ);
    assertThat(ingest.executorHosts()).as("executors").hasSize(2).doesNotContainKey("driver")
        .allSatisfy((id, host) -> assertThat(host).isEqualTo("127.0.0.1"));
    assertThat(ingest.tasksByExecutor()).as("tasks by executor").doesNotContainKey("driver")
        .containsOnlyKeys(ingest.executorHosts().keySet());
    assertThat(ingest.accumulatedByExecutor()).as("workbooks parsed by executor")
        .containsOnlyKeys(ingest.executorHosts().keySet())
        .allSatisfy((id, files) -> assertThat(files).isPositive());
    assertThat(ingest.accumulatedByExecutor().values().stream().mapToLong(Long::longValue).sum())
        .as("workbooks parsed on the cluster").isEqualTo(workbooks);

    EventLog build = EventLog.read(events("build"), FILES_READ);
    assertThat(build.tasksByExecutor()).as("build tasks by executor").doesNotContainKey("driver").isNotEmpty();
  }

  @Test
  void theClusterPublishesTheSameStagingAsLocalMode() {
    assertSameTables(onCluster.staging(), local.staging());
  }

  @Test
  void theClusterPublishesTheSameWarehouseAsLocalMode() {
    Map<String, List<List<String>>> tables = assertSameTables(onCluster.warehouse(), local.warehouse());
    assertThat(tables).containsKeys("fct_figure", "mart_indicator");
    assertThat(tables.get("fct_figure")).hasSizeGreaterThan(100);
  }

  @Test
  void theClusterKeepsTheSameRejectedFiles() throws IOException {
    List<String> rejected = relativeFiles(onCluster.rejected());
    assertThat(rejected).isNotEmpty().isEqualTo(relativeFiles(local.rejected()));
  }

  /** Every published table of two stores, rows sorted: the same tables with the same rows. */
  private static Map<String, List<List<String>>> assertSameTables(Path clusterStore, Path localStore) {
    Map<String, List<List<String>>> onCluster = tables(clusterStore);
    Map<String, List<List<String>>> locally = tables(localStore);
    assertThat(onCluster.keySet()).as("tables of " + clusterStore).isEqualTo(locally.keySet()).isNotEmpty();
    for (String table : onCluster.keySet()) {
      assertThat(onCluster.get(table)).as(table).isNotEmpty().isEqualTo(locally.get(table));
    }
    return onCluster;
  }

  private static Map<String, List<List<String>>> tables(Path store) {
    // A link on a local folder; on HDFS a file naming the version, read through a local copy.
    Path current = new vn.cdgd.store.VersionedStore(store).currentReadable().orElseThrow();
    Map<String, List<List<String>>> tables = new TreeMap<>();
    try (Stream<Path> list = Files.list(current)) {
      for (Path table : list.filter(Files::isDirectory).toList()) {
        // read_with names the program that read each file (the cluster jar here, the classes
        // folder locally): the one column that must differ, so it is left out of the comparison.
        tables.put(table.getFileName().toString(), Duck.query("select columns(lambda c: c <> 'read_with')"
            + " from read_parquet('" + table
            + "/**/*.parquet', hive_partitioning = true, hive_types_autocast = false) order by all"));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot list " + current, e);
    }
    return tables;
  }

  private static List<String> relativeFiles(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : walk.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
