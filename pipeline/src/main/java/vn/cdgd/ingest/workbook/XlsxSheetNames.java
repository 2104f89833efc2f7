package vn.cdgd.ingest.workbook;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The sheet names of an .xlsx by the part that holds each sheet ({@code xl/worksheets/sheet1.xml}
 * → "Số liệu"), from {@code xl/workbook.xml} and its relationships, so a limit passed while a
 * sheet part inflates names the sheet the school sees.
 */
final class XlsxSheetNames {
  private XlsxSheetNames() {}

  static Map<String, String> of(Map<String, byte[]> parts) {
    Map<String, String> targetsById = new HashMap<>();
    Map<String, String> namesById = new HashMap<>();
    try {
      read(parts.get("xl/_rels/workbook.xml.rels"), "Relationship", "Id", "Target", targetsById);
      read(parts.get("xl/workbook.xml"), "sheet", "id", "name", namesById);
    } catch (XMLStreamException | RuntimeException e) {
      return Map.of();
    }
    Map<String, String> byPart = new HashMap<>();
    namesById.forEach((id, name) -> {
      String target = targetsById.get(id);
      if (target != null) {
        String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
        byPart.put(part, name);
      }
    });
    return byPart;
  }

  /** Collects {@code key → value} attributes (by local name) of every element named {@code element}. */
  private static void read(
      byte[] xml, String element, String key, String value, Map<String, String> into)
      throws XMLStreamException {
    if (xml == null) {
      return;
    }
    XMLStreamReader reader = ZipGuard.secureFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
    while (reader.hasNext()) {
      if (reader.next() == XMLStreamConstants.START_ELEMENT && element.equals(reader.getLocalName())) {
        String k = null;
        String v = null;
        for (int i = 0; i < reader.getAttributeCount(); i++) {
          String attribute = reader.getAttributeLocalName(i);
          if (attribute.equals(key)) {
            k = reader.getAttributeValue(i);
          } else if (attribute.equals(value)) {
            v = reader.getAttributeValue(i);
          }
        }
        if (k != null && v != null) {
          into.put(k, v);
        }
      }
    }
    reader.close();
  }
}
