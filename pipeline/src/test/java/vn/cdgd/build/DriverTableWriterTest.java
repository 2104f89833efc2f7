package vn.cdgd.build;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.Duck;
import vn.cdgd.SparkTestBase;
import vn.cdgd.warehouse.Schemas;

/**
 * A table written on the driver is the table Spark's writer gives the same rows: the same folders
 * by year (a null year in Spark's default folder), the same rows in the same order in each file,
 * the same columns, and an empty table by year as one file with every column.
 */
class DriverTableWriterTest {
  private static final StructType SCHEMA = Schemas.of("school_year", StringType, "unit_code", StringType,
      "rated", BooleanType, "officers", LongType, "depth", IntegerType, "since", DateType, "value", DoubleType);

  @TempDir Path root;

  private static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    // Unsorted, with nulls in sort columns, Vietnamese letters (Đ sorts after every ASCII letter by
    // bytes), upper and lower case, and null and negative numbers.
    rows.add(RowFactory.create("2019-2020", "Đắk Nông", true, 3L, 1, Date.valueOf("2020-01-02"), 0.5));
    rows.add(RowFactory.create("2019-2020", "Zeta", false, null, 2, null, null));
    rows.add(RowFactory.create("2018-2019", "alpha", null, 7L, 0, Date.valueOf("2018-09-05"), 1.0));
    rows.add(RowFactory.create("2019-2020", null, true, 1L, 3, Date.valueOf("2019-12-31"), 2.5));
    rows.add(RowFactory.create("2018-2019", "Alpha", true, 7L, 0, Date.valueOf("2018-09-05"), -1.0));
    rows.add(RowFactory.create(null, "U9", false, 2L, 1, Date.valueOf("2020-05-01"), 4.0));
    rows.add(RowFactory.create("2019-2020", "Zeta", false, 5L, 2, null, 9.0));
    rows.add(RowFactory.create("2019-2020", "Zeta", true, -4L, 2, Date.valueOf("2019-01-01"), 3.0));
    return rows;
  }

  @Test
  void writesWhatSparksWriterWritesByYear() throws IOException {
    SparkSession spark = SparkTestBase.spark();
    Path bySpark = root.resolve("spark");
    Path onDriver = root.resolve("driver");
    long sparkRows = WarehouseWriter.write(spark, "fct_x", spark.createDataFrame(rows(), SCHEMA), bySpark, true);
    long driverRows = DriverTableWriter.write("fct_x", rows(), SCHEMA, onDriver, spark.sparkContext().hadoopConfiguration());

    assertThat(driverRows).isEqualTo(sparkRows).isEqualTo(8);
    assertThat(folders(onDriver.resolve("fct_x")))
        .containsExactly("school_year=2018-2019", "school_year=2019-2020", "school_year=__HIVE_DEFAULT_PARTITION__")
        .isEqualTo(folders(bySpark.resolve("fct_x")));
    for (String folder : folders(bySpark.resolve("fct_x"))) {
      assertThat(fileRows(onDriver.resolve("fct_x").resolve(folder)))
          .as(folder).isEqualTo(fileRows(bySpark.resolve("fct_x").resolve(folder))).isNotEmpty();
    }
    assertThat(fileRows(onDriver.resolve("fct_x").resolve("school_year=2019-2020"))).containsExactly(
        List.of("null", "true", "1", "3", "2019-12-31", "2.5"),
        List.of("Zeta", "false", "null", "2", "null", "null"),
        List.of("Zeta", "false", "5", "2", "null", "9.0"),
        List.of("Zeta", "true", "-4", "2", "2019-01-01", "3.0"),
        List.of("Đắk Nông", "true", "3", "1", "2020-01-02", "0.5"));
    assertThat(columns(onDriver.resolve("fct_x"))).isEqualTo(columns(bySpark.resolve("fct_x")));
  }

  @Test
  void writesAnUnpartitionedTableAsOneSortedFile() throws IOException {
    SparkSession spark = SparkTestBase.spark();
    Path bySpark = root.resolve("spark");
    Path onDriver = root.resolve("driver");
    WarehouseWriter.write(spark, "dim_school_year", spark.createDataFrame(rows(), SCHEMA), bySpark, true);
    DriverTableWriter.write("dim_school_year", rows(), SCHEMA, onDriver, spark.sparkContext().hadoopConfiguration());

    assertThat(folders(onDriver.resolve("dim_school_year"))).isEmpty();
    assertThat(fileRows(onDriver.resolve("dim_school_year"))).hasSize(8)
        .isEqualTo(fileRows(bySpark.resolve("dim_school_year")));
  }

  @Test
  void writesAnEmptyTableByYearAsOneFileWithEveryColumn() throws IOException {
    SparkSession spark = SparkTestBase.spark();
    Path bySpark = root.resolve("spark");
    Path onDriver = root.resolve("driver");
    WarehouseWriter.write(spark, "fct_x", spark.createDataFrame(List.of(), SCHEMA), bySpark, true);
    long written = DriverTableWriter.write("fct_x", List.of(), SCHEMA, onDriver, spark.sparkContext().hadoopConfiguration());

    assertThat(written).isZero();
    assertThat(folders(onDriver.resolve("fct_x"))).isEmpty();
    assertThat(columns(onDriver.resolve("fct_x"))).isEqualTo(columns(bySpark.resolve("fct_x")))
        .startsWith("school_year VARCHAR", "unit_code VARCHAR");
    assertThat(Duck.single("select count(*) from read_parquet('" + onDriver.resolve("fct_x") + "/*.parquet')")).isEqualTo("0");
  }

  private static List<String> folders(Path table) throws IOException {
    try (Stream<Path> list = Files.list(table)) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The rows of the one Parquet file in a folder, in the file's order, every value as text. */
  private static List<List<String>> fileRows(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList();
    }
    assertThat(files).as("Parquet files in " + folder).hasSize(1);
    List<String> columns = Duck.query("select column_name from (describe select * from read_parquet('" + files.get(0)
        + "', hive_partitioning = false))").stream().map(r -> r.get(0)).toList();
    String text = String.join(", ", columns.stream().map(c -> "coalesce(cast(\"" + c + "\" as varchar), 'null')").toList());
    return Duck.query("select " + text + " from read_parquet('" + files.get(0) + "', hive_partitioning = false)");
  }

  private static List<String> columns(Path table) {
    return Duck.query("select column_name || ' ' || column_type from (describe select * from read_parquet('" + table
        + "/**/*.parquet', hive_partitioning = true, hive_types_autocast = false, union_by_name = true))")
        .stream().map(r -> r.get(0)).toList();
  }
}
