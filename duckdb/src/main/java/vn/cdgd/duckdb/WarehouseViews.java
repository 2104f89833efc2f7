package vn.cdgd.duckdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The views of one published warehouse version: one per table folder, named as the folder, over
 * every Parquet file below it. Hive partition folders ({@code school_year=2019-2020}) become
 * columns and stay text ({@code hive_types_autocast = false}), so a school year reads '2019-2020'
 * and not a number or a date; {@code union_by_name} lets files written by successive builds carry
 * a column more or less.
 */
public final class WarehouseViews {
  /** Folder names that are plain SQL names; anything else (hidden, temporary) is not a table. */
  private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]*");

  private WarehouseViews() {}

  /**
   * The table folders of a version, sorted. Staging tables ({@code stg_}) are never served, even
   * if one were copied here: {@code stg_officer} holds personal data.
   */
  public static List<Path> tableFolders(Path version) {
    try (Stream<Path> list = Files.list(version)) {
      return list.filter(Files::isDirectory)
          .filter(folder -> TABLE.matcher(folder.getFileName().toString()).matches())
          .filter(folder -> !folder.getFileName().toString().startsWith("stg_"))
          .filter(WarehouseViews::holdsParquet)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the warehouse at " + version, e);
    }
  }

  /** The view over a table folder, named as the folder. */
  public static String createView(Path tableFolder) {
    return createView(tableFolder.getFileName().toString(), tableFolder);
  }

  /** A view of the given name over every Parquet file below a table folder. */
  public static String createView(String name, Path tableFolder) {
    String glob = tableFolder.resolve("**").resolve("*.parquet").toString().replace("'", "''");
    return "create view " + name + " as select * from read_parquet('" + glob
        + "', hive_partitioning = true, hive_types_autocast = false, union_by_name = true)";
  }

  private static boolean holdsParquet(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.anyMatch(file -> file.getFileName().toString().endsWith(".parquet") && Files.isRegularFile(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder, e);
    }
  }
}
