package vn.cdgd.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The benchmark's naive reader: what anyone would write first with Apache POI's user model, every
 * cell of every sheet of each workbook opened with {@link WorkbookFactory} and its value taken. It
 * neither checks nor stages anything, so cdgd's ingest should be much faster than it, not slower.
 * A file POI cannot open (a .csv, a broken workbook) costs what it cost to find out.
 */
final class NaivePoiReader {
  private NaivePoiReader() {}

  /** Returns the number of cells read. */
  static long readAll(List<Path> files, int threads) {
    return ParallelFiles.sum(files, threads, NaivePoiReader::read);
  }

  static long read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    long cells = 0;
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            Object value = switch (cell.getCellType()) {
              case STRING -> cell.getStringCellValue();
              case NUMERIC -> cell.getNumericCellValue();
              case BOOLEAN -> cell.getBooleanCellValue();
              default -> cell.toString();
            };
            if (value != null) {
              cells++;
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // not a workbook POI opens: nothing more to read
    }
    return cells;
  }
}
