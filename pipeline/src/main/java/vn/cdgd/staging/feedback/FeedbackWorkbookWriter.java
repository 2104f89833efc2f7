package vn.cdgd.staging.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cdgd.ingest.Rule;
import vn.cdgd.ingest.workbook.EditableCopy;
import vn.cdgd.conf.ReadLimits;

/**
 * The workbooks sent back to each CĐCS: one per unit and school year that has problems, holding
 * that unit's problems only. Problems from a file whose unit could not be told get one workbook per
 * source file.
 *
 * <p>A feedback workbook is a copy of the file the school sent, in its own format ({@link
 * EditableCopy}: an .xls stays an .xls, so the clerk opens what they know and nothing is lost in a
 * conversion POI cannot do faithfully), with every wrong cell filled and commented ({@link
 * CellMarks}), behind a first sheet listing every problem with the deadline and the contact
 * ({@link FixGuideSheet}). When the file cannot be opened for marking (an .ods, Excel 5.0/95, a
 * CSV, an encrypted, corrupt or hostile file) the workbook is that list alone, as .xlsx.
 */
public final class FeedbackWorkbookWriter {

  static final String UNKNOWN_UNIT = "Khong-xac-dinh";
  /** Rules that say the file was never opened: no copy of it is attempted. */
  private static final Set<Rule> UNOPENED = EnumSet.of(Rule.FILE_UNREADABLE, Rule.FILE_ENCRYPTED);

  private static final Pattern ILLEGAL_ON_WINDOWS = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
  private static final Pattern RESERVED_ON_WINDOWS =
      Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM\\d|LPT\\d)");
  private static final int MAX_NAME_LENGTH = 150;

  /** The bytes of a received file by its path relative to the ingested folder; null if gone. */
  @FunctionalInterface
  public interface Originals {
    byte[] bytes(String relativePath);

    Originals NONE = path -> null;
  }

  private FeedbackWorkbookWriter() {}

  /**
   * Writes the workbooks into {@code folder} (created if missing, existing files of the same name
   * replaced) and returns their paths in the order of the problems.
   */
  public static List<Path> writePerUnit(
      List<ProblemRow> rows, Path folder, FeedbackTerms terms, Originals originals, ReadLimits limits) {
    Map<String, List<ProblemRow>> byRecipient = new LinkedHashMap<>();
    for (ProblemRow row : ProblemOrder.sorted(rows)) {
      String key =
          row.unitCode().isEmpty()
              ? "file\u0000" + row.file()
              : "unit\u0000" + row.unitCode() + "\u0000" + row.schoolYear();
      byRecipient.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
    List<Path> written = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (List<ProblemRow> problems : byRecipient.values()) {
      String name = unique(fileName(problems.get(0)), taken);
      written.add(write(problems, folder, name, terms, originals, limits));
    }
    return written;
  }

  private static Path write(List<ProblemRow> problems, Path folder, String name, FeedbackTerms terms,
      Originals originals, ReadLimits limits) {
    Optional<String> source = toCopy(problems);
    byte[] bytes = source.map(originals::bytes).orElse(null);
    Optional<EditableCopy.Opened> copy = bytes == null ? Optional.empty() : EditableCopy.open(bytes, limits);
    if (copy.isPresent()) {
      Workbook workbook = copy.get().workbook();
      try {
        List<ProblemRow> ofSource = problems.stream().filter(p -> p.file().equals(source.get())).toList();
        Set<ProblemRow> marked = CellMarks.mark(workbook, ofSource);
        for (Sheet sheet : workbook) {
          A4Portrait.apply(sheet);
        }
        FixGuideSheet.write(workbook, problems, terms, baseName(source.get()), marked);
      } catch (RuntimeException e) {
        // A workbook POI opens but cannot take the marks (its styles at Excel's limit, a sheet
        // it cannot lay out): the school still gets its list.
        close(workbook);
        return listOnly(problems, folder.resolve(name + ".xlsx"), terms);
      }
      Path file = folder.resolve(name + copy.get().format().extension());
      save(workbook, file);
      return file;
    }
    return listOnly(problems, folder.resolve(name + ".xlsx"), terms);
  }

  private static Path listOnly(List<ProblemRow> problems, Path file, FeedbackTerms terms) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    FixGuideSheet.write(workbook, problems, terms, null, Set.of());
    save(workbook, file);
    return file;
  }

  private static void close(Workbook workbook) {
    try {
      workbook.close();
    } catch (IOException ignored) {
      // Opened from bytes in memory: nothing to release.
    }
  }

  /**
   * The file whose copy carries the marks: of the unit's files with a cell to mark, one still
   * waiting for a correction first, then an accepted one with warnings, then one already replaced.
   */
  static Optional<String> toCopy(List<ProblemRow> problems) {
    Set<String> unopened = problems.stream().filter(p -> UNOPENED.contains(p.issue().rule()))
        .map(ProblemRow::file).collect(Collectors.toSet());
    return problems.stream()
        .filter(p -> !p.issue().cell().isBlank() && !unopened.contains(p.file()))
        .max(Comparator.comparingInt(FeedbackWorkbookWriter::urgency))
        .map(ProblemRow::file);
  }

  private static int urgency(ProblemRow problem) {
    if (!problem.accepted()) {
      return problem.fixedBy() == null ? 2 : 0;
    }
    return 1;
  }

  private static String baseName(String path) {
    String slashed = path.replace('\\', '/');
    return slashed.substring(slashed.lastIndexOf('/') + 1);
  }

  private static void save(Workbook workbook, Path file) {
    try (workbook) {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /**
   * The file name without extension, for example {@code DNO001 - Trường THCS Lê Lợi - 2019-2020}.
   */
  static String fileName(ProblemRow row) {
    List<String> parts = new ArrayList<>();
    if (row.unitCode().isEmpty()) {
      parts.add(UNKNOWN_UNIT);
      String path = row.file().replace('\\', '/');
      String name = path.substring(path.lastIndexOf('/') + 1);
      int dot = name.lastIndexOf('.');
      parts.add(dot > 0 ? name.substring(0, dot) : name);
    } else {
      parts.add(row.unitCode());
      parts.add(row.unitName());
      parts.add(row.schoolYear());
    }
    String joined =
        parts.stream()
            .map(FeedbackWorkbookWriter::safe)
            .filter(part -> !part.isEmpty())
            .collect(Collectors.joining(" - "));
    if (joined.length() > MAX_NAME_LENGTH) {
      joined = joined.substring(0, MAX_NAME_LENGTH).strip();
    }
    return RESERVED_ON_WINDOWS.matcher(joined).matches() ? joined + "_" : joined;
  }

  /** NFC, characters Windows refuses replaced by "-", no trailing dots or spaces. */
  static String safe(String part) {
    String nfc = Normalizer.normalize(part, Normalizer.Form.NFC);
    String replaced = ILLEGAL_ON_WINDOWS.matcher(nfc).replaceAll("-").strip();
    return replaced.replaceAll("[. ]+$", "");
  }

  /** Windows compares names without case, so two names differing only in case would collide. */
  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int copy = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); copy++) {
      candidate = name + " (" + copy + ")";
    }
    return candidate;
  }
}
