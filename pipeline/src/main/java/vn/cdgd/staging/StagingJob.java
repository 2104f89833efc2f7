package vn.cdgd.staging;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.ingest.ParsedSubmission;
import vn.cdgd.ingest.SubmissionReader;

/**
 * Ingest as a Spark job: the received files are read and checked inside Spark tasks (so a cluster
 * spreads the work over its executors), merged with the staging area already published, run
 * through the cross-submission rules and written as a new staging version, published only when
 * every table is written and checked. Names and birth years go to the restricted store, written as
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
      String status, boolean current, int errors, int warnings) {}

  public record Result(Path version, List<BatchSubmission> submissions, List<Row> issues) {}

  /**
   * Reads {@code files} (the batch's files not already staged under {@code fingerprint}) and
   * publishes a new version holding them beside what was staged; the result lists the
   * submissions and issues of the whole batch, {@code alreadyStaged} included, as published.
   */
  public Result run(
      List<ReceivedFile> files, SubmissionReader reader, LongConsumer filesRead, String fingerprint,
      Collection<String> alreadyStaged, StagedRows staged) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    LongAccumulator read = spark.sparkContext().longAccumulator("cdgd files read");
    SparkListener progress = progressListener(read.id(), filesRead);
    spark.sparkContext().addSparkListener(progress);
    JavaRDD<ParsedSubmission> parsed;
    List<String> parsedIds;
    try {
      int slices = Math.max(1, Math.min(files.size(), Math.max(context.defaultParallelism() * 4, ceilDiv(files.size(), filesPerTask))));
      parsed =
          context
              .parallelize(files, slices)
              .mapPartitions(batch -> readAll(batch, reader, read))
              .mapToPair(s -> new Tuple2<>(s.submissionId(), s))
              // The same bytes received under two names are one submission: keep the first name.
              .reduceByKey((a, b) -> a.file().compareTo(b.file()) <= 0 ? a : b)
              .values()
              // Serialised: a national batch of parsed workbooks stays a fraction of its object size.
              .persist(StorageLevel.MEMORY_AND_DISK_SER());
      // One job parses every file and brings back only the ids, for the batch's result.
      parsedIds = parsed.map(ParsedSubmission::submissionId).collect();
    } finally {
      spark.sparkContext().removeSparkListener(progress);
    }
    try {
      Path published = merge(parsed, fingerprint);
      Set<String> batch = new HashSet<>(alreadyStaged);
      batch.addAll(parsedIds);
      return staged.batch(published, batch);
    } finally {
      parsed.unpersist(false);
    }
  }

  private Path merge(JavaRDD<ParsedSubmission> parsed, String fingerprint) {
    Map<String, Dataset<Row>> batch =
        Map.of(
            StagingTables.SUBMISSION,
            frame(parsed.map(StagingTables::submissionRow), StagingTables.SUBMISSION)
                .withColumn("read_with", lit(fingerprint)),
            StagingTables.FIGURE, frame(parsed.flatMap(s -> StagingTables.figureRows(s).iterator()), StagingTables.FIGURE),
            StagingTables.AWARD, frame(parsed.flatMap(s -> StagingTables.awardRows(s).iterator()), StagingTables.AWARD),
            StagingTables.OFFICER, frame(parsed.flatMap(s -> StagingTables.officerRows(s).iterator()), StagingTables.OFFICER),
            StagingTables.ISSUE, frame(parsed.flatMap(s -> StagingTables.issueRows(s).iterator()), StagingTables.ISSUE));
    Dataset<Row> batchIds = batch.get(StagingTables.SUBMISSION).select(col("submission_id").as("_batch_id"));
    Optional<Path> previous = store.current();

    Map<String, Dataset<Row>> merged = new java.util.HashMap<>();
    for (Map.Entry<String, Dataset<Row>> table : batch.entrySet()) {
      Dataset<Row> rows = table.getValue();
      if (previous.isPresent()) {
        Dataset<Row> old = spark.read().schema(StagingTables.SCHEMAS.get(table.getKey()))
            .parquet(previous.get().resolve(table.getKey()).toString());
        if (table.getKey().equals(StagingTables.ISSUE)) {
          old = old.filter(col("origin").equalTo(StagingTables.ORIGIN_FILE));
        }
        // A file read again is read afresh: the register or the form may have changed since.
        old = old.join(batchIds, col("submission_id").equalTo(col("_batch_id")), "left_anti");
        rows = old.unionByName(rows);
      }
      merged.put(table.getKey(), rows);
    }

    Dataset<Row> submissions = CrossSubmissionRules.markCurrent(merged.get(StagingTables.SUBMISSION)).cache();
    Dataset<Row> outliers =
        CrossSubmissionRules.outliers(
            submissions.filter(col("is_current")), merged.get(StagingTables.FIGURE), form.outlier());
    submissions = CrossSubmissionRules.withBatchWarnings(submissions, outliers)
        .select(StagingTables.SUBMISSION_SCHEMA.fieldNames()[0], rest(StagingTables.SUBMISSION_SCHEMA.fieldNames()));
    merged.put(StagingTables.SUBMISSION, submissions);
    merged.put(StagingTables.ISSUE, merged.get(StagingTables.ISSUE).unionByName(outliers));

    Map<String, Dataset<Row>> personal = personalData(parsed, previous, batchIds);

    Path version = store.begin();
    Path restrictedVersion = restricted.begin(version);
    try {
      Map<String, Long> written = new java.util.HashMap<>();
      for (Map.Entry<String, Dataset<Row>> table : merged.entrySet()) {
        written.put(table.getKey(), write(table.getKey(), StagingTables.SCHEMAS, table.getValue(), version));
      }
      StagingCheck.verify(version, written);
      Map<String, Long> writtenPersonal = new java.util.HashMap<>();
      for (Map.Entry<String, Dataset<Row>> table : personal.entrySet()) {
        writtenPersonal.put(table.getKey(),
            write(table.getKey(), StagingTables.RESTRICTED_SCHEMAS, table.getValue(), restrictedVersion));
      }
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
   * The restricted tables of the new version: what the previous version's restricted half holds
   * (or, for a staging written before names left it, its own columns), less the files read again,
   * plus this batch; school years older than the retention are left out.
   */
  private Map<String, Dataset<Row>> personalData(
      JavaRDD<ParsedSubmission> parsed, Optional<Path> previous, Dataset<Row> batchIds) {
    Map<String, Dataset<Row>> batch =
        Map.of(
            StagingTables.OFFICER_IDENTITY,
            restrictedFrame(parsed.flatMap(s -> StagingTables.officerIdentityRows(s).iterator()), StagingTables.OFFICER_IDENTITY),
            StagingTables.AWARD_RECIPIENT,
            restrictedFrame(parsed.flatMap(s -> StagingTables.awardRecipientRows(s).iterator()), StagingTables.AWARD_RECIPIENT));
    Map<String, Dataset<Row>> merged = new java.util.HashMap<>();
    for (Map.Entry<String, Dataset<Row>> table : batch.entrySet()) {
      Dataset<Row> rows = table.getValue();
      Optional<Dataset<Row>> old = previous.flatMap(p -> previousPersonal(p, table.getKey()));
      if (old.isPresent()) {
        rows = old.get().join(batchIds, col("submission_id").equalTo(col("_batch_id")), "left_anti").unionByName(rows);
      }
      merged.put(table.getKey(), rows.filter(retention.kept(col("school_year"))));
    }
    return merged;
  }

  private Optional<Dataset<Row>> previousPersonal(Path previousStaging, String table) {
    org.apache.spark.sql.types.StructType schema = StagingTables.RESTRICTED_SCHEMAS.get(table);
    Optional<Path> half = restricted.of(previousStaging);
    if (half.isPresent()) {
      return Optional.of(spark.read().schema(schema).parquet(half.get().resolve(table).toString()));
    }
    // A staging version written before personal data moved out still holds it in its own tables.
    String source = table.equals(StagingTables.OFFICER_IDENTITY) ? StagingTables.OFFICER : StagingTables.AWARD;
    Dataset<Row> old = spark.read().parquet(previousStaging.resolve(source).toString());
    if (!java.util.Arrays.asList(old.columns()).containsAll(java.util.Arrays.asList(schema.fieldNames()))) {
      return Optional.empty();
    }
    return Optional.of(old.select(columns(schema.fieldNames())));
  }

  /**
   * Writes one table as a single sorted file (the same rows give the same file) and returns how
   * many rows the write job wrote, counted as they pass on their way to the file: no second job
   * computes the rows again to count them. One sorted partition needs no global sort, whose
   * sampling is a job of its own ({@link CountedWrite}).
   */
  private long write(String table, Map<String, StructType> schemas, Dataset<Row> rows, Path version) {
    CountedWrite write = CountedWrite.of(spark, table,
        rows.select(columns(schemas.get(table).fieldNames())).repartition(1).sortWithinPartitions(sortKeys(table)));
    write.rows().write().mode("errorifexists").parquet(version.resolve(table).toString());
    return write.count();
  }

  private static org.apache.spark.sql.Column[] sortKeys(String table) {
    List<String> keys = new ArrayList<>(List.of("school_year", "unit_code", "submission_id"));
    switch (table) {
      case StagingTables.FIGURE -> keys.add("field_code");
      case StagingTables.AWARD, StagingTables.OFFICER, StagingTables.AWARD_RECIPIENT,
          StagingTables.OFFICER_IDENTITY -> keys.add("row_number");
      case StagingTables.ISSUE -> keys.addAll(List.of("origin", "sheet", "cell", "rule", "message"));
      default -> keys.add("file");
    }
    return keys.stream().map(k -> col(k)).toArray(org.apache.spark.sql.Column[]::new);
  }

  private static org.apache.spark.sql.Column[] columns(String[] names) {
    return java.util.Arrays.stream(names).map(n -> col(n)).toArray(org.apache.spark.sql.Column[]::new);
  }

  private static String[] rest(String[] names) {
    return java.util.Arrays.copyOfRange(names, 1, names.length);
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
