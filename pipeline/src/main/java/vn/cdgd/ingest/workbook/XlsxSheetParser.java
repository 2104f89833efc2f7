package vn.cdgd.ingest.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import vn.cdgd.ingest.legacy.DecodedText;

/**
 * Reads one worksheet part into a {@link Grid}, cell for cell as {@link WorkbookGridReader} reads
 * it through POI's user model: rows and cells numbered as {@code XSSFRow}/{@code XSSFCell} number
 * them (a row or cell without {@code r} follows the last one read; a repeated row replaces the
 * earlier one), the style a cell without {@code s} takes from its column, the cached value of a
 * formula typed by {@code t}, texts decoded by their fonts and runs ({@link DecodedTexts}). A
 * formula without a usable cached value ({@link FormulaCache}) is left as a placeholder for
 * {@link StreamedFormulas}, which computes it once every sheet is read; a formula only the user
 * model reads the same way (a shared one, an array over several cells) hands the whole file over
 * ({@link NeedsUserModel}).
 */
final class XlsxSheetParser {
  private record ColumnStyle(int first, int last, int style) {}

  private final XlsxStyles styles;
  private final List<XlsxRichText> sharedStrings;
  private final ReadBudget budget;
  private String sheetName;
  private long filledCells;
  private final List<ColumnStyle> columnStyles = new ArrayList<>();
  private final TreeMap<Integer, NavigableMap<Integer, GridCell>> rows = new TreeMap<>();
  private final Map<Long, String> errorCodes = new HashMap<>();
  private int pendingFormulas;
  private boolean arrayFormulas;

  /** The row being read, and the attributes and children of its {@code <c>} being read. */
  private int rowIndex;
  private int column;
  private int style;
  private int resolvedStyle;
  private String type;
  private String formula;
  private boolean formulaCell;
  private boolean arrayFormula;
  private String value;
  private XlsxRichText inline;

  /** @param budget the file's limits: filled cells per sheet, time */
  XlsxSheetParser(XlsxStyles styles, List<XlsxRichText> sharedStrings, ReadBudget budget) {
    this.styles = styles;
    this.sharedStrings = sharedStrings;
    this.budget = budget;
  }

  XlsxSheet read(String name, byte[] part) throws NeedsUserModel, UnreadableFileException {
    sheetName = name;
    XMLStreamReader reader = XlsxXml.open(part, name);
    try {
      while (reader.hasNext()) {
        int event = XlsxXml.next(reader);
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (reader.getLocalName()) {
            case "col" -> column(reader);
            case "row" -> row(reader);
            default -> { }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT
            && "sheetData".equals(reader.getLocalName())) {
          break;
        }
      }
      reader.close();
    } catch (XMLStreamException | IllegalArgumentException | ArithmeticException e) {
      throw new NeedsUserModel(name, e);
    }
    return new XlsxSheet(name, rows, errorCodes, pendingFormulas, arrayFormulas);
  }

  private void column(XMLStreamReader reader) throws NeedsUserModel {
    String style = XlsxXml.attribute(reader, "style");
    if (style == null) {
      return;
    }
    int first = Integer.parseInt(XlsxXml.attribute(reader, "min")) - 1;
    int last = Integer.parseInt(XlsxXml.attribute(reader, "max")) - 1;
    for (ColumnStyle other : columnStyles) {
      if (first <= other.last() && other.first() <= last) {
        throw new NeedsUserModel("overlapping column styles");
      }
    }
    columnStyles.add(new ColumnStyle(first, last, Integer.parseInt(style)));
  }

  private void row(XMLStreamReader reader)
      throws XMLStreamException, NeedsUserModel, UnreadableFileException {
    String r = XlsxXml.attribute(reader, "r");
    // XSSFRow: a row without a number follows the last row read.
    rowIndex = r != null ? Math.toIntExact(Long.parseLong(r) - 1) : rows.isEmpty() ? 0 : rows.lastKey() + 1;
    if (rowIndex < 0) {
      throw new NeedsUserModel("row number " + r);
    }
    budget.checkTime();
    TreeMap<Integer, GridCell> cells = new TreeMap<>();
    int lastColumn = -1;
    while (true) {
      int event = XlsxXml.next(reader);
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (!"c".equals(reader.getLocalName())) {
        XlsxXml.skip(reader);
        continue;
      }
      cell(reader, lastColumn);
      lastColumn = Math.max(lastColumn, column);
      GridCell read = resolve();
      GridCell replaced = read == null ? cells.remove(column) : cells.put(column, read);
      if (replaced != null && XlsxSheet.isPending(replaced)) {
        pendingFormulas--;
      }
      if (read != null && read.kind() == CellKind.ERROR && read.formula() == null) {
        errorCodes.put(XlsxSheet.key(rowIndex, column), value);
      }
      if (read != null) {
        // As the user-model path counts: filled cells; formatted blanks are bounded by the part size.
        budget.checkCells(sheetName, ++filledCells);
      }
    }
    NavigableMap<Integer, GridCell> earlier = rows.put(rowIndex, cells);
    if (earlier != null) {
      // A repeated row replaces the earlier one, placeholders included.
      for (GridCell cell : earlier.values()) {
        if (XlsxSheet.isPending(cell)) {
          pendingFormulas--;
        }
      }
    }
  }

  /** Reads one {@code <c>} to its end into the fields above. */
  private void cell(XMLStreamReader reader, int lastColumn) throws XMLStreamException, NeedsUserModel {
    // One pass over the attributes: a cell is the commonest element of a workbook, and asking for
    // each attribute by name searched them three times (a tenth of the reader's time, profiled).
    String ref = null;
    String s = null;
    type = null;
    for (int i = 0, count = reader.getAttributeCount(); i < count; i++) {
      // The first of a name wins, whatever its namespace, as XlsxXml.attribute answers.
      switch (reader.getAttributeLocalName(i)) {
        case "r" -> ref = ref == null ? reader.getAttributeValue(i) : ref;
        case "s" -> s = s == null ? reader.getAttributeValue(i) : s;
        case "t" -> type = type == null ? reader.getAttributeValue(i) : type;
        default -> { }
      }
    }
    column = ref == null ? lastColumn + 1 : columnOf(ref);
    style = s == null ? -1 : Integer.parseInt(s);
    if (type == null) {
      type = "n";
    }
    formula = null;
    formulaCell = false;
    arrayFormula = false;
    value = null;
    inline = null;
    while (true) {
      int event = XlsxXml.next(reader);
      if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (reader.getLocalName()) {
        case "f" -> formula(reader);
        case "v" -> value = reader.getElementText();
        case "is" -> inline = XlsxRichText.read(reader);
        default -> XlsxXml.skip(reader);
      }
    }
  }

  private void formula(XMLStreamReader reader) throws XMLStreamException, NeedsUserModel {
    String kind = XlsxXml.attribute(reader, "t");
    String ref = XlsxXml.attribute(reader, "ref");
    String text = reader.getElementText();
    if ("dataTable".equals(kind)) {
      // POI reads a data table's cells as plain cells typed by their cached value.
      return;
    }
    if ("shared".equals(kind)) {
      // POI re-renders a shared formula for each cell through its formula parser: left to it.
      throw new NeedsUserModel("a shared formula");
    }
    if ("array".equals(kind) && ref != null && ref.contains(":") && !isOneCell(ref)) {
      throw new NeedsUserModel("an array formula over several cells");
    }
    formulaCell = true;
    arrayFormula = "array".equals(kind);
    arrayFormulas |= arrayFormula;
    formula = text;
  }

  private static boolean isOneCell(String range) {
    int colon = range.indexOf(':');
    return range.substring(0, colon).equalsIgnoreCase(range.substring(colon + 1));
  }

  /** The cell as the user-model reader gives it (row set later), or null for none. */
  private GridCell resolve() throws NeedsUserModel {
    resolvedStyle = styleIndex();
    String fontName = styles.font(resolvedStyle);
    if (formulaCell) {
      if (!FormulaCache.isUsable(type, value)) {
        if (arrayFormula) {
          throw new NeedsUserModel("an array formula without a cached value");
        }
        pendingFormulas++;
        return XlsxSheet.pending(rowIndex, column, formula, styles.isDate(resolvedStyle), fontName);
      }
      return switch (type) {
        case "n" -> number(number(true), fontName);
        case "b" -> bool(fontName);
        case "e" -> error(fontName);
        case "s", "str", "inlineStr" -> text(fontName);
        default -> throw new NeedsUserModel("cell type " + type);
      };
    }
    return switch (type) {
      case "n" -> value == null ? null : number(number(false), fontName);
      case "b" -> bool(fontName);
      case "e" -> error(fontName);
      case "s", "str", "inlineStr" -> text(fontName);
      default -> throw new NeedsUserModel("cell type " + type);
    };
  }

  /** {@code XSSFCell.getCellStyle}: its own style, else its column's, else the first. */
  private int styleIndex() throws NeedsUserModel {
    int count = styles.styleCount();
    if (count > 0 && style >= 0 && style < count) {
      return style;
    }
    int index = 0;
    for (ColumnStyle columnStyle : columnStyles) {
      if (columnStyle.first() <= column && column <= columnStyle.last()) {
        index = (short) columnStyle.style();
      }
    }
    if (index < 0 || index >= count) {
      throw new NeedsUserModel("a cell without a usable style");
    }
    return index;
  }

  private double number(boolean cached) throws NeedsUserModel {
    if (value.isEmpty()) {
      return 0.0;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new NeedsUserModel(cached ? "a formula's cached value is not a number" : "a number cell holds text");
    }
  }

  private GridCell number(double number, String fontName) {
    boolean date = DateUtil.isValidExcelDate(number) && styles.isDate(resolvedStyle);
    return new GridCell(rowIndex, column, CellKind.NUMBER, plain(number), number, date, formula, fontName);
  }

  private GridCell bool(String fontName) {
    return new GridCell(
        rowIndex, column, CellKind.BOOLEAN, "1".equals(value) ? "TRUE" : "FALSE", null, false, formula,
        fontName);
  }

  private GridCell error(String fontName) {
    String shown = formula == null ? "#LỖI" : "=" + formula;
    return new GridCell(rowIndex, column, CellKind.ERROR, shown, null, false, formula, fontName);
  }

  private GridCell text(String fontName) {
    XlsxRichText string = switch (type) {
      case "inlineStr" ->
          inline != null ? inline : XlsxRichText.plain(value != null ? value : "");
      case "str" -> XlsxRichText.plain(value != null ? value : "");
      default -> shared();
    };
    DecodedText decoded = DecodedTexts.decode(string.runs(fontName));
    return new GridCell(
        rowIndex, column, CellKind.TEXT, decoded.text(), decoded.raw(), null, false, formula, fontName,
        decoded.encoding(), decoded.alternative());
  }

  /** {@code XSSFCell.findStringValue}: an index that does not parse or points nowhere is "". */
  private XlsxRichText shared() {
    if (value == null) {
      return XlsxRichText.plain("");
    }
    try {
      int index = Integer.parseInt(value);
      if (index >= 0 && index < sharedStrings.size()) {
        return sharedStrings.get(index);
      }
    } catch (NumberFormatException e) {
      // as POI: an empty string
    }
    return XlsxRichText.plain("");
  }

  /** {@link WorkbookGridReader#plain}, without a BigDecimal for the whole numbers most cells hold. */
  static String plain(double number) {
    if (number == Math.rint(number) && Math.abs(number) < 1e15) {
      return Long.toString((long) number);
    }
    return WorkbookGridReader.plain(number);
  }

  /** The column of an A1 reference, from its letters, as {@code CellReference}. */
  static int columnOf(String ref) {
    int column = 0;
    int i = 0;
    if (i < ref.length() && ref.charAt(i) == '$') {
      i++;
    }
    int start = i;
    for (; i < ref.length(); i++) {
      char c = Character.toUpperCase(ref.charAt(i));
      if (c < 'A' || c > 'Z') {
        break;
      }
      column = column * 26 + (c - 'A' + 1);
    }
    if (i == start || i - start > 3) {
      throw new IllegalArgumentException("not a cell reference: " + ref);
    }
    return column - 1;
  }
}
