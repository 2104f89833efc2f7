package vn.cdgd.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The benchmark's floor: the time to read each file's bytes and inflate every entry of a zip
 * (.xlsx) to nowhere; a file that is no zip (.xls, .csv) costs its read. No reader of these files
 * can beat it, so a reader's time over this floor says what parsing, checking and staging cost.
 */
final class InflateFloor {
  private InflateFloor() {}

  /** Returns the number of bytes read or inflated. */
  static long inflateAll(List<Path> files, int threads) {
    return ParallelFiles.sum(files, threads, InflateFloor::inflate);
  }

  static long inflate(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      return bytes.length;
    }
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          total += n;
        }
      }
    } catch (IOException | RuntimeException e) {
      // A broken workbook of the demo's mess: it costs the floor what it cost to find out.
    }
    return total;
  }
}
