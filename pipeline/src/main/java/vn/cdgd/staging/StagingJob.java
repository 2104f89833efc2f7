package vn.cdgd.staging;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.ingest.ParsedSubmission;
import vn.cdgd.ingest.SubmissionReader;
import vn.cdgd.parquet.ParquetRowWriter;
import vn.cdgd.store.VersionedStore;

/**
 * Ingest as one Spark job: the received files are read and checked inside Spark tasks (so a
 * cluster spreads the work over its executors), which write their rows as sorted runs; the driver
 * runs the cross-submission rules and merges the runs with the staging area already published
 * into a new staging version, published only when every table is written and checked. No Spark
 * SQL is involved: the files are written by {@link vn.cdgd.parquet.ParquetRowWriter}. Tables are laid out by school year ({@link StagingLayout}):
 * only the years the batch touches are written, the others are linked from the previous version
 * ({@link CarriedYears}). Names and birth years go to the restricted store, written as
 * the twin of the new staging version and kept only for the school years of the retention.
 */
public final class StagingJob {
  private final SparkSession spark;
  private final VersionedStore store;
  private final FormDefinition form;
  private final int filesPerTask;
  private final int keepVersions;
  private final RestrictedStore restricted;
  private final PersonalDataRetention retention;

  public StagingJob(SparkSession spark, VersionedStore store, RestrictedStore restricted,
      PersonalDataRetention retention, FormDefinition form, int filesPerTask, int keepVersions) {
    this.spark = spark;
    this.store = store;
    this.restricted = restricted;
    this.retention = retention;
    this.form = form;
    this.filesPerTask = filesPerTask;
    this.keepVersions = keepVersions;
  }

  /** One submission of this batch after the whole-staging rules, for summaries and reports. */
  public record BatchSubmission(
      String submissionId, String file, String unitCode, String unitName, String schoolYear,
      String status, boolean current, int errors, int warnings, java.time.LocalDateTime receivedAt) {}

  public record Result(Path version, List<BatchSubmission> submissions, List<Row> issues) {}

  /**
   * Reads {@code files} (the batch's files not already staged under {@code fingerprint}) and
   * publishes a new version holding them beside what was staged; the result lists the
   * submissions and issues of the batch, {@code alreadyStaged} included, as published.
   *
   * <p>Spark runs one job, whose tasks parse the files and write their rows as sorted runs into
   * the new version's scratch folder ({@link ParseTask}), bringing back one small record per
   * submission. The driver then applies the cross-submission rules to those records and writes
   * each school year the batch touches as one file, merging the runs with the previous version's
   * file of that year ({@link YearMerge}); the years not touched are hard-linked from the
   * previous version. No Spark SQL plan is built.
   */
  public Result run(
      List<ReceivedFile> files, Map<String, String> contentIds, SubmissionReader reader, LongConsumer filesRead,
      String fingerprint, Collection<String> alreadyStaged, StagedRows staged) {
    Optional<Path> previous = store.current();
    Path version = store.begin();
    Path restrictedVersion = restricted.begin(version);
    Path published;
    Batch batch;
    try {
      List<ParseTask.ToRead> toRead = files.stream()
          .map(f -> new ParseTask.ToRead(f, contentIds.get(f.relativePath()))).toList();
      List<ParseTask.Output> outputs = parse(toRead, reader, filesRead, version, restrictedVersion);
      batch = Batch.of(outputs);
      published = assemble(previous, version, restrictedVersion, batch, fingerprint, staged);
    } catch (RuntimeException e) {
      restricted.abandon(restrictedVersion);
      store.abandon(version);
      throw e;
    }
    Set<String> ids = new HashSet<>(alreadyStaged);
    ids.addAll(batch.kept().keySet());
    return staged.batch(published, ids);
  }

  /** The one Spark job: every file parsed and its rows written as runs by the tasks. */
  private List<ParseTask.Output> parse(List<ParseTask.ToRead> files, SubmissionReader reader, LongConsumer filesRead,
      Path version, Path restrictedVersion) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    LongAccumulator read = spark.sparkContext().longAccumulator("cdgd files read");
    SparkListener progress = progressListener(read.id(), filesRead);
    spark.sparkContext().addSparkListener(progress);
    try {
      int slices = Math.max(1, Math.min(files.size(), Math.max(context.defaultParallelism() * 4, ceilDiv(files.size(), filesPerTask))));
      ParseTask task = new ParseTask(reader, read, form.outlier().field(),
          version.resolve(ParseTask.RUNS).toUri().toString(),
          restrictedVersion.resolve(ParseTask.RUNS).toUri().toString());
      return context.parallelize(files, slices)
          .mapPartitionsWithIndex((Function2<Integer, Iterator<ParseTask.ToRead>, Iterator<ParseTask.Output>>) task::run, false)
          .collect();
    } finally {
      spark.sparkContext().removeSparkListener(progress);
    }
  }

  /** What the driver keeps of a parsed submission: its row and what the cross-submission rules read. */
  record Facts(Row row, CrossSubmissionRules.Submission submission, CrossSubmissionRules.OutlierValue outlier)
      implements Serializable {
    static Facts of(ParsedSubmission s, String outlierField) {
      Row row = StagingTables.submissionRow(s);
      CrossSubmissionRules.Submission submission = new CrossSubmissionRules.Submission(
          s.submissionId(), s.schoolYear(), s.unitCode(), s.file(), s.receivedAt(), row.getString(8));
      CrossSubmissionRules.OutlierValue outlier = s.figures().stream()
          .filter(f -> f.fieldCode().equals(outlierField) && f.total() != null).findFirst()
          .map(f -> new CrossSubmissionRules.OutlierValue(s.submissionId(), s.schoolYear(), s.unitCode(),
              f.sheet(), f.totalCell(), f.fieldCode(), f.total(), f.totalRaw()))
          .orElse(null);
      return new Facts(row, submission, outlier);
    }
  }

  /**
   * The batch's submissions by id, and the runs' rows to leave out. The same bytes received under
   * two names are one submission: the first name (in sort order) is kept. The driver leaves such
   * duplicates out of the parse when it knows their ids; a duplicate it could not know (a file it
   * could not hash) may still reach two tasks, whose runs of the other name are then skipped.
   */
  record Batch(Map<String, Facts> kept, Map<Integer, Set<String>> skipped, List<ParseTask.Run> runs) {
    static Batch of(List<ParseTask.Output> outputs) {
      Map<String, ParseTask.Read> first = new TreeMap<>();
      List<ParseTask.Run> runs = new ArrayList<>();
      for (ParseTask.Output output : outputs) {
        runs.addAll(output.runs());
        for (ParseTask.Read read : output.submissions()) {
          first.merge(read.facts().submission().id(), read,
              (a, b) -> a.facts().submission().file().compareTo(b.facts().submission().file()) <= 0 ? a : b);
        }
      }
      Map<String, Facts> kept = new TreeMap<>();
      first.forEach((id, read) -> kept.put(id, read.facts()));
      Map<Integer, Set<String>> skipped = new HashMap<>();
      for (ParseTask.Output output : outputs) {
        for (ParseTask.Read read : output.submissions()) {
          if (read.written() && first.get(read.facts().submission().id()) != read) {
            skipped.computeIfAbsent(read.task(), t -> new HashSet<>()).add(read.facts().submission().id());
          }
        }
      }
      return new Batch(kept, skipped, runs);
    }

  }

  private Path assemble(Optional<Path> previous, Path version, Path restrictedVersion, Batch batch,
      String fingerprint, StagedRows staged) {
    // The submissions read again, with the school year they were staged under.
    Map<String, String> reRead = previous.map(p -> staged.yearsOf(p, batch.kept().keySet())).orElse(Map.of());
    YearPlan plan = YearPlan.of(previous, batch, reRead, staged);

    // The whole-staging rules over the touched years and the years before them.
    Map<String, CrossSubmissionRules.Submission> submissions = new HashMap<>();
    List<CrossSubmissionRules.OutlierValue> values = new ArrayList<>();
    List<Row> oldRows = new ArrayList<>();
    Map<String, Long> oldBatchWarnings = Map.of();
    if (previous.isPresent()) {
      for (Row row : staged.submissionRows(previous.get(), plan.context())) {
        if (!reRead.containsKey(row.getString(0))) {
          submissions.put(row.getString(0), submissionOf(row));
          oldRows.add(row);
        }
      }
      staged.outlierValues(previous.get(), plan.context(), form.outlier().field()).stream()
          .filter(v -> !reRead.containsKey(v.submissionId())).forEach(values::add);
      oldBatchWarnings = staged.batchWarnings(previous.get(), plan.touched());
    }
    for (Facts f : batch.kept().values()) {
      submissions.put(f.submission().id(), f.submission());
      if (f.outlier() != null) {
        values.add(f.outlier());
      }
    }
    Set<String> current = CrossSubmissionRules.current(submissions.values());
    List<Row> outliers = CrossSubmissionRules.outliers(submissions, current, values, form.outlier(),
        year -> plan.touched().contains(StagingLayout.bucket(year)));
    Map<String, Long> warnings = new HashMap<>();
    outliers.forEach(issue -> warnings.merge(issue.getString(0), 1L, Long::sum));

    List<Row> submissionRows = new ArrayList<>();
    for (Row row : oldRows) {
      if (plan.touched().contains(StagingLayout.bucket(row.getString(1)))) {
        // The stored count holds the previous run's outlier warnings: those are recomputed.
        long own = row.getInt(11) - oldBatchWarnings.getOrDefault(row.getString(0), 0L);
        submissionRows.add(submissionRow(row, current, own + warnings.getOrDefault(row.getString(0), 0L), row.get(12)));
      }
    }
    for (Facts f : batch.kept().values()) {
      Row row = f.row();
      submissionRows.add(submissionRow(row, current, row.getInt(11) + warnings.getOrDefault(row.getString(0), 0L), fingerprint));
    }

    TableFiles files = new TableFiles(previous, plan, reRead.keySet(), batch);
    List<Callable<Void>> writes = new ArrayList<>();
    Map<String, Long> written = new ConcurrentHashMap<>();
    Map<String, Long> writtenPersonal = new ConcurrentHashMap<>();
    for (String table : List.of(StagingTables.FIGURE, StagingTables.ISSUE, StagingTables.AWARD, StagingTables.OFFICER)) {
      List<Row> extra = table.equals(StagingTables.ISSUE) ? outliers : List.of();
      writes.addAll(files.merges(table, StagingTables.SCHEMAS.get(table), version, extra, written));
    }
    writes.addAll(files.rowsByYear(StagingTables.SUBMISSION, StagingTables.SUBMISSION_SCHEMA, version,
        submissionRows, written));
    Optional<Path> previousHalf = previous.flatMap(restricted::of);
    for (String table : List.of(StagingTables.OFFICER_IDENTITY, StagingTables.AWARD_RECIPIENT)) {
      writes.addAll(files.personal(table, previousHalf, restrictedVersion, retention, writtenPersonal));
    }
    runAll(writes);
    VersionedStore.deleteTree(version.resolve(ParseTask.RUNS));
    VersionedStore.deleteTree(restrictedVersion.resolve(ParseTask.RUNS));

    for (String table : StagingTables.SCHEMAS.keySet()) {
      written.merge(table, carry(previous.map(p -> p.resolve(table)), version.resolve(table),
          plan.touched(), bucket -> true, StagingTables.SCHEMAS.get(table)), Long::sum);
    }
    for (String table : StagingTables.RESTRICTED_SCHEMAS.keySet()) {
      writtenPersonal.merge(table, carry(previousHalf.map(p -> p.resolve(table)), restrictedVersion.resolve(table),
          plan.touched(), bucket -> retention.keeps(bucket.equals(StagingLayout.NO_YEAR) ? null : bucket),
          StagingTables.RESTRICTED_SCHEMAS.get(table)), Long::sum);
    }
    StagingCheck.verify(version, written);
    StagingCheck.verify(restrictedVersion, StagingTables.RESTRICTED_SCHEMAS, writtenPersonal);
    restricted.seal(restrictedVersion);
    store.publish(version, keepVersions);
    Path published = store.current().orElseThrow();
    restricted.keepOnly(published);
    return published;
  }

  /**
   * The school years a run rewrites ({@code touched}) and those the rules read besides
   * ({@code context}: the years before the touched ones, for the outlier comparison).
   */
  record YearPlan(Set<String> touched, Set<String> context) {
    static YearPlan of(Optional<Path> previous, Batch batch, Map<String, String> reRead, StagedRows staged) {
      Set<String> changed = new TreeSet<>();
      batch.kept().values().forEach(f -> changed.add(StagingLayout.bucket(f.submission().schoolYear())));
      reRead.values().forEach(year -> changed.add(StagingLayout.bucket(year)));
      Set<String> touched = new TreeSet<>(changed);
      if (previous.isPresent()) {
        Path submissions = previous.get().resolve(StagingTables.SUBMISSION);
        if (StagingLayout.flat(submissions)) {
          // Staging written before the layout by year: rewritten whole, into year folders.
          touched.addAll(staged.buckets(previous.get()));
        } else {
          // A year's outlier warnings compare it with the year before: the next year is rewritten too.
          Set<String> existing = new HashSet<>(StagingLayout.buckets(submissions));
          changed.forEach(b -> StagingLayout.following(b).filter(existing::contains).ifPresent(touched::add));
        }
      }
      Set<String> context = new TreeSet<>(touched);
      touched.forEach(b -> StagingLayout.preceding(b).ifPresent(context::add));
      return new YearPlan(Set.copyOf(touched), Set.copyOf(context));
    }
  }

  private static CrossSubmissionRules.Submission submissionOf(Row row) {
    return new CrossSubmissionRules.Submission(row.getString(0), row.getString(1), row.getString(2),
        row.getString(4), (java.time.LocalDateTime) row.get(6), row.getString(8));
  }

  private static Row submissionRow(Row row, Set<String> current, long warnings, Object readWith) {
    Object[] values = new Object[StagingTables.SUBMISSION_SCHEMA.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    values[9] = current.contains(row.getString(0));
    values[11] = (int) warnings;
    values[12] = readWith;
    return RowFactory.create(values);
  }

  /**
   * Carries the years not rewritten from the previous table (hard links) and returns the rows they
   * hold, by their footers; a table left with no file at all gets an empty one, so every reader
   * finds the table and its columns.
   */
  private long carry(Optional<Path> previousTable, Path table, Set<String> rewritten,
      java.util.function.Predicate<String> keep, StructType schema) {
    List<Path> carried = previousTable.filter(p -> !StagingLayout.flat(p))
        .map(p -> CarriedYears.carry(p, table, rewritten, keep)).orElse(List.of());
    long rows = 0;
    long[] inFiles = StagingCheck.rowsOfEach(carried);
    for (int i = 0; i < inFiles.length; i++) {
      if (inFiles[i] == 0) {
        // The placeholder of a table that was empty: the table gets one again below if it still is.
        removeEmpty(carried.get(i));
      }
      rows += inFiles[i];
    }
    if (StagingLayout.parquetFiles(table).isEmpty()) {
      writeEmpty(table, schema);
    }
    return rows;
  }

  private static void removeEmpty(Path file) {
    try {
      java.nio.file.Files.delete(file);
      try (java.util.stream.Stream<Path> left = java.nio.file.Files.list(file.getParent())) {
        if (left.findAny().isEmpty()) {
          java.nio.file.Files.delete(file.getParent());
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot remove " + file, e);
    }
  }

  private static void writeEmpty(Path table, StructType schema) {
    ParquetRowWriter.write(table.resolve(StagingLayout.NO_YEAR).resolve(PART).toUri(), schema,
        java.util.Collections.emptyIterator(), new Configuration());
  }

  /** Runs the year files' writes side by side on the driver's cores. */
  private static void runAll(List<Callable<Void>> writes) {
    int threads = Math.max(1, Math.min(writes.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "cdgd-staging-write");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Void>> done = pool.invokeAll(writes);
      for (Future<Void> f : done) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing staging", e);
    } finally {
      pool.shutdownNow();
    }
  }

  static final String PART = "part-00000.parquet";

  private static SparkListener progressListener(long accumulatorId, LongConsumer filesRead) {
    return new SparkListener() {
      @Override
      public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        scala.collection.Iterator<AccumulableInfo> infos = taskEnd.taskInfo().accumulables().iterator();
        while (infos.hasNext()) {
          AccumulableInfo info = infos.next();
          if (info.id() == accumulatorId && info.update().isDefined()) {
            filesRead.accept(((Number) info.update().get()).longValue());
          }
        }
      }
    };
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / Math.max(1, b);
  }
}
