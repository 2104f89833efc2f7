package vn.cdgd.demo;

import vn.cdgd.conf.WorkspaceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Workspace;
import vn.cdgd.template.TemplateInstructions;
import vn.cdgd.template.TemplateWriter;

/**
 * Writes a {@link DemoPlan} into a workspace: {@code data/units.csv}, {@code data/ratings.csv}
 * and a fresh {@code data/submissions} folder with every planned file, its {@code manifest.csv}
 * and each file's modification time set to its arrival (Asia/Ho_Chi_Minh). Files are rendered on
 * a fixed pool of threads; each file depends only on its plan entry, so the output is the same
 * whatever the number of threads.
 */
public final class DemoGenerator {
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  public static final String MANIFEST = "manifest.csv";
  public static final String[] MANIFEST_HEADER = {"file", "received_at"};
  public static final String[] RATINGS_HEADER = {"unit_code", "school_year", "rating"};
  private static final DateTimeFormatter RECEIVED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  /** What was written, for the command's summary. */
  public record Summary(int grassrootsUnits, int files, int workbooks, Path submissions,
      Duration elapsed) {}

  /**
   * Empty input rows of the demo's list sheets: fewer than the blank template's, which makes
   * writing 20,000 workbooks about twice as fast and changes nothing a reader sees.
   */
  public static final int AWARD_ROWS = 60;
  public static final int OFFICER_ROWS = 40;

  private final WorkbookRenderer renderer;

  public DemoGenerator(FormDefinition form, List<String> instructions, MonthDay schoolYearStarts) {
    this.renderer = renderer(form, instructions, schoolYearStarts);
  }

  public DemoGenerator(FormDefinition form, List<String> instructions) {
    this(form, instructions, MonthDay.of(9, 1));
  }

  public static DemoGenerator of(WorkspaceConfig config) {
    return new DemoGenerator(config.form(), TemplateInstructions.of(config.workspace()),
        config.settings().schoolYearStarts());
  }

  static WorkbookRenderer renderer(FormDefinition form, List<String> instructions, MonthDay starts) {
    TemplateWriter writer = new TemplateWriter(form, instructions, starts, AWARD_ROWS, OFFICER_ROWS);
    return new WorkbookRenderer(writer, new FigureGenerator(form, 0));
  }

  /** Writes the register and ratings into the workspace's data/ and the workbooks into {@code submissions}. */
  public Summary write(DemoPlan plan, Workspace workspace, Path submissions, int threads) throws IOException {
    long start = System.nanoTime();
    plan.register().write(workspace.unitRegister());
    writeRatings(plan, workspace.ratings());
    deleteFolder(submissions);
    Files.createDirectories(submissions);
    renderAll(plan, submissions, threads);
    writeManifest(plan, submissions.resolve(MANIFEST));
    for (PlannedFile file : plan.files()) {
      Files.setLastModifiedTime(submissions.resolve(file.path()),
          FileTime.from(file.receivedAt().atZone(VIETNAM).toInstant()));
    }
    int workbooks = (int) plan.files().stream().filter(PlannedFile::isXlsx).count();
    int grassroots = plan.register()
        .grassrootsDuring(plan.currentYear(), PlanBuilder.STARTS).size();
    return new Summary(grassroots, plan.files().size(), workbooks, submissions,
        Duration.ofNanos(System.nanoTime() - start));
  }

  private void renderAll(DemoPlan plan, Path submissions, int threads) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (DemoPlan.Entry entry : plan.entries()) {
        futures.add(pool.submit(() -> {
          Path file = submissions.resolve(entry.file().path());
          try {
            Files.createDirectories(file.getParent());
            Files.write(file, renderer.bytes(entry.content()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the demo", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IllegalStateException("cannot write the demo: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  static void writeRatings(DemoPlan plan, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = csv(RATINGS_HEADER).print(writer)) {
      for (DemoPlan.Rating rating : plan.ratings()) {
        printer.printRecord(rating.unitCode(), rating.schoolYear(), rating.rating());
      }
    }
  }

  static void writeManifest(DemoPlan plan, Path file) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = csv(MANIFEST_HEADER).print(writer)) {
      for (PlannedFile planned : plan.files()) {
        printer.printRecord(planned.path(), RECEIVED.format(planned.receivedAt()));
      }
    }
  }

  private static CSVFormat csv(String[] header) {
    return CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get();
  }

  private static void deleteFolder(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
