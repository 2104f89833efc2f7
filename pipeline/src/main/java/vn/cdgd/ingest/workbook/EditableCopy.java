package vn.cdgd.ingest.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import vn.cdgd.conf.ReadLimits;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * A school's own workbook opened with POI's user model so the feedback can mark it and write it
 * back in its own format (.xlsx as .xlsx, .xls as .xls), without what must not travel back to a
 * school: macros (VBA projects, Excel 4 macro sheets) and live links to other workbooks (formulas
 * reading another file keep their last value, names pointing at another file are dropped).
 *
 * <p>Opened within the same {@link ReadLimits} as the ingest read: a zip is walked by {@link
 * ZipGuard} first (part sizes, inflate ratio, DOCTYPE, cells per sheet) and POI's own guards are
 * set. Only .xlsx and .xls (BIFF8) files are opened; an .ods, an Excel 5.0/95 file, a CSV, an
 * encrypted, corrupt or hostile file gives nothing and the feedback is a list only.
 */
public final class EditableCopy {
  /** Parts of an .xlsx that carry code or links out: dropped with their relationships. */
  private static final Pattern UNSAFE_PART =
      Pattern.compile("(?i)xl/(vbaProject\\.bin|vbaProjectSignature.*|externalLinks/.*|macrosheets/.*|"
          + "intlMacrosheets/.*|activeX/.*|customUI/.*)|customUI/.*|_xmlsignatures/.*");
  private static final Set<String> UNSAFE_RELATIONS = Set.of(
      "vbaProject", "vbaProjectSignature", "externalLink", "xlMacrosheet", "xlIntlMacrosheet",
      "control", "activeXControlBinary", "ui/extensibility", "digital-signature/origin");
  private static final Pattern TYPE = Pattern.compile("<(Default|Override)\\b[^>]*?/>");
  private static final Pattern PART_NAME = Pattern.compile("PartName=\"/?([^\"]+)\"");
  private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship\\b[^>]*?/>");
  private static final Pattern EXTERNAL_REFERENCES =
      Pattern.compile("<(\\w+:)?externalReferences\\b.*?</(\\w+:)?externalReferences>|<(\\w+:)?externalReferences\\s*/>",
          Pattern.DOTALL);
  /** An external workbook in a formula: {@code [1]Sheet!A1} in .xlsx, {@code [Book.xls]Sheet!A1} in .xls. */
  private static final Pattern EXTERNAL_REFERENCE = Pattern.compile("\\[[^\\]]+\\][^\\[\\]]*!|\\[\\d+\\]");
  /** Functions that reach out when recalculated (the web, add-ins, other programs) and DDE's {@code app|topic}. */
  private static final Pattern REACHES_OUT =
      Pattern.compile("(?i)(\\b(_xlfn\\.)?(WEBSERVICE|FILTERXML|RTD|CALL|REGISTER|REGISTER\\.ID|EXEC)\\s*\\()|\\|");

  /** Names Excel runs as macros when the workbook opens or closes. */
  private static final Pattern AUTO_RUN = Pattern.compile("(?i)auto_(open|close|activate|deactivate).*");

  private EditableCopy() {}

  /** The format the copy is written in, which is the one the school sent. */
  public enum Format {
    XLSX(".xlsx"), XLS(".xls");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    public String extension() {
      return extension;
    }
  }

  /** An opened copy; the caller closes it. */
  public record Opened(Workbook workbook, Format format) {}

  /** The school's file opened for marking, or empty when only a list can be sent back. */
  public static Optional<Opened> open(byte[] bytes, ReadLimits limits) {
    try {
      FileMagic magic = FileMagic.valueOf(bytes);
      if (magic == FileMagic.OOXML) {
        return Optional.of(new Opened(xlsx(bytes, limits), Format.XLSX));
      }
      if (magic == FileMagic.OLE2) {
        return Optional.of(new Opened(xls(bytes, limits), Format.XLS));
      }
      return Optional.empty();
    } catch (IOException | RuntimeException | UnreadableFileException | LinkageError e) {
      // Whatever the ingest already said about this file stands; the feedback falls back to a list.
      return Optional.empty();
    }
  }

  private static Workbook xlsx(byte[] bytes, ReadLimits limits) throws IOException, UnreadableFileException {
    ReadBudget budget = new ReadBudget(limits);
    ZipGuard.Contents contents = ZipGuard.check(bytes, budget, name -> true);
    if (contents.has("mimetype") || contents.has("content.xml")) {
      throw new IOException("an OpenDocument file, not an .xlsx");
    }
    ZipGuard.refuseTooManyCells(contents, budget);
    PoiLimits.apply(limits);
    XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(withoutUnsafeParts(contents)));
    try {
      workbook.setWorkbookType(XSSFWorkbookType.XLSX);
      withoutExternalLinks(workbook);
      return workbook;
    } catch (RuntimeException e) {
      workbook.close();
      throw e;
    }
  }

  private static Workbook xls(byte[] bytes, ReadLimits limits) throws IOException {
    PoiLimits.apply(limits);
    POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
    // Not preserving the other nodes of the file drops its VBA storage (macros) and embedded objects.
    HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false);
    try {
      for (Sheet sheet : workbook) {
        long cells = 0;
        for (Row row : sheet) {
          cells += row.getPhysicalNumberOfCells();
        }
        if (cells > limits.maxCellsPerSheet()) {
          throw new IOException("sheet " + sheet.getSheetName() + " is past the cell limit");
        }
      }
      withoutExternalLinks(workbook);
      return workbook;
    } catch (IOException | RuntimeException e) {
      workbook.close();
      throw e;
    }
  }

  /** The zip again without the unsafe parts, their relationships and the workbook's list of links. */
  private static byte[] withoutUnsafeParts(ZipGuard.Contents contents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : contents.names()) {
        String bare = name.startsWith("/") ? name.substring(1) : name;
        if (UNSAFE_PART.matcher(bare).matches()) {
          continue;
        }
        byte[] part = contents.kept().get(name);
        if (part == null) {
          continue;
        }
        String lower = bare.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".rels")) {
          part = withoutUnsafeRelations(part);
        } else if (lower.equals("xl/workbook.xml")) {
          part = text(EXTERNAL_REFERENCES.matcher(text(part)).replaceAll(""));
        } else if (lower.equals("[content_types].xml")) {
          part = withoutUnsafeTypes(part);
        }
        zip.putNextEntry(new ZipEntry(bare));
        zip.write(part);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** The content types without those of the dropped parts, the workbook declared macro-free. */
  private static byte[] withoutUnsafeTypes(byte[] types) {
    String xml = text(types).replace("application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
    StringBuilder kept = new StringBuilder();
    Matcher matcher = TYPE.matcher(xml);
    while (matcher.find()) {
      String type = matcher.group();
      Matcher partName = PART_NAME.matcher(type);
      boolean unsafe = type.contains("vbaProject")
          || partName.find() && UNSAFE_PART.matcher(partName.group(1)).matches();
      matcher.appendReplacement(kept, unsafe ? "" : Matcher.quoteReplacement(type));
    }
    matcher.appendTail(kept);
    return text(kept.toString());
  }

  private static byte[] withoutUnsafeRelations(byte[] rels) {
    String xml = text(rels);
    StringBuilder kept = new StringBuilder();
    Matcher matcher = RELATIONSHIP.matcher(xml);
    while (matcher.find()) {
      String relationship = matcher.group();
      boolean unsafe = UNSAFE_RELATIONS.stream().anyMatch(type -> relationship.contains("/" + type + "\""))
          || relationship.contains("TargetMode=\"External\"") && !relationship.contains("/hyperlink\"");
      matcher.appendReplacement(kept, unsafe ? "" : Matcher.quoteReplacement(relationship));
    }
    matcher.appendTail(kept);
    return text(kept.toString());
  }

  /**
   * Formulas reading another workbook or reaching out of the spreadsheet keep their last value;
   * names pointing at another workbook go, and so do the names Excel runs when a file opens.
   */
  private static void withoutExternalLinks(Workbook workbook) {
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.FORMULA && readsAnotherWorkbook(cell)) {
            cell.removeFormula();
          }
        }
      }
    }
    List<Name> external = new ArrayList<>();
    for (Name name : workbook.getAllNames()) {
      String formula;
      try {
        formula = name.getRefersToFormula();
      } catch (RuntimeException e) {
        formula = "[";
      }
      if (formula != null && formula.contains("[") || AUTO_RUN.matcher(name.getNameName()).matches()) {
        external.add(name);
      }
    }
    external.forEach(workbook::removeName);
  }

  private static boolean readsAnotherWorkbook(Cell cell) {
    try {
      String formula = cell.getCellFormula();
      return EXTERNAL_REFERENCE.matcher(formula).find() || REACHES_OUT.matcher(formula).find();
    } catch (RuntimeException e) {
      // A formula POI cannot even render (a link to a book it no longer has) is not kept live.
      return true;
    }
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
