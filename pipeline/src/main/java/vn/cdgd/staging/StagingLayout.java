package vn.cdgd.staging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * Where the files of a staging table live: one folder per school year, {@code
 * <version>/<table>/<school year>/part-00000.parquet}, the {@code school_year} column kept inside
 * the file, so a run rewrites only the years it touches and carries the others over unchanged.
 * Rows with no school year (a file whose year could not be read) share the folder {@value #NO_YEAR}.
 * The folders are plain names, not {@code key=value}: DuckDB and Spark add no column from them.
 *
 * <p>Staging written before this layout holds its files directly in the table's folder ("flat");
 * every reader here reads both, and the next ingest rewrites a flat version whole into folders.
 */
public final class StagingLayout {
  /** The folder of rows without a school year; not starting with {@code _} or {@code .}, which Spark skips. */
  public static final String NO_YEAR = "unknown-year";
  private static final String YEAR = "[0-9]{4}-[0-9]{4}";
  private static final Pattern YEAR_PATTERN = Pattern.compile(YEAR);

  private StagingLayout() {}

  /** The folder of a school year's rows. */
  public static String bucket(String schoolYear) {
    return schoolYear != null && YEAR_PATTERN.matcher(schoolYear).matches() ? schoolYear : NO_YEAR;
  }

  /** The same as a Spark column. */
  static Column bucket(Column schoolYear) {
    return when(schoolYear.rlike("^" + YEAR + "$"), schoolYear).otherwise(lit(NO_YEAR));
  }

  /** The year after a year's folder (whose outlier warnings compare with it); none for {@link #NO_YEAR}. */
  static Optional<String> following(String bucket) {
    if (!YEAR_PATTERN.matcher(bucket).matches()) {
      return Optional.empty();
    }
    int end = Integer.parseInt(bucket.substring(5));
    return Optional.of(end + "-" + (end + 1));
  }

  /** The year before a year's folder; none for {@link #NO_YEAR}. */
  static Optional<String> preceding(String bucket) {
    if (!YEAR_PATTERN.matcher(bucket).matches()) {
      return Optional.empty();
    }
    int start = Integer.parseInt(bucket.substring(0, 4));
    return Optional.of((start - 1) + "-" + start);
  }

  /** True when a table's folder holds its files directly (staging written before the layout by year). */
  static boolean flat(Path table) {
    return Files.isDirectory(table) && !parquetFiles(table, 1).isEmpty();
  }

  /** The year folders of a table in this layout, sorted; none for a flat or missing table. */
  static List<String> buckets(Path table) {
    if (!Files.isDirectory(table)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(table)) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith(".") && !name.startsWith("_"))
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).stream().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + table, e);
    }
  }

  /** Every Parquet file of a table, whichever layout, sorted. */
  public static List<Path> parquetFiles(Path table) {
    return parquetFiles(table, Integer.MAX_VALUE);
  }

  private static List<Path> parquetFiles(Path folder, int depth) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder, depth)) {
      return walk.filter(f -> f.getFileName().toString().endsWith(".parquet"))
          .filter(f -> !folder.relativize(f).toString().startsWith("."))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  /** DuckDB's pattern for every file of a table, in either layout ({@code **} also matches no folder). */
  public static String duckDbGlob(Path table) {
    return table.resolve("**").resolve("*.parquet").toString();
  }

  /** A table as Spark reads it, in either layout, with its declared schema. */
  public static Dataset<Row> read(SparkSession spark, Path table, StructType schema) {
    return spark.read().schema(schema).option("recursiveFileLookup", "true").parquet(table.toString());
  }
}
