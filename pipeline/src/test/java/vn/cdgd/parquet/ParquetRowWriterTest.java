package vn.cdgd.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.Duck;
import vn.cdgd.LocalSpark;

/**
 * The Parquet row writer gives the files Spark's writer gives: the same Parquet schema and Spark
 * footer, rows that Spark, DuckDB and the row reader read back as written (every type, nulls, the
 * values at the edges), the same bytes for the same rows, and an empty file that still has its
 * columns.
 */
class ParquetRowWriterTest {
  private static final StructType SCHEMA = new StructType()
      .add("name", DataTypes.StringType)
      .add("count", DataTypes.IntegerType)
      .add("total", DataTypes.LongType)
      .add("share", DataTypes.DoubleType)
      .add("ok", DataTypes.BooleanType)
      .add("day", DataTypes.DateType)
      .add("at", DataTypes.TimestampType)
      .add("local_at", DataTypes.TimestampNTZType)
      .add("small", DataTypes.createDecimalType(5, 2))
      .add("money", DataTypes.createDecimalType(15, 3))
      .add("huge", DataTypes.createDecimalType(30, 4))
      .add("id", DataTypes.StringType, false);

  private static final List<Row> ROWS = List.of(
      RowFactory.create("Trường Mầm non Hoa Sen", 38, 12_345_678_901L, 0.375, true, LocalDate.of(2019, 9, 5),
          Instant.parse("2020-09-25T03:15:00.123456Z"), LocalDateTime.of(2020, 9, 25, 10, 15, 0, 654_321_000),
          new BigDecimal("123.45"), new BigDecimal("-123456789012.345"),
          new BigDecimal("-12345678901234567890123456.7891"), "a"),
      RowFactory.create(null, null, null, null, null, null, null, null, null, null, null, "b"),
      RowFactory.create("", Integer.MIN_VALUE, Long.MAX_VALUE, -0.0, false, LocalDate.of(1900, 1, 1),
          Instant.parse("1969-12-31T23:59:59.999999Z"), LocalDateTime.of(1800, 1, 1, 0, 0),
          new BigDecimal("-999.99"), new BigDecimal("0.001"), new BigDecimal("1.0000"), "c"));

  @Test
  void rowsComeBackAsWritten(@TempDir Path dir) {
    URI file = dir.resolve("t/part-00000.parquet").toUri();
    assertThat(ParquetRowWriter.write(file, SCHEMA, ROWS.iterator(), new Configuration())).isEqualTo(3);
    assertThat(read(file, SCHEMA)).containsExactlyElementsOf(ROWS);
    // No Hadoop checksum file beside the table's file.
    assertThat(dir.resolve("t").toFile().list()).containsExactly("part-00000.parquet");
  }

  @Test
  void columnsAreMatchedByNameAndMissingOnesReadAsNull(@TempDir Path dir) {
    URI file = dir.resolve("a.parquet").toUri();
    StructType two = new StructType().add("id", DataTypes.StringType).add("count", DataTypes.IntegerType);
    ParquetRowWriter.write(file, two, List.of(RowFactory.create("x", 7)).iterator(), new Configuration());
    StructType wanted = new StructType().add("count", DataTypes.IntegerType).add("read_with", DataTypes.StringType)
        .add("id", DataTypes.StringType);
    assertThat(read(file, wanted)).containsExactly(RowFactory.create(7, null, "x"));
  }

  @Test
  void sparkWritesTheSameSchemaAndReadsTheSameRows(@TempDir Path dir) throws IOException {
    SparkSession spark = LocalSpark.get();
    Path ours = dir.resolve("ours.parquet");
    ParquetRowWriter.write(ours.toUri(), SCHEMA, ROWS.iterator(), new Configuration());

    String before = spark.conf().get("spark.sql.parquet.outputTimestampType");
    spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    Path theirs = dir.resolve("spark");
    try {
      spark.createDataFrame(ROWS, SCHEMA).coalesce(1).write().parquet(theirs.toString());
    } finally {
      spark.conf().set("spark.sql.parquet.outputTimestampType", before);
    }
    Path sparkFile;
    try (var list = Files.list(theirs)) {
      sparkFile = list.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
    FileMetaData mine = footer(ours);
    FileMetaData spark4 = footer(sparkFile);
    assertThat(mine.getSchema()).isEqualTo(spark4.getSchema());
    assertThat(mine.getKeyValueMetaData()).isEqualTo(spark4.getKeyValueMetaData());

    // Spark infers the Catalyst schema from the footer and reads the values written.
    // (Spark reads every column as nullable, whatever the file says.)
    var frame = spark.read().parquet(ours.toString());
    assertThat(frame.schema().json()).isEqualTo(SCHEMA.asNullable().json());
    List<List<Object>> fromSpark = new ArrayList<>();
    for (Row row : spark.read().schema(SCHEMA).parquet(ours.toString()).collectAsList()) {
      fromSpark.add(javaTime(row));
    }
    List<List<Object>> written = ROWS.stream().map(ParquetRowWriterTest::javaTime).toList();
    assertThat(fromSpark).containsExactlyElementsOf(written);

    // DuckDB reads both files to the same types and values.
    String sparkColumns = "select column_name, column_type from (describe select * from read_parquet('%s'))";
    assertThat(Duck.query(sparkColumns.formatted(ours))).isEqualTo(Duck.query(sparkColumns.formatted(sparkFile)));
    assertThat(Duck.query("select * from read_parquet('" + ours + "') order by id"))
        .isEqualTo(Duck.query("select * from read_parquet('" + sparkFile + "') order by id"));
    assertThat(Duck.query("select name, count, total, day, local_at, small, money, huge from read_parquet('" + ours
        + "') where id = 'a'")).containsExactly(List.of("Trường Mầm non Hoa Sen", "38", "12345678901", "2019-09-05",
            "2020-09-25 10:15:00.654321", "123.45", "-123456789012.345", "-12345678901234567890123456.7891"));
  }

  @Test
  void theSameRowsGiveTheSameBytes(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("1.parquet");
    Path second = dir.resolve("2.parquet");
    ParquetRowWriter.write(first.toUri(), SCHEMA, ROWS.iterator(), new Configuration());
    ParquetRowWriter.write(second.toUri(), SCHEMA, ROWS.iterator(), new Configuration());
    assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
  }

  @Test
  void anEmptyFileHasItsColumns(@TempDir Path dir) {
    Path empty = dir.resolve("empty.parquet");
    assertThat(ParquetRowWriter.write(empty.toUri(), SCHEMA, List.<Row>of().iterator(), new Configuration())).isZero();
    assertThat(read(empty.toUri(), SCHEMA)).isEmpty();
    assertThat(Duck.query("select column_name from (describe select * from read_parquet('" + empty + "'))"))
        .extracting(r -> r.get(0)).containsExactly(SCHEMA.fieldNames());
    assertThat(Duck.single("select count(*) from read_parquet('" + empty + "')")).isEqualTo("0");
    var frame = LocalSpark.get().read().parquet(empty.toString());
    assertThat(frame.schema().json()).isEqualTo(SCHEMA.asNullable().json());
    assertThat(frame.count()).isZero();
  }

  private static List<Row> read(URI file, StructType schema) {
    List<Row> rows = new ArrayList<>();
    try (ParquetRowReader reader = ParquetRowReader.open(file, schema, new Configuration())) {
      reader.forEachRemaining(rows::add);
    }
    return rows;
  }

  private static FileMetaData footer(Path file) throws IOException {
    try (ParquetFileReader reader = ParquetFileReader.open(
        HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
      return reader.getFooter().getFileMetaData();
    }
  }

  /** A row's values with Spark's java.sql dates and timestamps as the java.time values they stand for. */
  private static List<Object> javaTime(Row row) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < row.length(); i++) {
      Object v = row.get(i);
      if (v instanceof java.sql.Date d) {
        v = d.toLocalDate();
      } else if (v instanceof java.sql.Timestamp t) {
        v = t.toInstant();
      }
      values.add(v);
    }
    return values;
  }
}
