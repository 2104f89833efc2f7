package vn.cdgd.ingest.workbook;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Where things are in an .xlsx package: the workbook part (from {@code _rels/.rels}), its sheets
 * in workbook order with their names and parts, its shared strings and styles (from the
 * workbook's relationships), and {@code date1904}. Anything but plain worksheets of the
 * transitional format (a chart sheet, a macro sheet, ISO strict namespaces) is left to the user
 * model; a sheet whose part is missing is skipped, as POI skips it.
 *
 * @param date1904 the workbook counts dates from 1904; neither reader's grid carries it yet
 */
record XlsxWorkbookPart(List<Sheet> sheets, String sharedStrings, String styles, boolean date1904) {
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

  /** One sheet: its name as shown on its tab and the part holding its cells. */
  record Sheet(String name, String part) {}

  private record Relationship(String type, String target) {}

  static XlsxWorkbookPart read(XlsxZip zip) throws NeedsUserModel {
    String workbook = null;
    for (Relationship relationship : relationships(zip, "_rels/.rels", "").values()) {
      if (relationship.type().equals(RELATIONSHIPS + "officeDocument")) {
        workbook = relationship.target();
      }
    }
    if (workbook == null || zip.part(workbook) == null) {
      throw new NeedsUserModel("no transitional workbook part");
    }
    String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
    String name = workbook.substring(folder.length());
    Map<String, Relationship> links = relationships(zip, folder + "_rels/" + name + ".rels", folder);
    String sharedStrings = null;
    String styles = null;
    for (Relationship link : links.values()) {
      if (link.type().equals(RELATIONSHIPS + "sharedStrings")) {
        sharedStrings = link.target();
      } else if (link.type().equals(RELATIONSHIPS + "styles")) {
        styles = link.target();
      }
    }
    List<Sheet> sheets = new ArrayList<>();
    boolean date1904 = false;
    XMLStreamReader reader = XlsxXml.open(zip.part(workbook), workbook);
    try {
      while (reader.hasNext()) {
        if (XlsxXml.next(reader) != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (reader.getLocalName()) {
          case "workbook" -> {
            if (!MAIN.equals(reader.getNamespaceURI())) {
              throw new NeedsUserModel("workbook namespace " + reader.getNamespaceURI());
            }
          }
          case "workbookPr" -> date1904 = isTrue(XlsxXml.attribute(reader, "date1904"));
          case "sheet" -> {
            Relationship link = links.get(XlsxXml.attribute(reader, "id"));
            String sheetName = XlsxXml.attribute(reader, "name");
            if (link == null || zip.part(link.target()) == null) {
              continue;
            }
            if (!link.type().equals(RELATIONSHIPS + "worksheet")) {
              throw new NeedsUserModel("a sheet of type " + link.type());
            }
            sheets.add(new Sheet(sheetName, link.target()));
          }
          default -> { }
        }
      }
      reader.close();
    } catch (XMLStreamException e) {
      throw new NeedsUserModel("workbook", e);
    }
    return new XlsxWorkbookPart(sheets, sharedStrings, styles, date1904);
  }

  private static boolean isTrue(String value) {
    return "1".equals(value) || "true".equals(value);
  }

  /** The internal relationships of a part, by id, targets resolved to part names. */
  private static Map<String, Relationship> relationships(XlsxZip zip, String part, String folder)
      throws NeedsUserModel {
    Map<String, Relationship> out = new HashMap<>();
    byte[] bytes = zip.part(part);
    if (bytes == null) {
      return out;
    }
    XMLStreamReader reader = XlsxXml.open(bytes, part);
    try {
      while (reader.hasNext()) {
        if (XlsxXml.next(reader) == XMLStreamConstants.START_ELEMENT
            && "Relationship".equals(reader.getLocalName())
            && !"External".equals(XlsxXml.attribute(reader, "TargetMode"))) {
          String target = XlsxXml.attribute(reader, "Target");
          String type = XlsxXml.attribute(reader, "Type");
          if (target != null && type != null) {
            out.put(XlsxXml.attribute(reader, "Id"),
                new Relationship(type, resolve(folder, target)));
          }
        }
      }
      reader.close();
    } catch (XMLStreamException | IllegalArgumentException e) {
      throw new NeedsUserModel(part, e);
    }
    return out;
  }

  /** A target relative to the source part's folder, or absolute from the package root. */
  static String resolve(String folder, String target) {
    String path = URI.create("/" + folder).resolve(target).getPath();
    return path.startsWith("/") ? path.substring(1) : path;
  }
}
