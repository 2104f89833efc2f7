package vn.cdgd.staging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import vn.cdgd.parquet.ParquetRowReader;

/**
 * The writes of a new version's touched years, one per table and year, each a {@link YearMerge}
 * of that year's sources: the previous version's file less the submissions read again (and, for
 * {@code stg_issue}, less the issues across submissions, which are recomputed), the runs the parse
 * tasks wrote, and rows the driver computed. A write returns nothing and adds the rows it wrote to
 * the table's count, which the footers are checked against before publishing.
 *
 * <p>Staging written before the layout by year ("flat") has unsorted files holding every year: a
 * year's rows are then picked out of them and sorted in memory, once, as that version is turned
 * into year folders.
 */
final class TableFiles {
  private final Optional<Path> previous;
  private final StagingJob.YearPlan plan;
  private final Set<String> gone;
  private final Map<Integer, Set<String>> skipped;
  private final Map<String, Map<String, List<ParseTask.Run>>> runs = new TreeMap<>();
  /** One Hadoop configuration for every write (each new one parses Hadoop's XML defaults again). */
  private final Configuration hadoop = new Configuration();

  TableFiles(Optional<Path> previous, StagingJob.YearPlan plan, Set<String> gone, StagingJob.Batch batch) {
    this.previous = previous;
    this.plan = plan;
    this.gone = Set.copyOf(gone);
    this.skipped = batch.skipped();
    for (ParseTask.Run run : batch.runs()) {
      runs.computeIfAbsent(run.table(), t -> new TreeMap<>()).computeIfAbsent(run.bucket(), b -> new ArrayList<>()).add(run);
    }
    runs.values().forEach(byYear -> byYear.values().forEach(list -> list.sort(Comparator.comparingInt(ParseTask.Run::task))));
  }

  /** The writes of a staging table's touched years, {@code extra} (rows of any year) added. */
  List<Callable<Void>> merges(String table, StructType schema, Path version, List<Row> extra, Map<String, Long> written) {
    Comparator<Row> order = StagingSort.of(table, schema);
    Map<String, List<Row>> extraByYear = byYear(extra, order);
    Predicate<Row> keep = table.equals(StagingTables.ISSUE)
        ? row -> !gone.contains(row.getString(0)) && !StagingTables.ORIGIN_BATCH.equals(row.getAs("origin"))
        : row -> !gone.contains(row.getString(0));
    Set<String> buckets = new TreeSet<>(plan.touched());
    buckets.addAll(runs.getOrDefault(table, Map.of()).keySet());
    buckets.addAll(extraByYear.keySet());
    Optional<Path> old = previous.map(p -> p.resolve(table));
    List<Callable<Void>> writes = new ArrayList<>();
    for (String bucket : buckets) {
      writes.add(() -> {
        List<YearMerge.Source> sources = new ArrayList<>(previousSources(old, bucket, schema, keep, order, hadoop));
        sources.addAll(runSources(table, bucket, row -> true));
        sources.add(YearMerge.Source.rows(extraByYear.getOrDefault(bucket, List.of())));
        written.merge(table, YearMerge.merge(target(version, table, bucket), schema, order, sources, hadoop), Long::sum);
        return null;
      });
    }
    return writes;
  }

  /** The writes of a table whose rows the driver holds whole ({@code stg_submission}: one per submission). */
  List<Callable<Void>> rowsByYear(String table, StructType schema, Path version, List<Row> rows, Map<String, Long> written) {
    Comparator<Row> order = StagingSort.of(table, schema);
    List<Callable<Void>> writes = new ArrayList<>();
    written.merge(table, 0L, Long::sum);
    byYear(rows, order).forEach((bucket, sorted) -> writes.add(() -> {
      written.merge(table, YearMerge.merge(target(version, table, bucket), schema, order,
          List.of(YearMerge.Source.rows(sorted)), hadoop), Long::sum);
      return null;
    }));
    return writes;
  }

  /**
   * The writes of a restricted table's touched years: the previous restricted half's rows (or,
   * for staging written before names left it, its own columns), less the files read again, plus
   * this batch; school years older than the retention are left out.
   */
  List<Callable<Void>> personal(String table, Optional<Path> previousHalf, Path restrictedVersion,
      PersonalDataRetention retention, Map<String, Long> written) {
    StructType schema = StagingTables.RESTRICTED_SCHEMAS.get(table);
    Comparator<Row> order = StagingSort.of(table, schema);
    Set<String> buckets = new TreeSet<>(plan.touched());
    buckets.addAll(runs.getOrDefault(table, Map.of()).keySet());
    Optional<Path> old = previousHalf.map(p -> p.resolve(table));
    if (previousHalf.isEmpty() && previous.isPresent()) {
      // A staging version written before personal data moved out still holds it in its own tables.
      Path legacy = previous.get().resolve(table.equals(StagingTables.OFFICER_IDENTITY)
          ? StagingTables.OFFICER : StagingTables.AWARD);
      old = hasColumns(legacy, schema) ? Optional.of(legacy) : Optional.empty();
      old.ifPresent(t -> buckets.addAll(StagingLayout.buckets(t)));
    }
    Predicate<Row> kept = row -> retention.keeps(row.getString(1));
    Predicate<Row> keep = row -> !gone.contains(row.getString(0)) && kept.test(row);
    Optional<Path> source = old;
    List<Callable<Void>> writes = new ArrayList<>();
    for (String bucket : buckets) {
      if (!bucket.equals(StagingLayout.NO_YEAR) && !retention.keeps(bucket)) {
        continue;
      }
      writes.add(() -> {
        List<YearMerge.Source> sources = new ArrayList<>(previousSources(source, bucket, schema, keep, order, hadoop));
        sources.addAll(runSources(table, bucket, kept));
        written.merge(table, YearMerge.merge(target(restrictedVersion, table, bucket), schema, order, sources,
            hadoop), Long::sum);
        return null;
      });
    }
    return writes;
  }

  private static URI target(Path version, String table, String bucket) {
    return version.resolve(table).resolve(bucket).resolve(StagingJob.PART).toUri();
  }

  private List<YearMerge.Source> runSources(String table, String bucket, Predicate<Row> keep) {
    List<YearMerge.Source> sources = new ArrayList<>();
    for (ParseTask.Run run : runs.getOrDefault(table, Map.of()).getOrDefault(bucket, List.of())) {
      Set<String> skip = skipped.getOrDefault(run.task(), Set.of());
      sources.add(YearMerge.Source.file(URI.create(run.file()), row -> !skip.contains(row.getString(0)) && keep.test(row)));
    }
    return sources;
  }

  /** A previous table's rows of one year: its sorted file(s), or picked out of a flat table and sorted. */
  private static List<YearMerge.Source> previousSources(Optional<Path> table, String bucket, StructType schema,
      Predicate<Row> keep, Comparator<Row> order, Configuration hadoop) {
    if (table.isEmpty() || !Files.isDirectory(table.get())) {
      return List.of();
    }
    if (StagingLayout.flat(table.get())) {
      List<Row> rows = new ArrayList<>();
      for (Path file : StagingLayout.parquetFiles(table.get())) {
        try (ParquetRowReader reader = ParquetRowReader.open(file.toUri(), schema, hadoop)) {
          reader.forEachRemaining(row -> {
            if (bucket.equals(StagingLayout.bucket(row.getString(1))) && keep.test(row)) {
              rows.add(row);
            }
          });
        }
      }
      rows.sort(order);
      return List.of(YearMerge.Source.rows(rows));
    }
    return StagingLayout.parquetFiles(table.get().resolve(bucket)).stream()
        .map(file -> YearMerge.Source.file(file.toUri(), keep)).toList();
  }

  /** Rows grouped by their school year's folder, each group sorted. */
  private static Map<String, List<Row>> byYear(List<Row> rows, Comparator<Row> order) {
    Map<String, List<Row>> byYear = new TreeMap<>();
    for (Row row : rows) {
      byYear.computeIfAbsent(StagingLayout.bucket(row.getString(1)), b -> new ArrayList<>()).add(row);
    }
    byYear.values().forEach(list -> list.sort(order));
    return byYear;
  }

  /** Whether the files of a table have every column of {@code schema} (by the first file's footer). */
  private boolean hasColumns(Path table, StructType schema) {
    List<Path> files = StagingLayout.parquetFiles(table);
    if (files.isEmpty()) {
      return false;
    }
    try (ParquetFileReader reader = ParquetFileReader.open(
        HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(files.get(0).toUri()), hadoop))) {
      List<String> columns = reader.getFooter().getFileMetaData().getSchema().getFields().stream()
          .map(Type::getName).toList();
      return columns.containsAll(Arrays.asList(schema.fieldNames()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the footer of " + files.get(0), e);
    }
  }
}
