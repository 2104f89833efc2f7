package vn.cdgd.staging;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.ingest.ParsedSubmission;
import vn.cdgd.ingest.SubmissionReader;

/**
 * Ingest as a Spark job: the received files are read and checked inside Spark tasks (so a cluster
 * spreads the work over its executors), merged with the staging area already published, run
 * through the cross-submission rules and written as a new staging version, published only when
 * every table is written and checked. Tables are laid out by school year ({@link StagingLayout}):
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
   * submissions and issues of the whole batch, {@code alreadyStaged} included, as published.
   *
   * <p>Spark runs one job that parses every file (its results kept serialised for the writes)
   * and brings back one small record per submission, then one single-stage job per table that
   * writes the school years the batch touches. The cross-submission rules run on the driver over
   * those records; the years not touched are hard-linked from the previous version.
   */
  public Result run(
      List<ReceivedFile> files, SubmissionReader reader, LongConsumer filesRead, String fingerprint,
      Collection<String> alreadyStaged, StagedRows staged) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    LongAccumulator read = spark.sparkContext().longAccumulator("cdgd files read");
    SparkListener progress = progressListener(read.id(), filesRead);
    spark.sparkContext().addSparkListener(progress);
    JavaRDD<ParsedSubmission> parsed;
    List<Facts> facts;
    String outlierField = form.outlier().field();
    try {
      int slices = Math.max(1, Math.min(files.size(), Math.max(context.defaultParallelism() * 4, ceilDiv(files.size(), filesPerTask))));
      parsed =
          context
              .parallelize(files, slices)
              .mapPartitions(batch -> readAll(batch, reader, read))
              // Serialised: a national batch of parsed workbooks stays a fraction of its object size.
              .persist(StorageLevel.MEMORY_AND_DISK_SER());
      // One job parses every file and brings back one small record per submission.
      facts = parsed.map(s -> Facts.of(s, outlierField)).collect();
    } finally {
      spark.sparkContext().removeSparkListener(progress);
    }
    try {
      Batch batch = Batch.of(facts);
      Path published = merge(parsed, batch, fingerprint, staged);
      Set<String> ids = new HashSet<>(alreadyStaged);
      ids.addAll(batch.kept().keySet());
      return staged.batch(published, ids);
    } finally {
      parsed.unpersist(false);
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
   * The batch's submissions by id. The same bytes received under two names are one submission:
   * the first name (in sort order) is kept and the others' rows are left out of the writes.
   */
  record Batch(Map<String, Facts> kept, Set<String> dropped) {
    static Batch of(List<Facts> facts) {
      Map<String, Facts> kept = new TreeMap<>();
      Set<String> dropped = new HashSet<>();
      for (Facts f : facts) {
        Facts other = kept.get(f.submission().id());
        if (other == null) {
          kept.put(f.submission().id(), f);
        } else {
          boolean mine = f.submission().file().compareTo(other.submission().file()) < 0;
          Facts loser = mine ? other : f;
          dropped.add(key(loser.submission().id(), loser.submission().file()));
          if (mine) {
            kept.put(f.submission().id(), f);
          }
        }
      }
      return new Batch(kept, dropped);
    }

    static String key(String id, String file) {
      return id + "\u0000" + file;
    }
  }

  private Path merge(JavaRDD<ParsedSubmission> parsed, Batch batch, String fingerprint, StagedRows staged) {
    Optional<Path> previous = store.current();
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

    Set<String> dropped = batch.dropped();
    JavaRDD<ParsedSubmission> kept = dropped.isEmpty()
        ? parsed : parsed.filter(s -> !dropped.contains(Batch.key(s.submissionId(), s.file())));
    Broadcast<Set<String>> gone = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(new HashSet<>(reRead.keySet()));

    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put(StagingTables.SUBMISSION, spark.createDataFrame(submissionRows, StagingTables.SUBMISSION_SCHEMA));
    tables.put(StagingTables.FIGURE, withOld(previous, plan, StagingTables.FIGURE, gone,
        frame(kept.flatMap(s -> StagingTables.figureRows(s).iterator()), StagingTables.FIGURE)));
    tables.put(StagingTables.AWARD, withOld(previous, plan, StagingTables.AWARD, gone,
        frame(kept.flatMap(s -> StagingTables.awardRows(s).iterator()), StagingTables.AWARD)));
    tables.put(StagingTables.OFFICER, withOld(previous, plan, StagingTables.OFFICER, gone,
        frame(kept.flatMap(s -> StagingTables.officerRows(s).iterator()), StagingTables.OFFICER)));
    tables.put(StagingTables.ISSUE, withOld(previous, plan, StagingTables.ISSUE, gone,
        frame(kept.flatMap(s -> StagingTables.issueRows(s).iterator()), StagingTables.ISSUE)
            .unionByName(spark.createDataFrame(outliers, StagingTables.ISSUE_SCHEMA))));

    Map<String, Dataset<Row>> personal = personalData(kept, previous, plan, gone);

    Path version = store.begin();
    Path restrictedVersion = restricted.begin(version);
    try {
      List<Callable<Long>> writes = new ArrayList<>();
      Map<String, Long> written = new ConcurrentHashMap<>();
      Map<String, Long> writtenPersonal = new ConcurrentHashMap<>();
      tables.forEach((table, rows) -> writes.add(() -> written.merge(table,
          write(table, StagingTables.SCHEMAS, rows, version), Long::sum)));
      personal.forEach((table, rows) -> writes.add(() -> writtenPersonal.merge(table,
          write(table, StagingTables.RESTRICTED_SCHEMAS, rows, restrictedVersion), Long::sum)));
      runAll(writes);
      Optional<Path> previousHalf = previous.flatMap(restricted::of);
      for (String table : tables.keySet()) {
        written.merge(table, carry(previous.map(p -> p.resolve(table)), version.resolve(table),
            plan.touched(), bucket -> true, StagingTables.SCHEMAS.get(table)), Long::sum);
      }
      for (String table : personal.keySet()) {
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
    } catch (RuntimeException e) {
      restricted.abandon(restrictedVersion);
      store.abandon(version);
      throw e;
    }
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

  /** The rows of the touched years of the previous version, less the submissions read again, before the batch's. */
  private Dataset<Row> withOld(Optional<Path> previous, YearPlan plan, String table, Broadcast<Set<String>> gone,
      Dataset<Row> batch) {
    StructType schema = StagingTables.SCHEMAS.get(table);
    Optional<Dataset<Row>> old = previous.flatMap(p -> touchedRows(p.resolve(table), schema, plan.touched(), gone));
    if (old.isEmpty()) {
      return batch;
    }
    Dataset<Row> rows = old.get();
    if (table.equals(StagingTables.ISSUE)) {
      // Issues across submissions are recomputed by every run.
      rows = rows.filter(col("origin").equalTo(StagingTables.ORIGIN_FILE));
    }
    return rows.unionByName(batch);
  }

  /**
   * A previous table's rows of the touched years, without the submissions read again; all the
   * rows of a flat table (staging written before the layout by year), which is rewritten whole.
   */
  private Optional<Dataset<Row>> touchedRows(Path table, StructType schema, Set<String> touched,
      Broadcast<Set<String>> gone) {
    List<String> files;
    if (StagingLayout.flat(table)) {
      files = List.of(table.toString());
    } else {
      files = StagingLayout.buckets(table).stream().filter(touched::contains)
          .flatMap(b -> StagingLayout.parquetFiles(table.resolve(b)).stream()).map(Path::toString).toList();
    }
    if (files.isEmpty()) {
      return Optional.empty();
    }
    Dataset<Row> rows = spark.read().schema(schema).option("recursiveFileLookup", "true")
        .parquet(files.toArray(String[]::new));
    if (!gone.value().isEmpty()) {
      rows = rows.filter((FilterFunction<Row>) r -> !gone.value().contains(r.getString(0)));
    }
    return Optional.of(rows);
  }

  /**
   * The restricted tables of the new version's touched years: what the previous version's
   * restricted half holds (or, for a staging written before names left it, its own columns), less
   * the files read again, plus this batch; school years older than the retention are left out.
   */
  private Map<String, Dataset<Row>> personalData(
      JavaRDD<ParsedSubmission> parsed, Optional<Path> previous, YearPlan plan, Broadcast<Set<String>> gone) {
    Map<String, Dataset<Row>> batch = new LinkedHashMap<>();
    batch.put(StagingTables.OFFICER_IDENTITY,
        restrictedFrame(parsed.flatMap(s -> StagingTables.officerIdentityRows(s).iterator()), StagingTables.OFFICER_IDENTITY));
    batch.put(StagingTables.AWARD_RECIPIENT,
        restrictedFrame(parsed.flatMap(s -> StagingTables.awardRecipientRows(s).iterator()), StagingTables.AWARD_RECIPIENT));
    Map<String, Dataset<Row>> merged = new LinkedHashMap<>();
    for (Map.Entry<String, Dataset<Row>> table : batch.entrySet()) {
      Dataset<Row> rows = table.getValue();
      Optional<Dataset<Row>> old = previous.flatMap(p -> previousPersonal(p, table.getKey(), plan, gone));
      if (old.isPresent()) {
        rows = old.get().unionByName(rows);
      }
      merged.put(table.getKey(), rows.filter(retention.kept(col("school_year"))));
    }
    return merged;
  }

  private Optional<Dataset<Row>> previousPersonal(Path previousStaging, String table, YearPlan plan,
      Broadcast<Set<String>> gone) {
    StructType schema = StagingTables.RESTRICTED_SCHEMAS.get(table);
    Optional<Path> half = restricted.of(previousStaging);
    if (half.isPresent()) {
      return touchedRows(half.get().resolve(table), schema, plan.touched(), gone);
    }
    // A staging version written before personal data moved out still holds it in its own tables.
    String source = table.equals(StagingTables.OFFICER_IDENTITY) ? StagingTables.OFFICER : StagingTables.AWARD;
    Dataset<Row> old = spark.read().option("recursiveFileLookup", "true")
        .parquet(previousStaging.resolve(source).toString());
    if (!java.util.Arrays.asList(old.columns()).containsAll(java.util.Arrays.asList(schema.fieldNames()))) {
      return Optional.empty();
    }
    Dataset<Row> rows = old.select(columns(schema.fieldNames()));
    if (!gone.value().isEmpty()) {
      rows = rows.filter((FilterFunction<Row>) r -> !gone.value().contains(r.getString(0)));
    }
    return Optional.of(rows);
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
    if (StagingLayout.parquetFiles(table).isEmpty()) {
      writeEmpty(table, schema);
    }
    return StagingCheck.rows(carried);
  }

  private void writeEmpty(Path table, StructType schema) {
    Path scratch = table.resolveSibling(".spark-empty-" + table.getFileName());
    spark.createDataFrame(List.<Row>of(), schema).coalesce(1).write().mode("errorifexists").parquet(scratch.toString());
    moveParts(scratch, table.resolve(StagingLayout.NO_YEAR));
  }

  /**
   * Writes the rows of one table as one sorted file per school year (the same rows give the same
   * files) and returns how many rows the write job wrote, counted as they pass on their way to the
   * files. One task, no shuffle: the rows are coalesced, not repartitioned, and sorted by year then
   * key, so Spark's writer opens each year's file once, in order ({@link CountedWrite}).
   */
  private long write(String table, Map<String, StructType> schemas, Dataset<Row> rows, Path version) {
    Path scratch = version.resolve(".spark-" + table);
    Dataset<Row> bucketed = rows.select(columns(schemas.get(table).fieldNames()))
        .withColumn(BUCKET, StagingLayout.bucket(col("school_year")));
    CountedWrite write = CountedWrite.of(spark, table, bucketed.coalesce(1));
    write.rows().sortWithinPartitions(sortKeys(table)).write().mode("errorifexists").partitionBy(BUCKET)
        .parquet(scratch.toString());
    Path target = version.resolve(table);
    try {
      Files.createDirectories(target);
      if (Files.isDirectory(scratch)) {
        try (Stream<Path> folders = Files.list(scratch)) {
          for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
            String name = folder.getFileName().toString();
            if (name.startsWith(BUCKET + "=")) {
              moveParts(folder, target.resolve(name.substring(BUCKET.length() + 1)));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the files of " + table + " into " + target, e);
    }
    VersionedStore.deleteTree(scratch);
    return write.count();
  }

  /** Moves Spark's part files into a year folder under names that do not change from run to run. */
  private static void moveParts(Path from, Path to) {
    try {
      Files.createDirectories(to);
      List<Path> parts;
      try (Stream<Path> list = Files.list(from)) {
        parts = list.filter(p -> p.getFileName().toString().startsWith("part-")
            && p.getFileName().toString().endsWith(".parquet")).sorted().toList();
      }
      for (int i = 0; i < parts.size(); i++) {
        Files.move(parts.get(i), to.resolve(String.format(java.util.Locale.ROOT, "part-%05d.parquet", i)));
      }
      VersionedStore.deleteTree(from);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + from + " to " + to, e);
    }
  }

  /** Runs the table writes side by side: each is one task, so together they fill the cores. */
  private void runAll(List<Callable<Long>> writes) {
    int threads = Math.max(1, Math.min(writes.size(), spark.sparkContext().defaultParallelism()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "cdgd-staging-write");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Long>> done = pool.invokeAll(writes);
      for (Future<Long> f : done) {
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

  private static final String BUCKET = "_bucket";

  private static org.apache.spark.sql.Column[] sortKeys(String table) {
    List<String> keys = new ArrayList<>(List.of(BUCKET, "school_year", "unit_code", "submission_id"));
    switch (table) {
      case StagingTables.FIGURE -> keys.add("field_code");
      case StagingTables.AWARD, StagingTables.OFFICER, StagingTables.AWARD_RECIPIENT,
          StagingTables.OFFICER_IDENTITY -> keys.add("row_number");
      // Every column: two issues may share a cell and a rule.
      case StagingTables.ISSUE -> keys.addAll(List.of("origin", "sheet", "cell", "rule", "message", "file",
          "field_code", "value", "level"));
      default -> keys.add("file");
    }
    return keys.stream().map(k -> col(k)).toArray(org.apache.spark.sql.Column[]::new);
  }

  private static org.apache.spark.sql.Column[] columns(String[] names) {
    return java.util.Arrays.stream(names).map(n -> col(n)).toArray(org.apache.spark.sql.Column[]::new);
  }

  private Dataset<Row> frame(JavaRDD<Row> rows, String table) {
    return spark.createDataFrame(rows, StagingTables.SCHEMAS.get(table));
  }

  private Dataset<Row> restrictedFrame(JavaRDD<Row> rows, String table) {
    return spark.createDataFrame(rows, StagingTables.RESTRICTED_SCHEMAS.get(table));
  }

  private static Iterator<ParsedSubmission> readAll(
      Iterator<ReceivedFile> files, SubmissionReader reader, LongAccumulator read) {
    Configuration hadoop = new Configuration();
    List<ParsedSubmission> parsed = new ArrayList<>();
    while (files.hasNext()) {
      ReceivedFile file = files.next();
      parsed.add(readOne(file, reader, hadoop));
      read.add(1);
    }
    return parsed.iterator();
  }

  private static ParsedSubmission readOne(ReceivedFile file, SubmissionReader reader, Configuration hadoop) {
    URI uri = URI.create(file.uri());
    byte[] bytes;
    try {
      FileSystem fs = FileSystem.get(uri, hadoop);
      try (InputStream in = fs.open(new org.apache.hadoop.fs.Path(uri))) {
        bytes = in.readAllBytes();
      }
    } catch (IOException | RuntimeException e) {
      return reader.unreadable(file.relativePath(), file.sizeBytes(), file.receivedAt(),
          "Không mở được tệp để đọc (" + e.getMessage() + "). Hãy kiểm tra quyền đọc tệp rồi chạy lại.");
    }
    return reader.read(file.relativePath(), bytes, file.receivedAt());
  }

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
