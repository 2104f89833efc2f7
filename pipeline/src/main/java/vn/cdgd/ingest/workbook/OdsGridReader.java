package vn.cdgd.ingest.workbook;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.cdgd.ingest.legacy.CellDecoder;
import vn.cdgd.ingest.legacy.DecodedText;
import vn.cdgd.ingest.legacy.LegacyText;

/**
 * Reads an OpenDocument spreadsheet (.ods, LibreOffice's own format) into the same {@link Grid}s
 * as an .xlsx: numbers (float, percentage, currency) by their {@code office:value}, dates as
 * Excel serial numbers marked as dates, booleans, formulas by the value LibreOffice computed, and
 * text by its runs and their fonts, so a cell typed in .VnTime or VNI-Times is decoded by {@link
 * CellDecoder} exactly as in an .xlsx. Repeated rows and columns are expanded only where they hold
 * something (a sheet ends with a million empty repeated rows), and each filled cell counts
 * towards the sheet's cell limit.
 *
 * <p>Why a StAX parse of {@code content.xml} and {@code styles.xml} rather than the ODF Toolkit
 * (odfdom-java 0.13.0, December 2026): odfdom loads the document as a DOM and brings xercesImpl,
 * which registers itself as the JVM's JAXP parser for POI, Jasper and Spark alike, plus Jena,
 * java-rdfa, BouncyCastle and commons-validator (about 17 MB of jars) for RDF metadata and
 * signatures this reader never needs. Reading cells, styles and fonts takes a few hundred lines
 * on the JDK's StAX, streams, and runs under the same secure settings (no DTD, no external
 * entities, {@link ZipGuard}'s size and ratio limits) as every other reader here.
 */
public final class OdsGridReader {
  public static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String CALCEXT =
      "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";
  /** Rows and columns past these are beyond any spreadsheet program's sheet. */
  private static final long MAX_ROWS = 1L << 20;
  private static final long MAX_COLUMNS = 1L << 14;
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final Pattern REFERENCE = Pattern.compile("\\[\\$?'?([^.\\]']*)'?\\.\\$?([A-Z]+)\\$?([0-9]+)(?::\\$?'?([^.\\]']*)'?\\.\\$?([A-Z]+)\\$?([0-9]+))?\\]");

  private OdsGridReader() {}

  /** True when a zip container's parts say it is an OpenDocument spreadsheet. */
  static boolean isOds(ZipGuard.Contents contents) {
    byte[] mimetype = contents.kept().get("mimetype");
    if (mimetype != null) {
      return new String(mimetype, StandardCharsets.US_ASCII).trim().equals(MIMETYPE);
    }
    return contents.has("content.xml") && !contents.has("[Content_Types].xml");
  }

  public static List<Grid> read(byte[] bytes, ReadBudget budget) throws UnreadableFileException {
    return read(ZipGuard.check(bytes, budget, OdsGridReader::keeps), budget);
  }

  static boolean keeps(String part) {
    return part.equals("content.xml") || part.equals("styles.xml") || part.equals("mimetype")
        || part.equals(MANIFEST);
  }

  private static final String MANIFEST = "META-INF/manifest.xml";

  static List<Grid> read(ZipGuard.Contents contents, ReadBudget budget) throws UnreadableFileException {
    byte[] manifest = contents.kept().get(MANIFEST);
    if (manifest != null && new String(manifest, StandardCharsets.UTF_8).contains("encryption-data")) {
      // LibreOffice encrypts each part and says so in the manifest: content.xml is not XML then.
      throw new UnreadableFileException(
          "Tệp .ods được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng LibreOffice, lưu lại"
              + " không kèm mật khẩu (bỏ chọn lưu với mật khẩu) rồi gửi lại.",
          true, null);
    }
    byte[] content = contents.kept().get("content.xml");
    if (content == null) {
      throw new UnreadableFileException(
          "Tệp .ods thiếu phần nội dung (content.xml) nên không đọc được. Hãy mở tệp bằng"
              + " LibreOffice, lưu lại và gửi lại.", false, null);
    }
    OdsStyles styles = new OdsStyles();
    try {
      byte[] stylesXml = contents.kept().get("styles.xml");
      if (stylesXml != null) {
        readStyles(stylesXml, styles);
      }
      return new Parse(styles, budget).tables(content);
    } catch (XMLStreamException | RuntimeException e) {
      FileLimitException limit = ZipGuard.limitIn(e);
      if (limit != null) {
        throw limit;
      }
      throw new UnreadableFileException(
          "Tệp .ods bị hỏng nên không đọc được (" + e.getClass().getSimpleName() + "). Hãy mở tệp"
              + " bằng LibreOffice, lưu lại và gửi lại.", false, e);
    }
  }

  private static void readStyles(byte[] xml, OdsStyles styles) throws XMLStreamException, UnreadableFileException {
    XMLStreamReader reader = ZipGuard.secureFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
    try {
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD) {
          throw ZipGuard.doctype("styles.xml");
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          styles.start(reader);
        }
      }
    } finally {
      reader.close();
    }
  }

  /** One cell as read, before repeats place it. */
  private record Cell(
      CellKind kind, String text, List<LegacyText.Run> runs, Double number, boolean date,
      String formula, String font) {}

  /** The reading of content.xml: a stream of tables, rows and cells. */
  private static final class Parse {
    private final OdsStyles styles;
    private final ReadBudget budget;
    private final List<Grid> grids = new ArrayList<>();
    private Grid grid;
    private long cells;
    private long row;
    /** Default cell styles of the current table's columns, by first column. */
    private final TreeMap<Long, String> columnStyles = new TreeMap<>();
    private long nextColumn;

    Parse(OdsStyles styles, ReadBudget budget) {
      this.styles = styles;
      this.budget = budget;
    }

    List<Grid> tables(byte[] content) throws XMLStreamException, UnreadableFileException {
      XMLStreamReader reader =
          ZipGuard.secureFactory().createXMLStreamReader(new ByteArrayInputStream(content));
      try {
        boolean inBody = false;
        while (reader.hasNext()) {
          int event = reader.next();
          if (event == XMLStreamConstants.DTD) {
            throw ZipGuard.doctype("content.xml");
          }
          if (event != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          String ns = reader.getNamespaceURI();
          String name = reader.getLocalName();
          if (OFFICE.equals(ns) && name.equals("body")) {
            inBody = true;
          } else if (!inBody) {
            styles.start(reader);
          } else if (TABLE.equals(ns)) {
            switch (name) {
              case "table" -> startTable(reader);
              case "table-column" -> column(reader);
              case "table-row" -> row(reader);
              default -> {
                // table:table-header-rows, table:table-rows and the like only group rows
              }
            }
          }
        }
        return grids;
      } finally {
        reader.close();
      }
    }

    private void startTable(XMLStreamReader reader) {
      grid = new Grid(attribute(reader, TABLE, "name", "Sheet" + (grids.size() + 1)));
      grids.add(grid);
      cells = 0;
      row = 0;
      columnStyles.clear();
      nextColumn = 0;
    }

    private void column(XMLStreamReader reader) {
      long repeated = repeat(reader, "number-columns-repeated");
      String style = reader.getAttributeValue(TABLE, "default-cell-style-name");
      columnStyles.put(nextColumn, style);
      nextColumn += repeated;
    }

    private String columnStyle(long column) {
      Map.Entry<Long, String> entry = columnStyles.floorEntry(column);
      return entry == null ? null : entry.getValue();
    }

    /** Reads a row to its end and places its filled cells, once per repetition. */
    private void row(XMLStreamReader reader) throws XMLStreamException, UnreadableFileException {
      budget.checkTime();
      if (grid == null) {
        startTable(reader);
      }
      long repeated = repeat(reader, "number-rows-repeated");
      List<long[]> positions = new ArrayList<>();
      List<Cell> filled = new ArrayList<>();
      long column = 0;
      int depth = 1;
      while (depth > 0 && reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = reader.getLocalName();
          if (TABLE.equals(reader.getNamespaceURI())
              && (name.equals("table-cell") || name.equals("covered-table-cell"))) {
            long columns = repeat(reader, "number-columns-repeated");
            Cell cell = cell(reader, column);
            if (cell != null) {
              positions.add(new long[] {column, columns});
              filled.add(cell);
            }
            column += columns;
          } else {
            depth++;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      if (!filled.isEmpty()) {
        for (long r = row; r < row + repeated && r < MAX_ROWS; r++) {
          for (int i = 0; i < filled.size(); i++) {
            long first = positions.get(i)[0];
            for (long c = first; c < first + positions.get(i)[1] && c < MAX_COLUMNS; c++) {
              budget.checkCells(grid.name(), ++cells);
              grid.put(gridCell((int) r, (int) c, filled.get(i)));
            }
          }
          budget.checkTime();
        }
      }
      row += repeated;
    }

    /** Reads one cell element to its end; null when it holds nothing. */
    private Cell cell(XMLStreamReader reader, long column) throws XMLStreamException {
      String type = reader.getAttributeValue(OFFICE, "value-type");
      String calcType = reader.getAttributeValue(CALCEXT, "value-type");
      String value = reader.getAttributeValue(OFFICE, "value");
      String dateValue = reader.getAttributeValue(OFFICE, "date-value");
      String timeValue = reader.getAttributeValue(OFFICE, "time-value");
      String booleanValue = reader.getAttributeValue(OFFICE, "boolean-value");
      String stringValue = reader.getAttributeValue(OFFICE, "string-value");
      String formula = formula(reader.getAttributeValue(TABLE, "formula"));
      String styleName = reader.getAttributeValue(TABLE, "style-name");
      String font = styles.cellFont(styleName != null ? styleName : columnStyle(column));
      List<LegacyText.Run> runs = paragraphs(reader, font);
      boolean hasText = runs.stream().anyMatch(run -> !run.text().isEmpty());
      if ("error".equals(calcType)) {
        return new Cell(CellKind.ERROR, formula == null ? "#LỖI" : "=" + formula, List.of(), null, false, formula, font);
      }
      if (type == null) {
        if (formula != null) {
          return new Cell(CellKind.ERROR, "=" + formula, List.of(), null, false, formula, font);
        }
        return hasText ? new Cell(CellKind.TEXT, null, runs, null, false, null, font) : null;
      }
      switch (type) {
        case "float", "percentage", "currency" -> {
          double number = Double.parseDouble(value);
          return new Cell(CellKind.NUMBER, WorkbookGridReader.plain(number), null, number, false, formula, font);
        }
        case "date" -> {
          double serial = serial(dateValue);
          return new Cell(CellKind.NUMBER, WorkbookGridReader.plain(serial), null, serial, true, formula, font);
        }
        case "time" -> {
          double fraction = Duration.parse(timeValue).toMillis() / 86_400_000d;
          return new Cell(CellKind.NUMBER, WorkbookGridReader.plain(fraction), null, fraction, true, formula, font);
        }
        case "boolean" -> {
          boolean yes = "true".equalsIgnoreCase(booleanValue);
          return new Cell(CellKind.BOOLEAN, yes ? "TRUE" : "FALSE", null, null, false, formula, font);
        }
        default -> {
          if (!hasText && stringValue != null && !stringValue.isEmpty()) {
            runs = List.of(new LegacyText.Run(stringValue, font));
            hasText = true;
          }
          return hasText || formula != null
              ? new Cell(CellKind.TEXT, null, runs, null, false, formula, font)
              : null;
        }
      }
    }

    /**
     * The text of a cell's paragraphs as runs in their fonts: a span in its text style's font,
     * else in the cell's; paragraphs joined by line breaks; comments (office:annotation) left out.
     */
    private List<LegacyText.Run> paragraphs(XMLStreamReader reader, String cellFont)
        throws XMLStreamException {
      List<LegacyText.Run> runs = new ArrayList<>();
      List<String> fonts = new ArrayList<>();
      fonts.add(cellFont);
      int depth = 1;
      int annotation = 0;
      boolean firstParagraph = true;
      while (depth > 0 && reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String ns = reader.getNamespaceURI();
          String name = reader.getLocalName();
          if (annotation > 0 || (OFFICE.equals(ns) && name.equals("annotation"))) {
            annotation++;
            fonts.add(fonts.get(fonts.size() - 1));
            continue;
          }
          String font = fonts.get(fonts.size() - 1);
          if (TEXT.equals(ns)) {
            switch (name) {
              case "p", "h" -> {
                if (!firstParagraph) {
                  runs.add(new LegacyText.Run("\n", font));
                }
                firstParagraph = false;
              }
              case "span" -> {
                String spanFont = styles.textFont(reader.getAttributeValue(TEXT, "style-name"));
                if (spanFont != null) {
                  font = spanFont;
                }
              }
              case "s" -> {
                String count = reader.getAttributeValue(TEXT, "c");
                int spaces = count == null ? 1 : (int) Math.min(Math.max(parseLong(count, 1), 1), 1000);
                runs.add(new LegacyText.Run(" ".repeat(spaces), font));
              }
              case "tab" -> runs.add(new LegacyText.Run("\t", font));
              case "line-break" -> runs.add(new LegacyText.Run("\n", font));
              default -> {
                // text:a, text:date and other fields: their text is read as it comes
              }
            }
          }
          fonts.add(font);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
          if (depth > 0) {
            fonts.remove(fonts.size() - 1);
            if (annotation > 0) {
              annotation--;
            }
          }
        } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE)
            && annotation == 0 && depth > 1) {
          runs.add(new LegacyText.Run(reader.getText(), fonts.get(fonts.size() - 1)));
        }
      }
      return merged(runs);
    }

    private GridCell gridCell(int r, int c, Cell cell) {
      if (cell.kind() == CellKind.TEXT) {
        DecodedText decoded = CellDecoder.decode(cell.runs());
        return new GridCell(r, c, CellKind.TEXT, decoded.text(), decoded.raw(), null, false,
            cell.formula(), cell.font(), decoded.encoding(), decoded.alternative());
      }
      return new GridCell(r, c, cell.kind(), cell.text(), cell.number(), cell.date(), cell.formula(), cell.font());
    }
  }

  /** Adjacent runs in the same font joined, as a rich-text run would be. */
  private static List<LegacyText.Run> merged(List<LegacyText.Run> runs) {
    List<LegacyText.Run> out = new ArrayList<>();
    for (LegacyText.Run run : runs) {
      if (!out.isEmpty() && java.util.Objects.equals(out.get(out.size() - 1).fontName(), run.fontName())) {
        LegacyText.Run last = out.remove(out.size() - 1);
        out.add(new LegacyText.Run(last.text() + run.text(), run.fontName()));
      } else {
        out.add(run);
      }
    }
    return out;
  }

  /** An ISO date or date-time as an Excel serial number (days since 1899-12-30). */
  static double serial(String isoDate) {
    if (isoDate.length() <= 10) {
      return ChronoUnit.DAYS.between(EXCEL_EPOCH, LocalDate.parse(isoDate));
    }
    LocalDateTime at = LocalDateTime.parse(isoDate.length() > 19 && isoDate.charAt(19) != '.'
        ? isoDate.substring(0, 19) : isoDate);
    long days = ChronoUnit.DAYS.between(EXCEL_EPOCH, at.toLocalDate());
    return days + at.toLocalTime().toNanoOfDay() / 86_400_000_000_000d;
  }

  /**
   * An OpenFormula as Excel writes it, for messages: {@code of:=SUM([.E8:.E10])} becomes {@code
   * SUM(E8:E10)}.
   */
  static String formula(String openFormula) {
    if (openFormula == null) {
      return null;
    }
    int equals = openFormula.indexOf('=');
    String body = equals >= 0 ? openFormula.substring(equals + 1) : openFormula;
    Matcher m = REFERENCE.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String sheet = m.group(1).isEmpty() ? "" : m.group(1) + "!";
      String ref = sheet + m.group(2) + m.group(3);
      if (m.group(5) != null) {
        ref += ":" + m.group(5) + m.group(6);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(ref));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static long repeat(XMLStreamReader reader, String attribute) {
    String value = reader.getAttributeValue(TABLE, attribute);
    return value == null ? 1 : Math.max(1, parseLong(value, 1));
  }

  private static long parseLong(String value, long fallback) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static String attribute(XMLStreamReader reader, String ns, String name, String fallback) {
    String value = reader.getAttributeValue(ns, name);
    return value == null ? fallback : value;
  }
}
