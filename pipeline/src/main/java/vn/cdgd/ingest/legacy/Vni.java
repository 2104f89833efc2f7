package vn.cdgd.ingest.legacy;

import java.text.Normalizer;

/**
 * VNI for Windows (the "VNI-…" fonts): a vowel is its ASCII base letter followed by one mark byte
 * that adds the tone, the circumflex, or the breve and a tone together ("aù" = á, "aâ" = â, "eá" =
 * ế, "aé" = ắ). Ơ, Ư, Đ and the toned i and ỵ are single bytes of their own ("ô" = ơ, "ö" = ư, "ñ"
 * = đ, "ò" = ị, "î" = ỵ). Capitals are the base capital with the capital mark ("AÙ" = Á, "ÖÙ" = Ứ).
 * Source: the vietunicode.sourceforge.net VNI reference table, checked against the VNI table of
 * xvnkb (vni.h). Nothing in VNI for Windows uses the bytes 0x80–0xBF.
 */
public final class Vni {

  /** Tones in the order of the mark strings below: sắc, huyền, hỏi, ngã, nặng. */
  private static final String TONES = "\u0301\u0300\u0309\u0303\u0323";

  /** Mark bytes adding only a tone; they go on any vowel. */
  private static final String TONE_MARKS = "ùøûõï";

  /** Mark bytes adding the circumflex, then with each tone; they go on a, e and o. */
  private static final String CIRCUMFLEX_MARKS = "âáàåãä";

  /** Mark bytes adding the breve, then with each tone; they go on a only. */
  private static final String BREVE_MARKS = "êéèúüë";

  /** Letters of one byte: i with each tone, ỵ, đ, and the bases ơ and ư. */
  private static final String SINGLE_BYTES = "íìæóòîñôö";

  private static final String SINGLE_LETTERS = "íìỉĩịỵđơư";

  private static final String VOWELS = "aeiouy";

  private Vni() {}

  /** The Unicode (NFC) text of a cell typed in a VNI font. Other characters stay as they are. */
  public static String decode(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = normalised(text.charAt(i));
      String marked = i + 1 < text.length() ? marked(c, normalised(text.charAt(i + 1))) : null;
      if (marked != null) {
        out.append(marked);
        i++;
      } else {
        out.append(single(c));
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /**
   * The text as Excel shows it in a VNI font (NFC input; "Tiếng Việt" gives "Tieáng Vieät").
   *
   * @throws IllegalArgumentException for a character such as "ö" or "ñ" that VNI uses for a letter
   *     or a mark, since it would come back as that letter
   */
  public static String encode(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length() * 2);
    for (int i = 0; i < composed.length(); i++) {
      char c = composed.charAt(i);
      String encoded = VniLetter.encode(c);
      if (encoded != null) {
        out.append(encoded);
      } else if (isVniByte(c)) {
        throw new IllegalArgumentException(
            "\"" + c + "\" cannot be written in VNI: it reads back as " + decode("a" + c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * How many places in the text only VNI explains: a vowel followed by a mark byte that fits it, or
   * one of "ñ ö æ î", which Unicode Vietnamese never uses. "oà", "oá" and "oã" do not count: they
   * are also "hoà", "hoá", "xoã" with the tone placed the new way.
   */
  static int tellTales(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char lower = Character.toLowerCase(c);
      if ("ñöæî".indexOf(lower) >= 0) {
        count++;
      } else if (i + 1 < text.length() && marked(c, text.charAt(i + 1)) != null) {
        char mark = Character.toLowerCase(text.charAt(i + 1));
        if (!(lower == 'o' && "àáã".indexOf(mark) >= 0)) {
          count++;
        }
      }
    }
    return count;
  }

  /** The letter a base and the mark byte after it make, or null when they make none. */
  private static String marked(char base, char mark) {
    char lowerBase = Character.toLowerCase(base);
    String letterBase;
    if (VOWELS.indexOf(lowerBase) >= 0) {
      letterBase = String.valueOf(base);
    } else if (lowerBase == 'ô' || lowerBase == 'ö') {
      letterBase = single(base);
    } else {
      return null;
    }
    char lowerMark = Character.toLowerCase(mark);
    int tone = TONE_MARKS.indexOf(lowerMark);
    if (tone >= 0) {
      return compose(letterBase, "", tone);
    }
    int circumflex = CIRCUMFLEX_MARKS.indexOf(lowerMark);
    if (circumflex >= 0 && "aeo".indexOf(lowerBase) >= 0) {
      return compose(letterBase, "\u0302", circumflex - 1);
    }
    int breve = BREVE_MARKS.indexOf(lowerMark);
    if (breve >= 0 && lowerBase == 'a') {
      return compose(letterBase, "\u0306", breve - 1);
    }
    return null;
  }

  private static String compose(String base, String modifier, int tone) {
    String marks = modifier + (tone >= 0 ? String.valueOf(TONES.charAt(tone)) : "");
    return Normalizer.normalize(base + marks, Normalizer.Form.NFC);
  }

  private static String single(char c) {
    int index = SINGLE_BYTES.indexOf(Character.toLowerCase(c));
    if (index < 0) {
      return String.valueOf(c);
    }
    char letter = SINGLE_LETTERS.charAt(index);
    return String.valueOf(Character.isUpperCase(c) ? Character.toUpperCase(letter) : letter);
  }

  private static char normalised(char c) {
    int b = Cp1252.byteOf(c);
    return b < 0 ? c : Cp1252.charOf(b);
  }

  private static boolean isVniByte(char c) {
    char lower = Character.toLowerCase(c);
    return (TONE_MARKS + CIRCUMFLEX_MARKS + BREVE_MARKS + SINGLE_BYTES).indexOf(lower) >= 0;
  }

  static String toneMark(int tone) {
    return String.valueOf(TONE_MARKS.charAt(tone));
  }

  static String circumflexMark(int tone) {
    return String.valueOf(CIRCUMFLEX_MARKS.charAt(tone + 1));
  }

  static String breveMark(int tone) {
    return String.valueOf(BREVE_MARKS.charAt(tone + 1));
  }

  static String singleByte(char letter) {
    int index = SINGLE_LETTERS.indexOf(Character.toLowerCase(letter));
    if (index < 0) {
      return null;
    }
    char b = SINGLE_BYTES.charAt(index);
    return String.valueOf(Character.isUpperCase(letter) ? Character.toUpperCase(b) : b);
  }

  static int toneOf(char combining) {
    return TONES.indexOf(combining);
  }
}
