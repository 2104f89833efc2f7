package vn.cdgd.ingest.workbook;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The shared strings of a workbook ({@code xl/sharedStrings.xml}), in their order, runs kept. */
final class XlsxSharedStrings {
  private XlsxSharedStrings() {}

  static List<XlsxRichText> read(byte[] part) throws NeedsUserModel {
    List<XlsxRichText> strings = new ArrayList<>();
    if (part == null) {
      return strings;
    }
    XMLStreamReader reader = XlsxXml.open(part, "sharedStrings");
    try {
      while (reader.hasNext()) {
        if (XlsxXml.next(reader) == XMLStreamConstants.START_ELEMENT
            && "si".equals(reader.getLocalName())) {
          strings.add(XlsxRichText.read(reader));
        }
      }
      reader.close();
    } catch (XMLStreamException e) {
      throw new NeedsUserModel("sharedStrings", e);
    }
    return strings;
  }
}
