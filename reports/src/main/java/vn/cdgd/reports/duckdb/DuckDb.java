package vn.cdgd.reports.duckdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * An in-memory DuckDB that never reaches the network nor the user's home: extensions are neither
 * installed nor loaded on their own (only the built-in {@code parquet}, {@code json}, {@code icu}
 * are there, and an install attempt hangs for seconds offline), and DuckDB's home and extension
 * folders are given, or it creates {@code ~/.duckdb}. The SQL console, the reports and the build's
 * data tests all open DuckDB here.
 */
public final class DuckDb {
  private DuckDb() {}

  /** A fresh in-memory database whose home and extension folders are under {@code home}. */
  public static Connection inMemory(Path home) {
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
}
