package vn.cdgd.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.cdgd.conf.Workspace;
import vn.cdgd.staging.IngestRun;
import vn.cdgd.staging.ProgressSink;
import vn.cdgd.staging.SparkSessions;
import vn.cdgd.warehouse.WarehouseBuild;

/**
 * {@code cdgd benchmark}: for each size, generates that many synthetic workbooks (half as many units,
 * two school years each) into a scratch workspace and measures, each against a baseline taken in
 * the same run: ingest against the floor of inflating every workbook; then the warehouse build; then
 * analysts' queries through the SQL console against a bare DuckDB scan of the same Parquet.
 */
@Command(
    name = "benchmark",
    description =
        "Đo tốc độ: sinh N tệp báo cáo mẫu (2 năm học), đo ingest so với thời gian chỉ giải nén"
            + " mọi tệp (mức sàn), đo dựng kho và truy vấn SQL so với một lần quét thẳng Parquet;"
            + " in số tệp/giây, bộ nhớ heap cao nhất và các tỷ lệ.")
public final class BenchmarkCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--workbooks", split = ",", defaultValue = "1000,20000",
      description = "Số tệp báo cáo của mỗi lần đo (mỗi đơn vị gửi 2 năm học), cách nhau bởi dấu phẩy"
          + " (mặc định: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--dir", description = "Thư mục nháp (mặc định: output/bench trong thư mục làm việc).")
  Path directory;

  @Option(names = "--keep", description = "Giữ lại dữ liệu đã sinh sau khi đo.")
  boolean keep;

  @CommandLine.Mixin WorkspaceOptions options;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path scratch = directory != null ? directory : options.workspace().output().resolve("bench");
    int threads = Runtime.getRuntime().availableProcessors();
    out.printf(Locale.ROOT, "cdgd ingest benchmark: %d cores, max heap %d MB, Spark local[*]%n",
        threads, Runtime.getRuntime().maxMemory() >> 20);
    out.println("workbooks  units  generate_s  floor_s  ingest_s  workbooks_per_s  ingest/floor  peak_heap_MB"
        + "  build_s  build_peak_MB  query_ms  scan_ms  query/scan");
    out.flush();
    SparkSession spark = null;
    for (int size : sizes) {
      int units = Math.max(1, size / 2);
      Path root = scratch.resolve("units-" + units);
      vn.cdgd.staging.VersionedStore.deleteTree(root);
      Workspace workspace = new Workspace(root);
      long start = System.nanoTime();
      generate(root, units);
      double generate = seconds(start);
      List<Path> workbooks = workbooks(workspace.submissions());

      HeapPeak.reset();
      start = System.nanoTime();
      InflateFloor.inflateAll(workbooks, threads);
      double floor = seconds(start);

      if (spark == null) {
        spark = SparkSessions.start(workspace.settings());
      }
      SparkSession session = spark;
      HeapPeak.reset();
      start = System.nanoTime();
      IngestRun.Summary summary = IngestRun.run(workspace, workspace.submissions(), () -> session, ProgressSink.NONE);
      double ingest = seconds(start);
      long peak = HeapPeak.peakBytes() >> 20;

      HeapPeak.reset();
      start = System.nanoTime();
      new WarehouseBuild(session, workspace, false, LocalDate.now()).run();
      double build = seconds(start);
      long buildPeak = HeapPeak.peakBytes() >> 20;
      double[] queries = QueryTimer.queriesAgainstScan(workspace);
      out.printf(Locale.ROOT, "%9d  %5d  %10.1f  %7.2f  %8.1f  %15.1f  %12.1f  %12d  %7.1f  %13d  %8.1f  %7.1f  %10.1f%n",
          summary.filesRead(), units, generate, floor, ingest, summary.filesRead() / ingest, ingest / floor, peak,
          build, buildPeak, queries[0], queries[1], queries[0] / queries[1]);
      out.flush();
      if (!keep) {
        vn.cdgd.staging.VersionedStore.deleteTree(root);
      }
    }
    return ExitCodes.OK;
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

  private static List<Path> workbooks(Path folder) throws Exception {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")).toList();
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
