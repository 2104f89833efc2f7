package vn.cdgd.convert;

import java.util.Locale;
import vn.cdgd.ingest.legacy.FontEncodings;
import vn.cdgd.ingest.legacy.LegacyEncoding;

/**
 * The Unicode font that stands in for a legacy one in a converted workbook: the family it was drawn
 * after (".VnTime" and "VNI-Times" were Times, ".VnArial" and "VNI-Helve" Arial), else Times New
 * Roman, the font of official documents in Vietnam. The all-caps twins (".VnTimeH") lose nothing:
 * their text is decoded to real capitals.
 */
public final class UnicodeFonts {
  private UnicodeFonts() {}

  /** The replacement for a legacy font, or null when the font is not a legacy one. */
  public static String replacing(String fontName) {
    if (FontEncodings.ofFont(fontName) == LegacyEncoding.UNICODE) {
      return null;
    }
    String name = fontName.strip().toLowerCase(Locale.ROOT);
    if (name.contains("narrow") || name.contains("condense")) {
      return "Arial Narrow";
    }
    if (name.contains("arial") || name.contains("helve") || name.contains("univers")) {
      return "Arial";
    }
    if (name.contains("courier")) {
      return "Courier New";
    }
    return "Times New Roman";
  }
}
