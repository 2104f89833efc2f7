package vn.cdgd.ingest.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.cdgd.ingest.legacy.LegacyText;

/**
 * One string of an .xlsx file as stored (a shared string {@code <si>}, an inline {@code <is>}, or
 * a plain value): its text, or its rich-text runs each with the font its {@code <rPr>} names.
 * {@link #runs} gives the same runs as {@link RichTextRuns} does on POI's user model, whose
 * {@code XSSFRichTextString} it mirrors: {@code _xHHHH_} escapes decoded, run boundaries counted
 * on the text before that decoding, phonetic runs ({@code <rPh>}) ignored.
 *
 * @param text the {@code <t>} of a string without runs (null when absent)
 * @param runs the runs, empty for a plain string
 */
record XlsxRichText(String text, List<Run> runs) {
  private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  /** One {@code <r>}: its text as stored, and the first {@code <rFont>}'s name when it has one. */
  record Run(String text, boolean hasFont, String font) {}

  static XlsxRichText plain(String text) {
    return new XlsxRichText(text, List.of());
  }

  /** Reads the element the reader is on ({@code <si>} or {@code <is>}) to its end. */
  static XlsxRichText read(XMLStreamReader reader) throws XMLStreamException, NeedsUserModel {
    String text = null;
    List<Run> runs = List.of();
    while (true) {
      int event = XlsxXml.next(reader);
      if (event == XMLStreamConstants.END_ELEMENT) {
        return new XlsxRichText(text, runs);
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (reader.getLocalName()) {
        case "t" -> text = reader.getElementText();
        case "r" -> {
          if (runs.isEmpty()) {
            runs = new ArrayList<>(4);
          }
          runs.add(run(reader));
        }
        default -> XlsxXml.skip(reader);
      }
    }
  }

  private static Run run(XMLStreamReader reader) throws XMLStreamException, NeedsUserModel {
    String text = null;
    boolean hasFont = false;
    String font = null;
    while (true) {
      int event = XlsxXml.next(reader);
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (reader.getLocalName()) {
        case "t" -> text = reader.getElementText();
        case "rPr" -> {
          while (XlsxXml.next(reader) != XMLStreamConstants.END_ELEMENT
              || !"rPr".equals(reader.getLocalName())) {
            if (reader.isStartElement() && "rFont".equals(reader.getLocalName()) && !hasFont) {
              hasFont = true;
              font = XlsxXml.attribute(reader, "val");
            }
          }
        }
        default -> XlsxXml.skip(reader);
      }
    }
    if (text == null) {
      // POI appends "null" and then fails on the run's length: let it.
      throw new NeedsUserModel("a rich-text run without text");
    }
    if (hasFont && font != null && font.startsWith("#")) {
      // POI's own placeholder for a font by index, resolved against the styles on reading.
      throw new NeedsUserModel("a rich-text run naming its font by index");
    }
    return new Run(text, hasFont, font);
  }

  /** The runs of the string in a cell drawn in {@code cellFont}, as {@link RichTextRuns#of}. */
  List<LegacyText.Run> runs(String cellFont) {
    if (runs.isEmpty()) {
      String decoded = unescape(text);
      return decoded == null ? List.of() : List.of(new LegacyText.Run(decoded, cellFont));
    }
    StringBuilder stored = new StringBuilder();
    int[] starts = new int[runs.size()];
    for (int i = 0; i < runs.size(); i++) {
      starts[i] = stored.length();
      stored.append(runs.get(i).text());
    }
    String all = unescape(stored.toString());
    List<LegacyText.Run> out = new ArrayList<>(runs.size());
    for (int i = 0; i < runs.size(); i++) {
      int start = Math.min(starts[i], all.length());
      int end = i + 1 < runs.size() ? starts[i + 1] : all.length();
      end = Math.max(start, Math.min(end, all.length()));
      Run run = runs.get(i);
      out.add(new LegacyText.Run(all.substring(start, end), run.hasFont() ? run.font() : cellFont));
    }
    return out;
  }

  /** {@code XSSFRichTextString.utfDecode}: "_x000D_" is a carriage return. */
  static String unescape(String value) {
    if (value == null || !value.contains("_x")) {
      return value;
    }
    StringBuilder out = new StringBuilder();
    Matcher m = ESCAPE.matcher(value);
    int index = 0;
    while (m.find()) {
      out.append(value, index, m.start());
      out.append((char) Integer.parseInt(m.group(1), 16));
      index = m.end();
    }
    if (index == 0) {
      return value;
    }
    out.append(value, index, value.length());
    return out.toString();
  }
}
