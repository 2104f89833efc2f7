package vn.cdgd.ingest.legacy;

import java.text.Normalizer;
import java.util.List;

/**
 * The Unicode text of a cell, decoded by its font: the font of the cell, or of each run of a
 * rich-text cell, is what the typist saw, so it decides. Without a legacy font the text is only
 * composed (NFC); guessing from content is the caller's call, through {@link EncodingGuess}.
 */
public final class LegacyText {

  /** One run of a rich-text cell with its own font; a null font means the cell's default. */
  public record Run(String text, String fontName) {}

  private LegacyText() {}

  /**
   * The text decoded as its font implies (TCVN3 for ".Vn…" fonts, capitals for the all-caps ones,
   * VNI for "VNI-…" fonts), in NFC. Text holding a character no 8-bit font can store (ư, ệ, a
   * combining mark: anything above U+00FF other than Windows-1252's) was typed in Unicode whatever
   * its font says, as when a name is pasted into a template formatted with .VnTime, and is only
   * composed. Null stays null.
   */
  public static String decode(String text, String fontName) {
    if (text == null) {
      return null;
    }
    if (!Cp1252.allBytes(text)) {
      return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
    return switch (FontEncodings.ofFont(fontName)) {
      case TCVN3 -> Tcvn3.decodeTyped(text, FontEncodings.isAllCaps(fontName));
      case VNI -> Vni.decode(text);
      case UNICODE -> Normalizer.normalize(text, Normalizer.Form.NFC);
    };
  }

  /**
   * The runs of a rich-text cell, each decoded by its own font, joined (NFC). Neighbouring VNI runs
   * are decoded together, so a letter split between two runs ("a" in one, "ù" in the next, as a
   * change of colour can split it) is still one letter; TCVN3 needs no such care, one byte being
   * one letter.
   */
  public static String decodeRuns(List<Run> runs) {
    StringBuilder text = new StringBuilder();
    StringBuilder pending = new StringBuilder();
    String pendingFont = null;
    for (Run run : runs) {
      if (run.text() == null) {
        continue;
      }
      if (pending.length() > 0 && !bothVni(pendingFont, run.fontName())) {
        text.append(decode(pending.toString(), pendingFont));
        pending.setLength(0);
      }
      pending.append(run.text());
      pendingFont = run.fontName();
    }
    text.append(decode(pending.toString(), pendingFont));
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static boolean bothVni(String font, String otherFont) {
    return FontEncodings.ofFont(font) == LegacyEncoding.VNI
        && FontEncodings.ofFont(otherFont) == LegacyEncoding.VNI;
  }
}
