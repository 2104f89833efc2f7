package vn.cdgd.ingest.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What the reader needs of {@code xl/styles.xml}: for each cell style ({@code cellXfs}), the name
 * of its font and whether its number format is a date. Resolved as POI's {@code XSSFCellStyle}
 * does (the style's own font, else its parent {@code cellStyleXfs} entry's; a custom number
 * format before a built-in one of the same id; {@link DateUtil#isADateFormat} decides dates), so
 * the streaming reader sees the fonts and dates the user model sees. A style POI could not
 * resolve (a font index past the list) hands the file to the user model.
 */
final class XlsxStyles {
  private static final String DEFAULT_FONT = "Calibri";

  private record Xf(boolean hasFontId, int fontId, int numFmtId, int xfId) {}

  private final List<String> fonts = new ArrayList<>();
  private final List<Xf> cellStyleXfs = new ArrayList<>();
  private final List<Xf> cellXfs = new ArrayList<>();
  private final Map<Short, String> formats = new HashMap<>();
  private String[] fontOfStyle;
  private boolean[] fontResolved;
  private byte[] dateOfStyle;

  private XlsxStyles() {}

  int styleCount() {
    return cellXfs.size();
  }

  /** The font name of cell style {@code index}, which must be below {@link #styleCount}. */
  String font(int index) throws NeedsUserModel {
    if (!fontResolved[index]) {
      fontOfStyle[index] = resolveFont(cellXfs.get(index));
      fontResolved[index] = true;
    }
    return fontOfStyle[index];
  }

  /** Whether cell style {@code index} formats numbers as dates. */
  boolean isDate(int index) {
    if (dateOfStyle[index] == 0) {
      int formatIndex = (short) cellXfs.get(index).numFmtId();
      String format = formats.get((short) formatIndex);
      if (format == null) {
        format = BuiltinFormats.getBuiltinFormat(formatIndex & 0xffff);
      }
      dateOfStyle[index] = DateUtil.isADateFormat(formatIndex, format) ? (byte) 1 : (byte) 2;
    }
    return dateOfStyle[index] == 1;
  }

  private String resolveFont(Xf xf) throws NeedsUserModel {
    int fontId;
    if (xf.hasFontId()) {
      fontId = xf.fontId();
    } else {
      int parent = xf.xfId() > 0 ? xf.xfId() : 0;
      if (parent >= cellStyleXfs.size()) {
        throw new NeedsUserModel("a cell style without a font and without its parent style");
      }
      fontId = cellStyleXfs.get(parent).fontId();
    }
    if (fontId < 0 || fontId >= fonts.size()) {
      throw new NeedsUserModel("a cell style's font " + fontId + " is not in the font list");
    }
    return fonts.get(fontId);
  }

  static XlsxStyles read(byte[] part) throws NeedsUserModel {
    if (part == null) {
      throw new NeedsUserModel("no styles part");
    }
    XlsxStyles styles = new XlsxStyles();
    XMLStreamReader reader = XlsxXml.open(part, "styles");
    try {
      List<Xf> xfs = null;
      while (reader.hasNext()) {
        int event = XlsxXml.next(reader);
        if (event == XMLStreamConstants.END_ELEMENT) {
          String name = reader.getLocalName();
          if (name.equals("cellXfs") || name.equals("cellStyleXfs")) {
            xfs = null;
          }
          continue;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (reader.getLocalName()) {
          case "numFmt" -> {
            String id = XlsxXml.attribute(reader, "numFmtId");
            String code = XlsxXml.attribute(reader, "formatCode");
            if (id != null) {
              styles.formats.put((short) Long.parseLong(id), code);
            }
          }
          case "fonts" -> readFonts(reader, styles.fonts);
          case "cellStyleXfs" -> xfs = styles.cellStyleXfs;
          case "cellXfs" -> xfs = styles.cellXfs;
          case "xf" -> {
            if (xfs != null) {
              xfs.add(xf(reader));
            }
            XlsxXml.skip(reader);
          }
          case "dxfs", "tableStyles", "colors", "extLst" -> XlsxXml.skip(reader);
          default -> { }
        }
      }
      reader.close();
    } catch (XMLStreamException | RuntimeException e) {
      throw new NeedsUserModel("styles", e);
    }
    styles.fontOfStyle = new String[styles.cellXfs.size()];
    styles.fontResolved = new boolean[styles.cellXfs.size()];
    styles.dateOfStyle = new byte[styles.cellXfs.size()];
    return styles;
  }

  private static void readFonts(XMLStreamReader reader, List<String> fonts)
      throws XMLStreamException, NeedsUserModel {
    while (true) {
      int event = XlsxXml.next(reader);
      if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if ("font".equals(reader.getLocalName())) {
          fonts.add(fontName(reader));
        } else {
          XlsxXml.skip(reader);
        }
      }
    }
  }

  /** {@code XSSFFont.getFontName}: the first {@code <name>}'s value, Calibri without one. */
  private static String fontName(XMLStreamReader reader) throws XMLStreamException, NeedsUserModel {
    String name = DEFAULT_FONT;
    boolean named = false;
    while (true) {
      int event = XlsxXml.next(reader);
      if (event == XMLStreamConstants.END_ELEMENT) {
        return name;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if ("name".equals(reader.getLocalName()) && !named) {
          named = true;
          name = XlsxXml.attribute(reader, "val");
        }
        XlsxXml.skip(reader);
      }
    }
  }

  private static Xf xf(XMLStreamReader reader) {
    String fontId = XlsxXml.attribute(reader, "fontId");
    return new Xf(
        fontId != null,
        fontId == null ? 0 : Math.toIntExact(Long.parseLong(fontId)),
        (int) number(XlsxXml.attribute(reader, "numFmtId")),
        (int) number(XlsxXml.attribute(reader, "xfId")));
  }

  private static long number(String value) {
    return value == null ? 0 : Long.parseLong(value);
  }
}
