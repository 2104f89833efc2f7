package vn.cdgd.ingest.odd;

import java.text.Normalizer;
import java.util.Locale;
import vn.cdgd.ingest.legacy.Tcvn3;
import vn.cdgd.ingest.legacy.Vni;

/**
 * How a person typed a text cell: in which font, and so which characters the file holds for the
 * Unicode text they meant, and what a correct reader must give back.
 */
enum Typing {
  UNICODE("Times New Roman"),
  /** Unicode typed "tổ hợp": letter plus combining marks. */
  NFD("Arial"),
  TCVN3(".VnTime"),
  /** TCVN3 in the all-caps twin: every letter reads as its capital. */
  TCVN3_CAPS(".VnTimeH"),
  TCVN3_ARIAL(".VnArial"),
  VNI("VNI-Times"),
  /** TCVN3 bytes in a Unicode font (the font was changed after typing): only the content tells. */
  TCVN3_IN_ARIAL("Arial"),
  /** VNI bytes in a Unicode font (the font was changed after typing): only the content tells. */
  VNI_IN_ARIAL("Arial");

  final String font;

  Typing(String font) {
    this.font = font;
  }

  /** The characters the file holds. */
  String stored(String unicode) {
    return switch (this) {
      case UNICODE -> unicode;
      case NFD -> Normalizer.normalize(unicode, Normalizer.Form.NFD);
      case TCVN3, TCVN3_CAPS, TCVN3_ARIAL, TCVN3_IN_ARIAL -> Tcvn3.encode(unicode);
      case VNI, VNI_IN_ARIAL -> Vni.encode(unicode);
    };
  }

  /** What a reader must give back. */
  String expected(String unicode) {
    String composed = Normalizer.normalize(unicode, Normalizer.Form.NFC);
    return switch (this) {
      case TCVN3_CAPS -> composed.toUpperCase(Locale.ROOT);
      case TCVN3, TCVN3_ARIAL, TCVN3_IN_ARIAL -> withoutTonedCapitals(composed);
      default -> composed;
    };
  }

  /**
   * TCVN3 has no byte for a capital with a tone ("Ủ", "Á"): typed in a normal .Vn font it is the
   * small letter, and only the all-caps font shows it as a capital.
   */
  private static String withoutTonedCapitals(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      boolean toned = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
          .chars().anyMatch(m -> "\u0300\u0301\u0303\u0309\u0323".indexOf(m) >= 0);
      out.append(Character.isUpperCase(c) && toned ? Character.toLowerCase(c) : c);
    }
    return out.toString();
  }
}
