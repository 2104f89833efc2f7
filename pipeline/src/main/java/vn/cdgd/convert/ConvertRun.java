package vn.cdgd.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;
import vn.cdgd.export.SpreadsheetCsv;

/**
 * Converts one workbook or every workbook below a folder, each into {@code <name> (Unicode).<ext>}
 * in the output folder (keeping sub-folders), and writes the report CSV there: one row per cell
 * changed or left in doubt. Copies already converted and Excel's lock files are skipped.
 */
public final class ConvertRun {
  /** Marks a converted copy; such files are never converted again. */
  public static final String SUFFIX = " (Unicode)";
  public static final String REPORT = "bao-cao-chuyen-ma.csv";

  public record Report(List<ConvertedFile> files, Path reportCsv) {}

  private ConvertRun() {}

  /** The workbooks to convert: the file itself, or every workbook below the folder, sorted. */
  public static List<Path> workbooks(Path input) throws IOException {
    if (Files.isRegularFile(input)) {
      return List.of(input);
    }
    try (Stream<Path> files = Files.walk(input)) {
      // A link is not followed: it may point anywhere, and its target is converted where it lies.
      return files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).filter(ConvertRun::isWorkbook).sorted().toList();
    }
  }

  static boolean isWorkbook(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm"))
        && !name.startsWith("~$") && !baseName(name).endsWith(SUFFIX);
  }

  public static Report run(Path input, Path outputFolder) throws IOException {
    Path root = Files.isRegularFile(input) ? input.getParent() : input;
    List<ConvertedFile> results = new ArrayList<>();
    for (Path workbook : workbooks(input)) {
      Path relative = root.relativize(workbook);
      Path parent = relative.getParent() == null ? outputFolder : outputFolder.resolve(relative.getParent());
      results.add(WorkbookConverter.convert(workbook, parent.resolve(outputName(workbook))));
    }
    Files.createDirectories(outputFolder);
    Path csv = outputFolder.resolve(REPORT);
    writeCsv(csv, root, results);
    return new Report(results, csv);
  }

  static String outputName(Path workbook) {
    String name = workbook.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return baseName(name) + SUFFIX + name.substring(dot);
  }

  private static String baseName(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  private static void writeCsv(Path csv, Path root, List<ConvertedFile> results) throws IOException {
    try (CSVPrinter printer = SpreadsheetCsv.create(
        csv, "file", "sheet", "cell", "action", "encoding", "before", "after", "other_reading")) {
      for (ConvertedFile file : results) {
        String name = root.relativize(file.input()).toString();
        if (file.failure() != null) {
          SpreadsheetCsv.printRecord(printer, List.of(name, "", "", "không chuyển được", "", "", "", file.failure()));
          continue;
        }
        for (ConvertedFile.CellChange change : file.changes()) {
          SpreadsheetCsv.printRecord(printer, List.of(name, change.sheet(), change.cell(),
              change.uncertain() ? "không chắc, giữ nguyên" : "đã chuyển",
              change.encoding().name(), change.before(), change.after(),
              change.alternative() == null ? "" : change.alternative()));
        }
      }
    }
  }
}
