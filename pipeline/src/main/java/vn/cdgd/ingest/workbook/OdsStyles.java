package vn.cdgd.ingest.workbook;

import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;

/**
 * The fonts of an OpenDocument spreadsheet's styles: which font each cell style and text style
 * draws in, through {@code style:font-name} (a font face declared in {@code
 * office:font-face-decls}) or {@code fo:font-family}, following parent styles and falling back to
 * the family's default style. Fed with the elements of {@code styles.xml} and of {@code
 * content.xml}'s automatic styles as they are read.
 */
final class OdsStyles {
  private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
  private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

  private record Style(String parent, String font) {}

  private final Map<String, String> fontFaces = new HashMap<>();
  private final Map<String, Style> styles = new HashMap<>();
  private final Map<String, String> defaultFonts = new HashMap<>();
  /** The style being read: its key (family + name), parent, and whether it is a default style. */
  private String currentKey;
  private String currentParent;
  private String currentFamily;
  private boolean currentIsDefault;

  /** Called at each start element of a styles section. */
  void start(XMLStreamReader reader) {
    String name = reader.getLocalName();
    if (!STYLE.equals(reader.getNamespaceURI())) {
      return;
    }
    switch (name) {
      case "font-face" -> {
        String face = reader.getAttributeValue(STYLE, "name");
        String family = reader.getAttributeValue(SVG, "font-family");
        if (face != null) {
          fontFaces.put(face, unquote(family == null ? face : family));
        }
      }
      case "style" -> {
        currentFamily = reader.getAttributeValue(STYLE, "family");
        currentKey = key(currentFamily, reader.getAttributeValue(STYLE, "name"));
        currentParent = reader.getAttributeValue(STYLE, "parent-style-name");
        currentIsDefault = false;
        styles.put(currentKey, new Style(currentParent, null));
      }
      case "default-style" -> {
        currentFamily = reader.getAttributeValue(STYLE, "family");
        currentKey = null;
        currentIsDefault = true;
      }
      case "text-properties" -> {
        String font = reader.getAttributeValue(STYLE, "font-name");
        String fontName = font != null ? fontFaces.getOrDefault(font, font) : null;
        if (fontName == null) {
          String family = reader.getAttributeValue(FO, "font-family");
          fontName = family == null ? null : unquote(family);
        }
        if (fontName == null) {
          return;
        }
        if (currentIsDefault && currentFamily != null) {
          defaultFonts.put(currentFamily, fontName);
        } else if (currentKey != null) {
          styles.put(currentKey, new Style(currentParent, fontName));
        }
      }
      default -> {
        // other style elements say nothing about fonts
      }
    }
  }

  /** Font faces are declared before the styles that use them; this re-resolves a late one. */
  private String face(String font) {
    return fontFaces.getOrDefault(font, font);
  }

  /** The font a cell style draws in (its own, a parent's, else the default cell style's). */
  String cellFont(String styleName) {
    String font = resolve("table-cell", styleName);
    if (font == null) {
      font = resolve("table-cell", "Default");
    }
    return font != null ? font : defaultFonts.get("table-cell");
  }

  /** The font of a text span's style, or null when it names none (the span is in the cell's font). */
  String textFont(String styleName) {
    return resolve("text", styleName);
  }

  private String resolve(String family, String styleName) {
    String name = styleName;
    for (int depth = 0; name != null && depth < 32; depth++) {
      Style style = styles.get(key(family, name));
      if (style == null) {
        return null;
      }
      if (style.font() != null) {
        return face(style.font());
      }
      name = style.parent();
    }
    return null;
  }

  private static String key(String family, String name) {
    return family + "/" + name;
  }

  private static String unquote(String family) {
    String first = family.split(",")[0].trim();
    if (first.length() >= 2
        && (first.charAt(0) == '\'' || first.charAt(0) == '"')
        && first.charAt(first.length() - 1) == first.charAt(0)) {
      return first.substring(1, first.length() - 1);
    }
    return first;
  }
}
