package vn.cdgd.staging;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import vn.cdgd.ingest.ParsedSubmission;
import vn.cdgd.ingest.SubmissionReader;
import vn.cdgd.parquet.ParquetRowWriter;

/**
 * What one Spark task of ingest does with its share of the files: read and check each, then write
 * the rows of every table as sorted runs, one Parquet file per table and school year, into the
 * scratch folders of the unfinished versions ({@code .runs/<table>/<year>/task-<n>-<attempt>.parquet}),
 * and hand back one small record per submission and the list of runs. Nothing parsed travels back
 * to the driver or stays cached: the driver merges the runs into the tables' files.
 *
 * <p>A retried task writes under a new attempt number; only the runs of the attempt whose result
 * the driver received are merged. Of two files with the same bytes in one task only the one whose
 * name sorts first has rows written (the driver keeps that name too).
 */
final class ParseTask implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String RUNS = ".runs";

  /** One sorted run file: {@code rows} rows of {@code table}, school year folder {@code bucket}, by task {@code task}. */
  record Run(String table, String bucket, int task, String file, long rows) implements Serializable {}

  /** A submission's facts, the task that read it and whether its rows were written. */
  record Read(StagingJob.Facts facts, int task, boolean written) implements Serializable {}

  record Output(List<Read> submissions, List<Run> runs) implements Serializable {}

  /**
   * A file to read, with the SHA-256 the driver already took of its bytes (null if the driver
   * could not read it): the task does not hash the file again (SHA-256 is not compiled to the
   * CPU's instructions by the launcher's quick JIT: 9 times slower than with the optimising one).
   * A file rewritten between the two reads is staged under the driver's id with the new rows;
   * the next ingest hashes the new bytes, finds no such id staged, and reads it again.
   */
  record ToRead(ReceivedFile file, String contentId) implements Serializable {}

  private static final Map<String, Function<ParsedSubmission, List<Row>>> STAGING = new TreeMap<>(Map.of(
      StagingTables.FIGURE, StagingTables::figureRows,
      StagingTables.AWARD, StagingTables::awardRows,
      StagingTables.OFFICER, StagingTables::officerRows,
      StagingTables.ISSUE, StagingTables::issueRows));
  private static final Map<String, Function<ParsedSubmission, List<Row>>> RESTRICTED = new TreeMap<>(Map.of(
      StagingTables.OFFICER_IDENTITY, StagingTables::officerIdentityRows,
      StagingTables.AWARD_RECIPIENT, StagingTables::awardRecipientRows));

  private final SubmissionReader reader;
  private final LongAccumulator read;
  private final String outlierField;
  private final String stagingRuns;
  private final String restrictedRuns;

  /** {@code stagingRuns} and {@code restrictedRuns}: URIs of the scratch folders of the two unfinished versions. */
  ParseTask(SubmissionReader reader, LongAccumulator read, String outlierField, String stagingRuns,
      String restrictedRuns) {
    this.reader = reader;
    this.read = read;
    this.outlierField = outlierField;
    this.stagingRuns = stagingRuns.replaceAll("/+$", "");
    this.restrictedRuns = restrictedRuns.replaceAll("/+$", "");
  }

  Iterator<Output> run(int task, Iterator<ToRead> files) {
    Configuration hadoop = new Configuration();
    // Looked up once per file system: FileSystem.get asks for the current user each time (4 % of
    // a task's time over 990 small workbooks, profiled).
    Map<String, FileSystem> fileSystems = new HashMap<>();
    List<Read> submissions = new ArrayList<>();
    Map<String, ParsedSubmission> first = new TreeMap<>();
    List<ParsedSubmission> parsed = new ArrayList<>();
    while (files.hasNext()) {
      ToRead next = files.next();
      ParsedSubmission s = readOne(reader, next.file(), next.contentId(), hadoop, fileSystems);
      read.add(1);
      parsed.add(s);
      first.merge(s.submissionId(), s, (a, b) -> a.file().compareTo(b.file()) <= 0 ? a : b);
    }
    Map<String, Map<String, List<Row>>> staging = new TreeMap<>();
    Map<String, Map<String, List<Row>>> restricted = new TreeMap<>();
    for (ParsedSubmission s : parsed) {
      boolean written = first.get(s.submissionId()) == s;
      submissions.add(new Read(StagingJob.Facts.of(s, outlierField), task, written));
      if (written) {
        add(s, STAGING, staging);
        add(s, RESTRICTED, restricted);
      }
    }
    int attempt = TaskContext.get() == null ? 0 : TaskContext.get().attemptNumber();
    String name = String.format(java.util.Locale.ROOT, "task-%05d-%d.parquet", task, attempt);
    List<Run> runs = new ArrayList<>();
    write(staging, StagingTables.SCHEMAS, stagingRuns, task, name, hadoop, runs);
    write(restricted, StagingTables.RESTRICTED_SCHEMAS, restrictedRuns, task, name, hadoop, runs);
    return List.of(new Output(submissions, runs)).iterator();
  }

  private static void add(ParsedSubmission s, Map<String, Function<ParsedSubmission, List<Row>>> tables,
      Map<String, Map<String, List<Row>>> into) {
    String bucket = StagingLayout.bucket(s.schoolYear());
    tables.forEach((table, rows) -> {
      List<Row> mine = rows.apply(s);
      if (!mine.isEmpty()) {
        into.computeIfAbsent(table, t -> new TreeMap<>()).computeIfAbsent(bucket, b -> new ArrayList<>()).addAll(mine);
      }
    });
  }

  private static void write(Map<String, Map<String, List<Row>>> tables, Map<String, StructType> schemas, String root,
      int task, String name, Configuration hadoop, List<Run> runs) {
    Map<String, java.util.Comparator<Row>> orders = new HashMap<>();
    tables.forEach((table, buckets) -> buckets.forEach((bucket, rows) -> {
      StructType schema = schemas.get(table);
      rows.sort(orders.computeIfAbsent(table, t -> StagingSort.of(t, schema)));
      URI file = URI.create(root + "/" + table + "/" + bucket + "/" + name);
      long written = ParquetRowWriter.write(file, schema, rows.iterator(), hadoop);
      runs.add(new Run(table, bucket, task, file.toString(), written));
    }));
  }

  /**
   * Reads and checks one received file whose SHA-256 is known ({@code contentId}, or null to take
   * it), with the file systems already looked up ({@code fileSystems}, filled as new ones are
   * met); a file that cannot be opened is a rejected submission.
   */
  static ParsedSubmission readOne(SubmissionReader reader, ReceivedFile file, String contentId,
      Configuration hadoop, Map<String, FileSystem> fileSystems) {
    URI uri = URI.create(file.uri());
    byte[] bytes;
    try {
      String root = uri.getScheme() + "://" + (uri.getAuthority() == null ? "" : uri.getAuthority());
      FileSystem fs = fileSystems.get(root);
      if (fs == null) {
        fs = FileSystem.get(uri, hadoop);
        fileSystems.putIfAbsent(root, fs);
      }
      try (InputStream in = fs.open(new org.apache.hadoop.fs.Path(uri))) {
        bytes = in.readAllBytes();
      }
    } catch (IOException | RuntimeException e) {
      return reader.unreadable(file.relativePath(), file.sizeBytes(), file.receivedAt(),
          "Không mở được tệp để đọc (" + e.getMessage() + "). Hãy kiểm tra quyền đọc tệp rồi chạy lại.");
    }
    return reader.read(file.relativePath(), bytes, file.receivedAt(), contentId);
  }
}
