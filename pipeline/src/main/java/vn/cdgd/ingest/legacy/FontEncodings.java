package vn.cdgd.ingest.legacy;

import java.util.Locale;

/**
 * Which encoding a cell's font implies. The ABC fonts of TCVN3 are all named ".Vn…" (".VnTime",
 * ".VnArial Narrow", ".VnCentury Schoolbook"); each has an all-caps twin named with a final capital
 * "H" (".VnTimeH", ".VnArial NarrowH", ".VnBahamasBH"). The VNI fonts are all named "VNI-…"
 * ("VNI-Times", "VNI-Helve-Condense"). Excel stores a font's family name exactly as the font
 * declares it, so the case of that final "H" is reliable.
 */
public final class FontEncodings {

  private static final String TCVN3_PREFIX = ".vn";
  private static final String VNI_PREFIX = "vni-";

  private FontEncodings() {}

  /** TCVN3 for ".Vn…" fonts, VNI for "VNI-…" fonts (either case), UNICODE for any other or null. */
  public static LegacyEncoding ofFont(String fontName) {
    String name = folded(fontName);
    if (name.startsWith(TCVN3_PREFIX) && name.length() > TCVN3_PREFIX.length()) {
      return LegacyEncoding.TCVN3;
    }
    if (name.startsWith(VNI_PREFIX) && name.length() > VNI_PREFIX.length()) {
      return LegacyEncoding.VNI;
    }
    return LegacyEncoding.UNICODE;
  }

  /**
   * Whether the font is a TCVN3 all-caps font: a ".Vn" name whose family, the part after ".Vn", has
   * at least one character before a final capital "H" (".VnTimeH", ".VnArial NarrowH"). The "H"
   * must be the last character, so ".VnHelvetIns" is not all-caps while ".VnHelvetInsH" is, and a
   * lowercase "h" does not count (no ABC family ends with "H" otherwise).
   */
  public static boolean isAllCaps(String fontName) {
    if (ofFont(fontName) != LegacyEncoding.TCVN3) {
      return false;
    }
    String name = fontName.strip();
    String family = name.substring(TCVN3_PREFIX.length());
    return family.length() >= 2 && family.endsWith("H");
  }

  private static String folded(String fontName) {
    return fontName == null ? "" : fontName.strip().toLowerCase(Locale.ROOT);
  }
}
