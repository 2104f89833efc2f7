package vn.cdgd.ingest.legacy;

import java.text.Normalizer;
import java.util.Locale;

/** One Vietnamese letter written the VNI way, from its base, modifier and tone. */
final class VniLetter {

  private static final char CIRCUMFLEX = '\u0302';
  private static final char BREVE = '\u0306';
  private static final char HORN = '\u031B';
  private static final int NANG = 4;

  private VniLetter() {}

  /** The VNI bytes of a Vietnamese letter, or null when the character is not one. */
  static String encode(char c) {
    String parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    char base = parts.charAt(0);
    char lower = Character.toLowerCase(base);
    boolean upper = Character.isUpperCase(base);
    if (lower == 'đ') {
      return Vni.singleByte(c);
    }
    if ("aeiouy".indexOf(lower) < 0) {
      return null;
    }
    char modifier = 0;
    int tone = -1;
    for (int k = 1; k < parts.length(); k++) {
      char mark = parts.charAt(k);
      if (Vni.toneOf(mark) >= 0 && tone < 0) {
        tone = Vni.toneOf(mark);
      } else if ((mark == CIRCUMFLEX || mark == BREVE || mark == HORN) && modifier == 0) {
        modifier = mark;
      } else {
        return null;
      }
    }
    String marks;
    String written = String.valueOf(base);
    if (modifier == HORN && (lower == 'o' || lower == 'u')) {
      written = Vni.singleByte(upper ? Character.toUpperCase(horned(lower)) : horned(lower));
      marks = tone < 0 ? "" : Vni.toneMark(tone);
    } else if (modifier == CIRCUMFLEX && "aeo".indexOf(lower) >= 0) {
      marks = Vni.circumflexMark(tone);
    } else if (modifier == BREVE && lower == 'a') {
      marks = Vni.breveMark(tone);
    } else if (modifier != 0) {
      return null;
    } else if ((lower == 'i' && tone >= 0) || (lower == 'y' && tone == NANG)) {
      return Vni.singleByte(c);
    } else {
      marks = tone < 0 ? "" : Vni.toneMark(tone);
    }
    return written + (upper ? marks.toUpperCase(Locale.ROOT) : marks);
  }

  private static char horned(char lower) {
    return lower == 'o' ? 'ơ' : 'ư';
  }
}
