package vn.cdgd.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.Properties;

/**
 * A tiny published warehouse in a workspace, laid out as VersionedStore publishes one ({@code
 * output/warehouse/versions/v1} and a relative {@code current} link), with Parquet written by
 * DuckDB: {@code mart_indicator} partitioned by school year, {@code fct_award} by school year and a
 * non-ASCII province, {@code dim_unit} unpartitioned with one name in decomposed Unicode, and a
 * staging table with personal data that the console must not show.
 */
public final class FakeWarehouse {
  /** "Trường THCS Nguyễn Du" as "Unicode tổ hợp": letters followed by combining marks. */
  public static final String DECOMPOSED_NAME =
      Normalizer.normalize("Trường THCS Nguyễn Du", Normalizer.Form.NFD);

  private FakeWarehouse() {}

  /** Writes the warehouse into {@code workspace} and returns the published version folder. */
  public static Path publish(Path workspace) {
    Path warehouse = workspace.resolve("output/warehouse");
    Path version = warehouse.resolve("versions/v1");
    write(version.resolve("mart_indicator/school_year=2019-2020/part-0.parquet"),
        "select * from (values"
            + " ('DNO', 'all', 'all', 'I02', 94::bigint, 100::bigint, 0.94::double),"
            + " ('DNO', 'award', 'Bằng khen|LĐLĐ tỉnh|Tập thể', 'I05', 2, null, null),"
            + " ('DNO', 'award', 'Giấy khen|Công đoàn ngành|Cá nhân', 'I05', 189, null, null))"
            + " t(unit_code, breakdown, breakdown_value, indicator_code, numerator, denominator, value)");
    write(version.resolve("mart_indicator/school_year=2020-2021/part-0.parquet"),
        "select 'DNO' as unit_code, 'all' as breakdown, 'all' as breakdown_value,"
            + " 'I02' as indicator_code, 97::bigint as numerator, 100::bigint as denominator,"
            + " 0.97::double as value");
    write(version.resolve("fct_award/school_year=2019-2020/province=Đắk Nông/part-0.parquet"),
        "select 'DNO' as unit_code, 'Bằng khen' as form, 'LĐLĐ tỉnh' as level,"
            + " 'Tập thể' as recipient_type, date '2020-10-06' as decision_date");
    write(version.resolve("dim_unit/part-0.parquet"),
        "select * from (values"
            + " ('DNO', 'Công đoàn ngành Giáo dục và Đào tạo tỉnh Đắk Nông', null),"
            + " ('THCS01', '" + DECOMPOSED_NAME + "', 'DNO'))"
            + " t(unit_code, unit_name, parent_code)");
    link(warehouse.resolve("current"), Path.of("versions/v1"));
    Path staging = workspace.resolve("output/staging/versions/s1");
    write(staging.resolve("stg_officer/part-0.parquet"),
        "select 'Nguyễn Thị Hoa' as full_name, 1980 as birth_year");
    link(workspace.resolve("output/staging/current"), Path.of("versions/s1"));
    return version;
  }

  /** Publishes another version (as a later build would) and points {@code current} at it. */
  public static Path publishSecondVersion(Path workspace) {
    Path warehouse = workspace.resolve("output/warehouse");
    Path version = warehouse.resolve("versions/v2");
    write(version.resolve("dim_unit/part-0.parquet"), "select 'MOI' as unit_code, 'Đơn vị mới' as unit_name");
    try {
      Files.delete(warehouse.resolve("current"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    link(warehouse.resolve("current"), Path.of("versions/v2"));
    return version;
  }

  private static void write(Path file, String select) {
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Properties properties = new Properties();
    properties.setProperty("autoinstall_known_extensions", "false");
    properties.setProperty("autoload_known_extensions", "false");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:", properties);
        Statement statement = connection.createStatement()) {
      statement.execute("copy (" + select + ") to '" + file.toString().replace("'", "''")
          + "' (format parquet)");
    } catch (SQLException e) {
      throw new IllegalStateException(select, e);
    }
  }

  private static void link(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
