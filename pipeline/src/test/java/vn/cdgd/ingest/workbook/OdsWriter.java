package vn.cdgd.ingest.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCell;
import vn.cdgd.ingest.legacy.LegacyText;

/**
 * Writes OpenDocument spreadsheets in tests, as LibreOffice lays them out: the {@code mimetype}
 * part first and stored, cell fonts through automatic cell styles and declared font faces, runs
 * in another font as {@code text:span}s with a text style, empty cells and rows as repeats, and
 * a million empty repeated rows closing each sheet. {@link #fromWorkbook} turns any workbook POI
 * reads (.xlsx, .xls) into the same sheets as .ods, so a reader can be checked against POI's.
 */
public final class OdsWriter {
  private static final Pattern REF = Pattern.compile("(?<![A-Za-z0-9_.\\]])(\\$?[A-Z]{1,3}\\$?[0-9]+)(?::(\\$?[A-Z]{1,3}\\$?[0-9]+))?(?![A-Za-z0-9_(])");

  private final Map<String, String> cellStyles = new LinkedHashMap<>();
  private final Map<String, String> textStyles = new LinkedHashMap<>();
  private final Map<String, String> faces = new LinkedHashMap<>();
  private final StringBuilder body = new StringBuilder();
  private String defaultFont = "Calibri";

  /** The same sheets, values, fonts and runs as a workbook POI reads, as an .ods. */
  public static byte[] fromWorkbook(byte[] workbookBytes) {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(workbookBytes))) {
      OdsWriter writer = new OdsWriter();
      writer.defaultFont = workbook.getFontAt(0).getFontName();
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      for (Sheet sheet : workbook) {
        writer.sheet(workbook, sheet, evaluator);
      }
      return writer.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An .ods whose body (the {@code table:table} elements) and automatic styles are given. */
  public static byte[] raw(String automaticStyles, String tables) {
    return zip(content("", automaticStyles, tables), styles("Liberation Sans", ""));
  }

  /** An .ods whose whole content.xml is given (a hostile one, say). */
  public static byte[] withContent(String contentXml) {
    return zip(contentXml, styles("Liberation Sans", ""));
  }

  private void sheet(Workbook workbook, Sheet sheet, FormulaEvaluator evaluator) {
    body.append("<table:table table:name=\"").append(escape(sheet.getSheetName())).append("\">");
    body.append("<table:table-column table:number-columns-repeated=\"1024\" table:default-cell-style-name=\"Default\"/>");
    int next = 0;
    for (Row row : sheet) {
      if (row.getRowNum() > next) {
        emptyRows(row.getRowNum() - next);
      }
      body.append("<table:table-row>");
      int column = 0;
      for (Cell cell : row) {
        String xml = cell(workbook, cell, evaluator);
        if (xml == null) {
          continue;
        }
        if (cell.getColumnIndex() > column) {
          body.append("<table:table-cell table:number-columns-repeated=\"")
              .append(cell.getColumnIndex() - column).append("\"/>");
        }
        body.append(xml);
        column = cell.getColumnIndex() + 1;
      }
      body.append("<table:table-cell table:number-columns-repeated=\"").append(1024 - column).append("\"/>");
      body.append("</table:table-row>");
      next = row.getRowNum() + 1;
    }
    emptyRows(1_048_576 - next);
    body.append("</table:table>");
  }

  private void emptyRows(int count) {
    body.append("<table:table-row table:number-rows-repeated=\"").append(count)
        .append("\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>");
  }

  private String cell(Workbook workbook, Cell cell, FormulaEvaluator evaluator) {
    String font = RichTextRuns.cellFont(workbook, cell);
    String style = font.equals(defaultFont) ? "" : " table:style-name=\"" + cellStyle(font) + "\"";
    CellType type = cell.getCellType();
    String formula = "";
    if (type == CellType.FORMULA) {
      formula = " table:formula=\"" + escape(openFormula(cell.getCellFormula())) + "\"";
      boolean cached = !(cell instanceof XSSFCell x) || x.getCTCell().isSetV();
      if (!cached) {
        CellValue value = evaluator.evaluate(cell);
        return switch (value.getCellType()) {
          case NUMERIC -> number(cell, value.getNumberValue(), style + formula);
          case STRING -> "<table:table-cell office:value-type=\"string\"" + style + formula + ">"
              + paragraphs(List.of(new LegacyText.Run(value.getStringValue(), font)), font) + "</table:table-cell>";
          case BOOLEAN -> bool(value.getBooleanValue(), style + formula);
          default -> error(style + formula);
        };
      }
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case NUMERIC -> number(cell, cell.getNumericCellValue(), style + formula);
      case STRING -> "<table:table-cell office:value-type=\"string\"" + style + formula + ">"
          + paragraphs(RichTextRuns.of(workbook, cell, cell.getRichStringCellValue()), font)
          + "</table:table-cell>";
      case BOOLEAN -> bool(cell.getBooleanCellValue(), style + formula);
      case ERROR -> error(style + formula);
      default -> null;
    };
  }

  private static String number(Cell cell, double value, String attributes) {
    if (DateUtil.isCellDateFormatted(cell)) {
      LocalDateTime at = DateUtil.getLocalDateTime(value);
      String iso = at.toLocalTime().toNanoOfDay() == 0
          ? at.toLocalDate().toString()
          : at.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      return "<table:table-cell office:value-type=\"date\" office:date-value=\"" + iso + "\""
          + attributes + "><text:p>" + at.toLocalDate() + "</text:p></table:table-cell>";
    }
    String shown = WorkbookGridReader.plain(value);
    return "<table:table-cell office:value-type=\"float\" office:value=\"" + shown + "\""
        + attributes + "><text:p>" + shown + "</text:p></table:table-cell>";
  }

  private static String bool(boolean value, String attributes) {
    return "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"" + value + "\""
        + attributes + "><text:p>" + (value ? "TRUE" : "FALSE") + "</text:p></table:table-cell>";
  }

  private static String error(String attributes) {
    return "<table:table-cell office:value-type=\"string\" office:string-value=\"\""
        + " calcext:value-type=\"error\"" + attributes + "><text:p>#VALUE!</text:p></table:table-cell>";
  }

  /** Runs as paragraphs (one per line), a run in another font than the cell's as a span. */
  private String paragraphs(List<LegacyText.Run> runs, String cellFont) {
    StringBuilder out = new StringBuilder("<text:p>");
    for (LegacyText.Run run : runs) {
      String[] lines = run.text().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          out.append("</text:p><text:p>");
        }
        if (lines[i].isEmpty()) {
          continue;
        }
        String text = spaces(escape(lines[i]));
        if (run.fontName() == null || run.fontName().equals(cellFont)) {
          out.append(text);
        } else {
          out.append("<text:span text:style-name=\"").append(textStyle(run.fontName())).append("\">")
              .append(text).append("</text:span>");
        }
      }
    }
    return out.append("</text:p>").toString();
  }

  /** Two or more spaces as LibreOffice writes them: one space, then {@code text:s} for the rest. */
  private static String spaces(String text) {
    Matcher m = Pattern.compile("  +").matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int extra = m.group().length() - 1;
      m.appendReplacement(out, " <text:s" + (extra > 1 ? " text:c=\"" + extra + "\"" : "") + "/>");
    }
    m.appendTail(out);
    return out.toString().replace("\t", "<text:tab/>");
  }

  private String cellStyle(String font) {
    return cellStyles.computeIfAbsent(font, f -> "ce" + (cellStyles.size() + 1));
  }

  private String textStyle(String font) {
    return textStyles.computeIfAbsent(font, f -> "T" + (textStyles.size() + 1));
  }

  private String face(String font) {
    return faces.computeIfAbsent(font, f -> "F" + (faces.size() + 1));
  }

  /** POI's {@code SUM(E8:E10)} as OpenFormula {@code of:=SUM([.E8:.E10])}. */
  static String openFormula(String formula) {
    Matcher m = REF.matcher(formula);
    StringBuilder out = new StringBuilder("of:=");
    StringBuilder body = new StringBuilder();
    while (m.find()) {
      String ref = "[." + m.group(1) + (m.group(2) != null ? ":." + m.group(2) : "") + "]";
      m.appendReplacement(body, Matcher.quoteReplacement(ref));
    }
    m.appendTail(body);
    return out.append(body).toString();
  }

  private byte[] bytes() {
    StringBuilder automatic = new StringBuilder();
    cellStyles.forEach((font, name) -> automatic.append("<style:style style:name=\"").append(name)
        .append("\" style:family=\"table-cell\" style:parent-style-name=\"Default\">")
        .append("<style:text-properties style:font-name=\"").append(face(font)).append("\"/></style:style>"));
    textStyles.forEach((font, name) -> automatic.append("<style:style style:name=\"").append(name)
        .append("\" style:family=\"text\"><style:text-properties fo:font-family=\"'")
        .append(escape(font)).append("'\"/></style:style>"));
    StringBuilder decls = new StringBuilder();
    faces.forEach((font, name) -> decls.append("<style:font-face style:name=\"").append(name)
        .append("\" svg:font-family=\"'").append(escape(font)).append("'\"/>"));
    return zip(content(decls.toString(), automatic.toString(), body.toString()), styles(defaultFont, ""));
  }

  private static final String NAMESPACES =
      " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
          + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
          + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
          + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
          + " xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\""
          + " xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\""
          + " office:version=\"1.3\"";

  static String content(String fontFaces, String automaticStyles, String tables) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + NAMESPACES + ">"
        + "<office:font-face-decls>" + fontFaces + "</office:font-face-decls>"
        + "<office:automatic-styles>" + automaticStyles + "</office:automatic-styles>"
        + "<office:body><office:spreadsheet>" + tables + "</office:spreadsheet></office:body>"
        + "</office:document-content>";
  }

  /** styles.xml: the Default cell style in the workbook's default font. */
  static String styles(String defaultFont, String more) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles" + NAMESPACES + ">"
        + "<office:font-face-decls><style:font-face style:name=\"DefaultFace\" svg:font-family=\"'"
        + escape(defaultFont) + "'\"/></office:font-face-decls><office:styles>"
        + "<style:default-style style:family=\"table-cell\"><style:text-properties"
        + " style:font-name=\"DefaultFace\"/></style:default-style>"
        + "<style:style style:name=\"Default\" style:family=\"table-cell\"/>" + more
        + "</office:styles></office:document-styles>";
  }

  static byte[] zip(String contentXml, String stylesXml) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] mimetype = OdsGridReader.MIMETYPE.getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mimetype);
      zip.closeEntry();
      put(zip, "content.xml", contentXml);
      put(zip, "styles.xml", stylesXml);
      put(zip, "META-INF/manifest.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
              + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
              + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + OdsGridReader.MIMETYPE + "\"/>"
              + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
              + "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
              + "</manifest:manifest>");
      zip.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
