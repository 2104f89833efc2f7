package vn.cdgd.ingest.hostile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.cdgd.Duck;

/**
 * Looks for a string in everything under a folder as a reader would see it: Parquet through
 * DuckDB (its pages are compressed), XLSX parts inflated, every other file as bytes.
 */
final class OutputScan {
  record Result(List<Path> containing, int filesScanned) {}

  private OutputScan() {}

  /**
   * Files under {@code skipInflating} are searched as bytes only: they are copies of received files
   * (the zip bomb among them), which other checks compare byte for byte with what was received.
   */
  static Result find(Path folder, Path skipInflating, String text) {
    List<Path> containing = new ArrayList<>();
    int scanned = 0;
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        scanned++;
        if (contains(file, text, !file.startsWith(skipInflating))) {
          containing.add(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(containing, scanned);
  }

  private static boolean contains(Path file, String text, boolean inflate) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (new String(bytes, StandardCharsets.ISO_8859_1).contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
      return true;
    }
    String name = file.getFileName().toString();
    if (name.endsWith(".parquet")) {
      return Duck.query("select * from read_parquet('" + file + "')").toString().contains(text);
    }
    if (name.endsWith(".xlsx") && inflate) {
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          if (new String(zip.readAllBytes(), StandardCharsets.UTF_8).contains(text)) {
            return true;
          }
        }
      } catch (IOException e) {
        // A rejected copy that is not a ZIP was already searched as bytes.
      }
    }
    return false;
  }
}
