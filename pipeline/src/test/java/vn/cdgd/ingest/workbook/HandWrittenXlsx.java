package vn.cdgd.ingest.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An .xlsx package written part by part, for the shapes no spreadsheet program here writes (cells
 * and rows without numbers, inline strings, shared formulas, a formula with an empty cached
 * value…): both readers must read them alike.
 */
final class HandWrittenXlsx {
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private final Map<String, String> sheets = new LinkedHashMap<>();
  private String styles = defaultStyles();
  private String sharedStrings;
  private String workbookProperties = "";

  HandWrittenXlsx sheet(String name, String sheetData) {
    sheets.put(name, sheetData);
    return this;
  }

  HandWrittenXlsx styles(String styles) {
    this.styles = styles;
    return this;
  }

  HandWrittenXlsx sharedStrings(String... items) {
    this.sharedStrings = "<sst xmlns=\"" + MAIN + "\">" + String.join("", items) + "</sst>";
    return this;
  }

  HandWrittenXlsx date1904() {
    workbookProperties = "<workbookPr date1904=\"1\"/>";
    return this;
  }

  /** Fonts Arial (0), .VnTime (1), VNI-Times (2); styles 0 Arial, 1 .VnTime, 2 a dd/mm/yyyy date, 3 VNI-Times. */
  static String defaultStyles() {
    return "<styleSheet xmlns=\"" + MAIN + "\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy;@\"/></numFmts>"
        + "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Arial\"/></font>"
        + "<font><name val=\".VnTime\"/></font><font><b/><name val=\"VNI-Times\"/></font></fonts>"
        + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
        + "<borders count=\"1\"><border/></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"2\" xfId=\"0\"/></cellXfs>"
        + "<dxfs count=\"1\"><dxf><font><name val=\"Wingdings\"/></font></dxf></dxfs>"
        + "</styleSheet>";
  }

  byte[] bytes() {
    Map<String, String> parts = new LinkedHashMap<>();
    StringBuilder types = new StringBuilder(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    StringBuilder workbook = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
        + workbookProperties + "<sheets>");
    StringBuilder links = new StringBuilder(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rIdStyles\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>");
    int i = 0;
    for (Map.Entry<String, String> sheet : sheets.entrySet()) {
      i++;
      workbook.append("<sheet name=\"").append(sheet.getKey()).append("\" sheetId=\"").append(i)
          .append("\" r:id=\"rId").append(i).append("\"/>");
      links.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
          .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
      types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\""
          + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
      parts.put("xl/worksheets/sheet" + i + ".xml",
          "<worksheet xmlns=\"" + MAIN + "\">" + sheet.getValue() + "</worksheet>");
    }
    if (sharedStrings != null) {
      links.append("<Relationship Id=\"rIdStrings\" Type=\"").append(REL)
          .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
      types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
          + "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
      parts.put("xl/sharedStrings.xml", sharedStrings);
    }
    parts.put("xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
    parts.put("xl/_rels/workbook.xml.rels", links.append("</Relationships>").toString());
    parts.put("xl/styles.xml", styles);
    parts.put("[Content_Types].xml", types.append("</Types>").toString());
    parts.put("_rels/.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>");
    return zip(parts);
  }

  static byte[] zip(Map<String, String> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + part.getValue())
            .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
