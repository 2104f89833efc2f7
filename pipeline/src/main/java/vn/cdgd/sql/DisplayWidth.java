package vn.cdgd.sql;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import java.text.Normalizer;

/**
 * How many terminal columns a text takes. Vietnamese arrives composed ("ệ" as one code point) or
 * decomposed ("e" + two combining marks); both take one column, so widths count user-perceived
 * characters (grapheme clusters), and East Asian wide characters count two. Counting UTF-16
 * chars, as {@code String.length()} does, would push every decomposed row out of line.
 */
final class DisplayWidth {
  private DisplayWidth() {}

  static int of(String text) {
    if (isAscii(text)) {
      return text.length();
    }
    BreakIterator clusters = BreakIterator.getCharacterInstance();
    clusters.setText(text);
    int width = 0;
    int start = clusters.first();
    for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
      width += clusterWidth(text.codePointAt(start));
    }
    return width;
  }

  /** The text in NFC, so what is printed is what was measured, whatever form it came in. */
  static String normalized(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static int clusterWidth(int firstCodePoint) {
    int eastAsian = UCharacter.getIntPropertyValue(firstCodePoint, UProperty.EAST_ASIAN_WIDTH);
    if (eastAsian == UCharacter.EastAsianWidth.WIDE || eastAsian == UCharacter.EastAsianWidth.FULLWIDTH) {
      return 2;
    }
    int category = UCharacter.getType(firstCodePoint);
    return category == UCharacter.CONTROL || category == UCharacter.FORMAT ? 0 : 1;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
