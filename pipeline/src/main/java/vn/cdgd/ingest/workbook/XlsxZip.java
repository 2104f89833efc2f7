package vn.cdgd.ingest.workbook;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The XML parts of an .xlsx file, as {@link ZipGuard} inflated them within the file's limits: the
 * streaming reader parses these bytes and never inflates the zip a second time. Part names are
 * kept in lower case and without a leading slash: OPC names are case-insensitive.
 */
final class XlsxZip {
  private final Map<String, byte[]> parts;

  private XlsxZip(Map<String, byte[]> parts) {
    this.parts = parts;
  }

  /** Whether the bytes start as a zip file does ("PK\3\4"). */
  static boolean isZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  }

  /** Whether the streaming reader needs a part: every XML part and relationship. */
  static boolean keeps(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xml") || lower.endsWith(".rels");
  }

  /** The part at a name (without a leading slash), or null. */
  byte[] part(String name) {
    return parts.get(name.toLowerCase(Locale.ROOT));
  }

  /** The parts {@link ZipGuard} kept, by their stored names. */
  static XlsxZip of(Map<String, byte[]> kept) throws NeedsUserModel {
    Map<String, byte[]> parts = new HashMap<>();
    for (Map.Entry<String, byte[]> part : kept.entrySet()) {
      String name = part.getKey();
      while (name.startsWith("/")) {
        name = name.substring(1);
      }
      if (keeps(name) && parts.put(name.toLowerCase(Locale.ROOT), part.getValue()) != null) {
        throw new NeedsUserModel("two zip entries named " + name);
      }
    }
    return new XlsxZip(parts);
  }
}
