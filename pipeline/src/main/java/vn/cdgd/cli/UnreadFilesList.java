package vn.cdgd.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import vn.cdgd.export.SpreadsheetCsv;
import vn.cdgd.staging.FileInventory;
import vn.cdgd.staging.IngestRun;

/**
 * The files of a folder that ingest did not read as submissions of their own: those skipped (not a
 * workbook, a link, unreadable) and those whose bytes another file already holds. A national folder
 * has hundreds of them; the terminal shows the first few and this list, beside the error report,
 * holds every one, so nobody has to scroll a run log to find the school whose file was a PDF.
 */
final class UnreadFilesList {
  static final String FILE_NAME = "tep-bo-qua-va-trung-noi-dung.csv";

  private UnreadFilesList() {}

  /** Writes the list into {@code folder}; returns its path, or null when every file was read. */
  static Path write(Path folder, List<FileInventory.Skipped> skipped, List<IngestRun.Duplicate> duplicates) {
    if (skipped.isEmpty() && duplicates.isEmpty()) {
      return null;
    }
    Path file = folder.resolve(FILE_NAME);
    try {
      Files.createDirectories(folder);
      try (CSVPrinter csv = SpreadsheetCsv.create(file, "tệp", "vì sao không đọc", "cùng nội dung với tệp")) {
        for (FileInventory.Skipped s : skipped) {
          SpreadsheetCsv.printRecord(csv, List.of(s.relativePath(), s.reason(), ""));
        }
        for (IngestRun.Duplicate d : duplicates) {
          SpreadsheetCsv.printRecord(csv, List.of(d.file(), "cùng nội dung với một tệp khác, chỉ tính một lần", d.sameAs()));
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
