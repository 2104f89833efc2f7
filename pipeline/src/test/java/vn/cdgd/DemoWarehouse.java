package vn.cdgd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.demo.DemoGenerator;
import vn.cdgd.demo.DemoPlan;
import vn.cdgd.staging.IngestRun;
import vn.cdgd.staging.ProgressSink;
import vn.cdgd.build.WarehouseBuild;

/**
 * The demo province generated, ingested and built into a warehouse once per test JVM: the
 * end-to-end test and the marts' golden files read the same one, and building it takes about a
 * minute. Tests only read it (reports they print go to its own {@code output/reports/}).
 */
public record DemoWarehouse(Workspace workspace, DemoPlan plan, IngestRun.Summary summary) {
  /** As on the day of the demo's review, so the retention of personal data keeps both years. */
  public static final LocalDate INGESTED_ON = LocalDate.of(2020, 10, 6);
  public static final LocalDate BUILT_ON = LocalDate.of(2026, 11, 23);

  private static DemoWarehouse built;

  public static synchronized DemoWarehouse get() {
    if (built == null) {
      built = build();
    }
    return built;
  }

  private static DemoWarehouse build() {
    try {
      Path root = Files.createTempDirectory("cdgd-demo-warehouse-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(root)));
      Workspace workspace = TestWorkspace.create(root.resolve("demo"));
      WorkspaceConfig config = WorkspaceConfig.load(workspace);
      DemoPlan plan = DemoPlan.province(config.form(), DemoPlan.DEFAULT_SEED);
      DemoGenerator.of(config).write(plan, workspace, config.submissions(), 2);
      IngestRun.Summary summary = IngestRun.run(
          config, config.submissions(), SparkTestBase::spark, ProgressSink.NONE, INGESTED_ON);
      new WarehouseBuild(SparkTestBase.spark(), config, false, BUILT_ON).run();
      return new DemoWarehouse(workspace, plan, summary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The published version's folder of a warehouse table. */
  public Path table(String name) {
    return workspace.warehouse().resolve("current").resolve(name);
  }

  private static void deleteQuietly(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A temp folder left behind is not worth failing the JVM's exit for.
    }
  }
}
