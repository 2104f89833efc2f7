package vn.cdgd.staging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Settings;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.ingest.SubmissionReader;
import vn.cdgd.reference.UnitRegister;
import vn.cdgd.store.VersionedStore;

/**
 * What an ingest of a folder would do ({@code cdgd ingest --dry-run}), worked out without writing
 * a byte anywhere in the workspace: no staging version, no restricted store, no rejected area, no
 * error report or feedback file, not even DuckDB's home under {@code output/}.
 *
 * <p>No Spark: a file's verdict (accepted or rejected, its errors and warnings) is the
 * {@link SubmissionReader}'s, which ingest's Spark task calls on each file unchanged
 * ({@link ParseTask#readOne}); the rules over several submissions (which one is current, the
 * outlier warning against the year before) are plain Java on ingest's driver too
 * ({@link CrossSubmissionRules}), and are run here over the same records. What Spark adds to ingest is
 * spreading the reading over executors and writing Parquet runs, which a dry run must not write.
 * The files are read here on the machine's cores instead; on a cluster a dry run of a national
 * folder is therefore slower than the ingest, but gives the same verdicts.
 */
public final class IngestDryRun {
  private IngestDryRun() {}

  /**
   * What the ingest would report.
   *
   * @param submissions the folder's submissions, read now or already staged, as they would stand
   * @param replacements the accepted files that would no longer be their unit's current report
   */
  public record Verdict(
      Path folder, int filesRead, int accepted, int acceptedWithWarnings, int rejected,
      List<FileInventory.Skipped> skipped, long errors, long warnings, int alreadyStaged,
      List<IngestRun.Duplicate> duplicates, List<Replacement> replacements,
      List<StagingJob.BatchSubmission> submissions, long unitsAccepted, long unitsFixed, long unitsStillRejected) {}

  /** {@code file} would become the current report of its unit and year instead of {@code replaced}. */
  public record Replacement(String unitCode, String unitName, String schoolYear, String file, String replaced) {}

  public static Verdict run(WorkspaceConfig config, Path folder, ProgressSink progress) {
    Workspace workspace = config.workspace();
    Settings settings = config.settings();
    FormDefinition form = config.form();
    SubmissionReader reader = new SubmissionReader(form, UnitRegister.read(workspace.unitRegister()), settings);
    VersionedStore store = new VersionedStore(workspace.staging());
    Path duckHome = scratchHome();
    try {
      StagedRows staged = new StagedRows(duckHome);
      IngestPlan plan = IngestPlan.of(workspace, settings, folder, store, staged, false);
      progress.start("Đọc và kiểm tra (chạy thử)", plan.toRead().size());
      Map<String, StagingJob.Facts> read;
      try {
        read = read(plan.toRead(), plan.ids(), reader, form.outlier().field(), progress);
      } finally {
        progress.finish();
      }
      return verdict(folder, plan, read, staged, form);
    } finally {
      VersionedStore.deleteTree(duckHome);
    }
  }

  /** The files read and checked on this machine's cores, by submission id (the name that sorts first kept). */
  private static Map<String, StagingJob.Facts> read(List<ReceivedFile> files, Map<String, String> ids,
      SubmissionReader reader, String outlierField, ProgressSink progress) {
    Configuration hadoop = new Configuration();
    // The plan hashed every file already: the reader takes its ids, as the ingest's tasks do.
    Map<String, org.apache.hadoop.fs.FileSystem> fileSystems = new java.util.concurrent.ConcurrentHashMap<>();
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    List<StagingJob.Facts> facts;
    try {
      facts = pool.submit(() -> files.parallelStream().map(file -> {
        StagingJob.Facts f = StagingJob.Facts.of(
            ParseTask.readOne(reader, file, ids.get(file.relativePath()), hadoop, fileSystems), outlierField);
        progress.advance(1);
        return f;
      }).toList()).join();
    } finally {
      pool.shutdown();
    }
    Map<String, StagingJob.Facts> kept = new TreeMap<>();
    for (StagingJob.Facts f : facts) {
      kept.merge(f.submission().id(), f,
          (a, b) -> a.submission().file().compareTo(b.submission().file()) <= 0 ? a : b);
    }
    return kept;
  }

  private static Verdict verdict(Path folder, IngestPlan plan, Map<String, StagingJob.Facts> read,
      StagedRows staged, FormDefinition form) {
    Optional<Path> previous = plan.previous();
    Map<String, String> reRead = previous.map(p -> staged.yearsOf(p, read.keySet())).orElse(Map.of());
    Set<String> touched = new TreeSet<>();
    read.values().forEach(f -> touched.add(StagingLayout.bucket(f.submission().schoolYear())));
    reRead.values().forEach(year -> touched.add(StagingLayout.bucket(year)));
    Set<String> context = new TreeSet<>(touched);
    touched.forEach(b -> StagingLayout.preceding(b).ifPresent(context::add));

    // Every submission the rules would see: the staged ones of those years, then the batch's.
    Map<String, CrossSubmissionRules.Submission> all = new HashMap<>();
    Map<String, Row> rows = new HashMap<>();
    Set<String> wasCurrent = new HashSet<>();
    List<CrossSubmissionRules.OutlierValue> values = new ArrayList<>();
    if (previous.isPresent()) {
      for (Row row : staged.submissionRows(previous.get(), context)) {
        String id = row.getString(0);
        if (!reRead.containsKey(id)) {
          all.put(id, new CrossSubmissionRules.Submission(id, row.getString(1), row.getString(2),
              row.getString(4), (java.time.LocalDateTime) row.get(6), row.getString(8)));
          rows.put(id, row);
          if (Boolean.TRUE.equals(row.get(9))) {
            wasCurrent.add(id);
          }
        }
      }
      staged.outlierValues(previous.get(), context, form.outlier().field()).stream()
          .filter(v -> !reRead.containsKey(v.submissionId())).forEach(values::add);
    }
    for (StagingJob.Facts f : read.values()) {
      all.put(f.submission().id(), f.submission());
      rows.put(f.submission().id(), f.row());
      if (f.outlier() != null) {
        values.add(f.outlier());
      }
    }
    Set<String> current = CrossSubmissionRules.current(all.values());
    Map<String, Long> outlierWarnings = new HashMap<>();
    CrossSubmissionRules.outliers(all, current, values, form.outlier(),
            year -> touched.contains(StagingLayout.bucket(year)))
        .forEach(issue -> outlierWarnings.merge(issue.getString(0), 1L, Long::sum));

    List<StagingJob.BatchSubmission> submissions = new ArrayList<>();
    for (StagingJob.Facts f : read.values()) {
      Row row = f.row();
      String id = row.getString(0);
      submissions.add(batchSubmission(row, current.contains(id),
          row.getInt(11) + outlierWarnings.getOrDefault(id, 0L)));
    }
    if (previous.isPresent() && !plan.alreadyStaged().isEmpty()) {
      for (StagingJob.BatchSubmission s : staged.batch(previous.get(), plan.alreadyStaged()).submissions()) {
        boolean rewritten = touched.contains(StagingLayout.bucket(s.schoolYear()));
        submissions.add(new StagingJob.BatchSubmission(s.submissionId(), s.file(), s.unitCode(), s.unitName(),
            s.schoolYear(), s.status(), rewritten ? current.contains(s.submissionId()) : s.current(),
            s.errors(), s.warnings(), s.receivedAt()));
      }
    }
    submissions.sort(Comparator.comparing(StagingJob.BatchSubmission::file));

    int accepted = (int) submissions.stream().filter(s -> "accepted".equals(s.status())).count();
    int withWarnings = (int) submissions.stream()
        .filter(s -> "accepted".equals(s.status()) && s.warnings() > 0).count();
    long errors = submissions.stream().mapToLong(StagingJob.BatchSubmission::errors).sum();
    long warnings = submissions.stream().mapToLong(StagingJob.BatchSubmission::warnings).sum();
    Resubmissions units = Resubmissions.of(submissions);
    return new Verdict(folder, plan.files().size(), accepted, withWarnings, submissions.size() - accepted,
        plan.listing().skipped(), errors, warnings, plan.stagedFiles(), plan.duplicates(),
        replacements(all, rows, wasCurrent, current, read.keySet()), List.copyOf(submissions),
        units.count(Resubmissions.State.ACCEPTED), units.count(Resubmissions.State.FIXED),
        units.count(Resubmissions.State.OPEN));
  }

  /**
   * The accepted files that would stop being current: a report staged as current that a file of
   * the folder replaces, and a file of the folder older than the unit's report that stands.
   */
  private static List<Replacement> replacements(Map<String, CrossSubmissionRules.Submission> all,
      Map<String, Row> rows, Set<String> wasCurrent, Set<String> current, Set<String> batch) {
    Map<String, String> standing = new HashMap<>();
    for (String id : current) {
      CrossSubmissionRules.Submission s = all.get(id);
      standing.put(s.unitCode() + "\u0000" + s.schoolYear(), id);
    }
    List<Replacement> replacements = new ArrayList<>();
    for (CrossSubmissionRules.Submission s : all.values()) {
      boolean replaced = (wasCurrent.contains(s.id()) || batch.contains(s.id()))
          && "accepted".equals(s.status()) && !current.contains(s.id());
      String by = standing.get(s.unitCode() + "\u0000" + s.schoolYear());
      if (replaced && by != null && (batch.contains(s.id()) || batch.contains(by))) {
        replacements.add(new Replacement(s.unitCode(), rows.get(by).getString(3), s.schoolYear(),
            all.get(by).file(), s.file()));
      }
    }
    replacements.sort(Comparator.comparing(Replacement::unitCode).thenComparing(Replacement::schoolYear)
        .thenComparing(Replacement::replaced));
    return List.copyOf(replacements);
  }

  private static StagingJob.BatchSubmission batchSubmission(Row row, boolean current, long warnings) {
    return new StagingJob.BatchSubmission(row.getString(0), row.getString(4), row.getString(2), row.getString(3),
        row.getString(1), row.getString(8), current, row.getInt(10), (int) warnings,
        (java.time.LocalDateTime) row.get(6));
  }

  /** DuckDB's home for reading staging back, outside the workspace so that not even it is written there. */
  private static Path scratchHome() {
    try {
      Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
      return Files.createTempDirectory(tmp, "cdgd-dry-run-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a scratch folder under java.io.tmpdir", e);
    }
  }
}
