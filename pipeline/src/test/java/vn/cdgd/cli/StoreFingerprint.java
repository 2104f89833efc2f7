package vn.cdgd.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.cdgd.Duck;
import vn.cdgd.store.VersionedStore;

/**
 * What readers of a versioned store see through its {@code current} link: each table with its
 * row count and a hash of its sorted rows, read with DuckDB as an analyst would. Version folder
 * and file names play no part, so two runs that publish the same rows have the same fingerprint.
 *
 * @param tables table → "rows:hash"; empty when nothing is published
 */
record StoreFingerprint(Map<String, String> tables) {
  static StoreFingerprint of(Path storeRoot) {
    Map<String, String> tables = new TreeMap<>();
    Path current = new VersionedStore(storeRoot).currentLink();
    if (!Files.exists(current, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return new StoreFingerprint(tables);
    }
    // A link to nowhere is not "nothing published": reading it fails and says so.
    try (Stream<Path> list = Files.list(current)) {
      for (Path table : list.filter(Files::isDirectory).toList()) {
        tables.put(table.getFileName().toString(), rowsHash(table));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + current, e);
    }
    return new StoreFingerprint(tables);
  }

  private static String rowsHash(Path table) throws IOException {
    long files;
    try (Stream<Path> walk = Files.walk(table)) {
      files = walk.filter(p -> p.getFileName().toString().endsWith(".parquet")).count();
    }
    if (files == 0) {
      return "no parquet";
    }
    List<List<String>> rows = Duck.query("select * from read_parquet('" + table + "/**/*.parquet',"
        + " hive_partitioning = true, hive_types_autocast = false) order by all");
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (List<String> row : rows) {
        digest.update(String.join("\u001f", row).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return rows.size() + ":" + HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean published() {
    return !tables.isEmpty();
  }

  @Override
  public String toString() {
    return tables.isEmpty() ? "(nothing published)" : tables.toString();
  }
}
