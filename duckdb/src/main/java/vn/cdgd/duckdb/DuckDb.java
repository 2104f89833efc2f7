package vn.cdgd.duckdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * An in-memory DuckDB that never reaches the network nor the user's home: extensions are neither
 * installed nor loaded on their own (only the built-in {@code parquet}, {@code json}, {@code icu}
 * are there, and an install attempt hangs for seconds offline), and DuckDB's home and extension
 * folders are given, or it creates {@code ~/.duckdb}. The SQL console, the reports and the build's
 * data tests all open DuckDB here, and each {@link #lockTo locks it} to the one warehouse version it
 * reads once its views are created.
 */
public final class DuckDb {
  private DuckDb() {}

  /** A fresh in-memory database whose home and extension folders are under {@code home}. */
  public static Connection inMemory(Path home) {
    if (home.getFileSystem() != java.nio.file.FileSystems.getDefault()) {
      // A workspace on HDFS: DuckDB's home and extension folders can only be local.
      home = Path.of(System.getProperty("java.io.tmpdir"), "cdgd-duckdb");
    }
    try {
      // The driver unpacks its native library into java.io.tmpdir, which must exist.
      Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + home, e);
    }
    Properties properties = new Properties();
    properties.setProperty("autoinstall_known_extensions", "false");
    properties.setProperty("autoload_known_extensions", "false");
    properties.setProperty("home_directory", home.toString());
    properties.setProperty("extension_directory", home.resolve("extensions").toString());
    try {
      return DriverManager.getConnection("jdbc:duckdb:", properties);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot start DuckDB: " + e.getMessage(), e);
    }
  }

  /**
   * Closes DuckDB's door to everything but {@code version}: files are read only below that folder
   * (the views over it keep working; {@code read_csv('/etc/passwd')}, a glob over staging or a
   * {@code COPY} outside it fail with a "Permission Error"), no extension is installed or loaded,
   * and the configuration is locked so that no {@code SET} can open the door again. The order is
   * DuckDB's: the allowed folder first, then external access off, then the lock. The lock does not
   * stop statements that write in memory or into the allowed folder: a console that takes SQL from
   * people must also refuse every statement that is not a read (see {@code ReadOnlyGate}).
   */
  public static void lockTo(Connection connection, Path version) {
    String folder;
    try {
      folder = version.toRealPath().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + version, e);
    }
    String allowed = (folder.endsWith("/") ? folder : folder + "/").replace("'", "''");
    try (Statement statement = connection.createStatement()) {
      statement.execute("set allowed_directories = ['" + allowed + "']");
      statement.execute("set enable_external_access = false");
      statement.execute("set lock_configuration = true");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot lock DuckDB to " + version + ": " + e.getMessage(), e);
    }
  }
}
