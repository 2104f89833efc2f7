package vn.cdgd.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The benchmark's floor: the time to merely inflate every entry of every workbook (read to
 * nowhere), on as many threads as ingest uses. No reader of .xlsx can beat it, so ingest time over
 * this floor says how much the parsing, checking and staging cost.
 */
final class InflateFloor {
  private InflateFloor() {}

  /** Returns the number of bytes inflated. */
  static long inflateAll(List<Path> files, int threads) {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> files.parallelStream().mapToLong(InflateFloor::inflate).sum()).join();
    } finally {
      pool.shutdown();
    }
  }

  private static long inflate(Path file) {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (InputStream in = Files.newInputStream(file);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          total += n;
        }
      }
    } catch (IOException e) {
      // A broken workbook of the demo's mess: it costs the floor what it cost to find out.
      return total;
    } catch (RuntimeException e) {
      throw new UncheckedIOException(new IOException(file.toString(), e));
    }
    return total;
  }
}
