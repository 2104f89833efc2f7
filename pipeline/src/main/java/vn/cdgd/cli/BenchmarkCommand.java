package vn.cdgd.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cdgd.cli.BenchmarkTable.Ratio;
import vn.cdgd.cli.BenchmarkTable.Step;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.ingest.SubmissionReader;
import vn.cdgd.reference.UnitRegister;
import vn.cdgd.staging.FileInventory;
import vn.cdgd.staging.IngestRun;
import vn.cdgd.staging.ProgressSink;
import vn.cdgd.staging.ReceivedFile;
import vn.cdgd.staging.SparkJobCounter;
import vn.cdgd.spark.SparkSessions;
import vn.cdgd.store.VersionedStore;
import vn.cdgd.build.WarehouseBuild;

/**
 * {@code cdgd benchmark}: measures each step against a baseline taken in the same run on the same
 * files, and prints the ratios with the goals of issue 10. First, as processes: a whole {@code cdgd
 * run} on about 10 workbooks against a JVM that only starts and stops the same Spark session. Then,
 * for each size, on that many synthetic workbooks (half as many CĐCS, two school years): the floor
 * (reading and inflating every file, 1 and N threads), a naive POI user-model reader (N threads),
 * cdgd's own reader without Spark (1 and N threads), ingest through Spark with its job count, the
 * same ingest again with nothing new, the warehouse build with its job count, and the analysts'
 * queries against a bare DuckDB scan. N is the Spark session's parallelism.
 */
@Command(
    name = "benchmark",
    description =
        "Đo tốc độ trên cùng một bộ tệp: mức sàn (chỉ đọc và giải nén mọi tệp), một bộ đọc POI"
            + " đơn giản, bộ đọc của cdgd, ingest qua Spark (kèm số job Spark), chạy lại ingest khi"
            + " không có gì mới, dựng kho (kèm số job), truy vấn SQL, và cả một lần cdgd run trên 10"
            + " tệp so với một tiến trình chỉ khởi động rồi dừng Spark; in thời gian, số tệp/giây,"
            + " bộ nhớ heap cao nhất và các tỷ lệ so với mức nền cùng mục tiêu.")
public final class BenchmarkCommand implements Callable<Integer> {

  /** Workbooks of the whole-run comparison, the first of a province of {@link #RUN_UNITS} CĐCS. */
  static final int RUN_WORKBOOKS = 10;
  private static final int RUN_UNITS = 6;
  /** Files each in-process reader reads once, untimed, before its timed pass. */
  private static final int WARM_UP_FILES = 50;

  @Spec CommandSpec spec;

  @Option(names = "--workbooks", split = ",", defaultValue = "1000,20000",
      description = "Số tệp báo cáo của mỗi lần đo (mỗi đơn vị gửi 2 năm học), cách nhau bởi dấu phẩy"
          + " (mặc định: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--process-rounds", defaultValue = "2",
      description = "Số lượt đo cdgd run và Spark trần dưới dạng tiến trình riêng; lấy lượt nhanh nhất"
          + " (mặc định: ${DEFAULT-VALUE}; 0 để bỏ qua).")
  int processRounds;

  @Option(names = "--show-jobs", description = "In nơi khởi tạo từng job Spark của ingest và dựng kho.")
  boolean showJobs;

  @Option(names = "--dir", description = "Thư mục nháp (mặc định: output/bench trong thư mục làm việc).")
  Path directory;

  @Option(names = "--keep", description = "Giữ lại dữ liệu đã sinh sau khi đo.")
  boolean keep;

  @CommandLine.Mixin WorkspaceOptions options;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path scratch = directory != null ? directory : options.workspace().output().resolve("bench");
    out.println("cdgd benchmark on " + Machine.describe());
    out.println("load average " + Machine.load() + " at the start; times are wall-clock seconds, ratios are"
        + " time over time (0.2 = five times faster than the baseline)");
    out.flush();
    ChildJvm.Outcome bareSpark = processRounds > 0 ? processes(scratch.resolve("processes"), out) : null;
    SparkSession spark = null;
    for (int size : sizes) {
      int units = Math.max(1, size / 2);
      Path root = scratch.resolve("units-" + units);
      VersionedStore.deleteTree(root);
      long start = System.nanoTime();
      generate(root, units);
      double generate = seconds(start);
      WorkspaceConfig config = WorkspaceConfig.load(new Workspace(root));
      if (spark == null) {
        spark = SparkSessions.start(config.settings());
      }
      out.println();
      out.printf(Locale.ROOT, "%d CĐCS generated in %s s; load average %s before measuring%n",
          units, BenchmarkTable.number(generate), Machine.load());
      out.flush();
      measureSize(config, spark, out, bareSpark);
      out.println("load average " + Machine.load() + " after");
      out.flush();
      if (!keep) {
        VersionedStore.deleteTree(root);
      }
    }
    return ExitCodes.OK;
  }

  /** A whole run on a few workbooks as a process, against Spark's bare start and stop as a process. */
  private ChildJvm.Outcome processes(Path folder, PrintWriter out) throws IOException {
    ChildJvm.Outcome bestBare = null;
    ChildJvm.Outcome bestRun = null;
    int workbooks = 0;
    for (int round = 1; round <= processRounds; round++) {
      // A fresh workspace each round: a second run on the same one would have nothing new to read.
      Path root = folder.resolve("run-" + round);
      VersionedStore.deleteTree(root);
      generate(root, RUN_UNITS);
      workbooks = keepFirst(WorkspaceConfig.load(new Workspace(root)), RUN_WORKBOOKS);
      ChildJvm.Outcome bare = succeeded(ChildJvm.run(folder, "bare-spark-" + round, BareSpark.class.getName(),
          root.toString()));
      ChildJvm.Outcome run = succeeded(ChildJvm.run(folder, "run-" + round, Main.class.getName(),
          "run", "--workspace", root.toString()));
      bestBare = bestBare == null || bare.seconds() < bestBare.seconds() ? bare : bestBare;
      bestRun = bestRun == null || run.seconds() < bestRun.seconds() ? run : bestRun;
    }
    if (!keep) {
      VersionedStore.deleteTree(folder);
    }
    out.println();
    out.printf(Locale.ROOT, "As processes (JVM start included), best of %d round(s):%n", processRounds);
    out.print(BenchmarkTable.steps(List.of(
        new Step("bare Spark session, start and stop", 1, bestBare.seconds(), 0, bestBare.peakHeapBytes(), -1),
        new Step("cdgd run, " + workbooks + " workbooks", 1, bestRun.seconds(), workbooks, bestRun.peakHeapBytes(), -1))));
    out.println();
    out.print(BenchmarkTable.ratios(List.of(
        new Ratio("run " + workbooks + " / bare Spark process", bestRun.seconds(), bestBare.seconds(), 2))));
    out.flush();
    return bestBare;
  }

  private void measureSize(WorkspaceConfig config, SparkSession spark, PrintWriter out, ChildJvm.Outcome bareSpark)
      throws IOException {
    Workspace workspace = config.workspace();
    int threads = spark.sparkContext().defaultParallelism();
    List<ReceivedFile> received = receivedFiles(config);
    Path folder = config.submissions();
    List<Path> files = received.stream().map(f -> folder.resolve(f.relativePath())).toList();
    int n = files.size();
    SubmissionReader reader = new SubmissionReader(
        config.form(), UnitRegister.read(workspace.unitRegister()), config.settings());

    List<Path> warmUp = files.subList(0, Math.min(WARM_UP_FILES, n));
    InflateFloor.inflateAll(warmUp, 1);
    InflateFloor.inflateAll(warmUp, threads);
    Step floor1 = step("floor: read and inflate every file", 1, n, () -> InflateFloor.inflateAll(files, 1));
    Step floorN = step("floor: read and inflate every file", threads, n, () -> InflateFloor.inflateAll(files, threads));
    NaivePoiReader.readAll(warmUp, threads);
    Step naive = step("naive POI user model, every cell", threads, n, () -> NaivePoiReader.readAll(files, threads));
    List<ReceivedFile> warmUpReceived = received.subList(0, warmUp.size());
    readAll(reader, folder, warmUpReceived, 1);
    readAll(reader, folder, warmUpReceived, threads);
    Step reader1 = step("cdgd reader alone (SubmissionReader)", 1, n, () -> readAll(reader, folder, received, 1));
    Step readerN = step("cdgd reader alone (SubmissionReader)", threads, n,
        () -> readAll(reader, folder, received, threads));

    Step ingest;
    Step rerun;
    Step build;
    try (SparkJobCounter jobs = SparkJobCounter.on(spark)) {
      ingest = sparkStep("cdgd ingest (Spark)", threads, n, jobs, out,
          () -> IngestRun.run(config, folder, () -> spark, ProgressSink.NONE).filesRead());
      rerun = sparkStep("cdgd ingest again, nothing new", threads, n, jobs, out,
          () -> IngestRun.run(config, folder, () -> spark, ProgressSink.NONE).filesRead());
      build = sparkStep("cdgd build (Spark)", threads, 0, jobs, out, () -> {
        new WarehouseBuild(spark, config, false, LocalDate.now()).run();
        return 0;
      });
    }
    double[] queries = QueryTimer.queriesAgainstScan(workspace);
    Step query = new Step("analysts' query, mean of best of 5", 1, queries[0] / 1000, 0, -1, -1);
    Step scan = new Step("bare DuckDB scan of mart_indicator, best of 5", 1, queries[1] / 1000, 0, -1, -1);

    List<Step> steps = new java.util.ArrayList<>(
        List.of(floor1, floorN, naive, reader1, readerN, ingest, rerun, build, query, scan));
    List<Ratio> ratios = new java.util.ArrayList<>();
    if (bareSpark != null) {
      Step run = wholeRunAsProcess(workspace, n);
      steps.add(run);
      // The goal for a province: the whole run within 3 x (bare Spark process + floor).
      ratios.add(new Ratio("run as process / (bare Spark process + floor)", run.seconds(),
          bareSpark.seconds() + floorN.seconds(), 3));
    }
    out.printf(Locale.ROOT, "%d workbooks (the files ingest reads), %d threads where not 1:%n", n, threads);
    out.print(BenchmarkTable.steps(steps));
    out.println();
    ratios.addAll(0, List.of(
        ratio("ingest / floor, " + threads + " threads", ingest, floorN, 3),
        ratio("ingest / naive POI, " + threads + " threads", ingest, naive, 0.2),
        ratio("reader / floor, 1 thread", reader1, floor1, Double.NaN),
        ratio("reader / floor, " + threads + " threads", readerN, floorN, Double.NaN),
        ratio("ingest again, nothing new / ingest", rerun, ingest, 0.05),
        ratio("query / scan", query, scan, Double.NaN)));
    out.print(BenchmarkTable.ratios(ratios));
  }

  /**
   * A whole {@code cdgd run} of the size's workbooks in a process of its own, started as the
   * launcher starts one, on a fresh copy of the workspace's inputs (the measured workspace has
   * everything staged already, so a run there would have nothing to read).
   */
  private Step wholeRunAsProcess(Workspace measured, int workbooks) throws IOException {
    Path root = measured.root();
    Path copy = root.resolveSibling(root.getFileName() + "-run");
    VersionedStore.deleteTree(copy);
    for (String input : List.of("conf", "data")) {
      vn.cdgd.files.WorkspaceFiles.copyTree(root.resolve(input), copy.resolve(input));
    }
    ChildJvm.Outcome run = succeeded(ChildJvm.run(copy, "run", Main.class.getName(),
        "run", "--workspace", copy.toString()));
    if (!keep) {
      VersionedStore.deleteTree(copy);
    }
    return new Step("whole cdgd run as a process", 1, run.seconds(), workbooks, run.peakHeapBytes(), -1);
  }

  /** Times one in-process step with its peak heap; {@code work} returns how many files it did. */
  private static Step step(String name, int threads, int workbooks, LongSupplier work) {
    HeapPeak.reset();
    long start = System.nanoTime();
    work.getAsLong();
    double seconds = seconds(start);
    return new Step(name, threads, seconds, workbooks, HeapPeak.peakBytes(), -1);
  }

  private Step sparkStep(String name, int threads, int workbooks, SparkJobCounter jobs, PrintWriter out,
      LongSupplier work) {
    jobs.reset();
    Step step = step(name, threads, workbooks, work);
    List<String> sites = jobs.callSites();
    if (showJobs) {
      out.println(name + ": " + sites.size() + " Spark jobs");
      sites.forEach(site -> out.println("  " + site));
      out.flush();
    }
    return new Step(step.name(), threads, step.seconds(), workbooks, step.peakHeapBytes(), sites.size());
  }

  private static Ratio ratio(String name, Step step, Step baseline, double goalAtMost) {
    return new Ratio(name, step.seconds(), baseline.seconds(), goalAtMost);
  }

  /** Reads each file's bytes and hands them to cdgd's reader, as a Spark task of ingest does. */
  private static long readAll(SubmissionReader reader, Path folder, List<ReceivedFile> files, int threads) {
    return ParallelFiles.sum(files, threads, file -> {
      try {
        byte[] bytes = Files.readAllBytes(folder.resolve(file.relativePath()));
        return reader.read(file.relativePath(), bytes, file.receivedAt()).figures().size();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Deletes the files ingest would read past the first {@code count}; how many are left. */
  private static int keepFirst(WorkspaceConfig config, int count) throws IOException {
    List<ReceivedFile> files = receivedFiles(config);
    for (ReceivedFile file : files.subList(Math.min(count, files.size()), files.size())) {
      Files.delete(config.submissions().resolve(file.relativePath()));
    }
    return Math.min(count, files.size());
  }

  /** The files ingest reads in the workspace's submissions folder, in its order. */
  private static List<ReceivedFile> receivedFiles(WorkspaceConfig config) {
    try {
      return FileInventory.list(config.submissions(), config.settings().manifestFile()).files();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + config.submissions(), e);
    }
  }

  private static ChildJvm.Outcome succeeded(ChildJvm.Outcome outcome) {
    if (outcome.exitCode() != 0) {
      throw new IllegalStateException("a benchmark process ended with " + outcome.exitCode() + ":\n"
          + outcome.output());
    }
    return outcome;
  }

  private static void generate(Path root, int units) {
    StringWriter log = new StringWriter();
    CommandLine demo = Main.commandLine();
    demo.setOut(new PrintWriter(log));
    demo.setErr(new PrintWriter(log));
    int code = demo.execute("init", root.toString());
    if (code == 0) {
      code = demo.execute("demo", "--workspace", root.toString(), "--units", Integer.toString(units), "--generate-only");
    }
    if (code != 0) {
      throw new IllegalStateException("generating " + units + " units failed:\n" + log);
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
