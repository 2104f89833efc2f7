package vn.cdgd.ingest.legacy;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether words are Vietnamese syllables: onset, an optional glide (o, u), a nucleus, a coda, and
 * at most one tone, placed on the glide or nucleus (old "hóa" and new "hoá" both pass) and on the
 * vowel with a diacritic when the nucleus has one; a syllable ending in c, ch, p or t takes sắc or
 * nặng only. Spelling rules are checked too (k, gh, ngh before e, ê, i; c, g, ng elsewhere; q only
 * as qu). A decoding that turns text into such syllables is the right one.
 */
public final class VietnameseSyllables {

  private static final String ALPHABET = "abcdđeghiklmnopqrstuvxyăâêôơư";
  private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
  private static final String MODIFIERS = "\u0302\u0306\u031B";
  private static final int NO_TONE = -1;
  private static final int SAC = 1;
  private static final int NANG = 4;

  /** Longest first, so that "ngh" is tried before "ng" and "n". */
  private static final List<String> ONSETS =
      List.of(
          "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c", "d", "đ",
          "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "");

  /** Each nucleus with the codas it takes. */
  private static final Map<String, Set<String>> CODAS =
      Map.ofEntries(
          Map.entry("a", Set.of("", "c", "ch", "i", "m", "n", "ng", "nh", "o", "p", "t", "u", "y")),
          Map.entry("ă", Set.of("c", "m", "n", "ng", "p", "t")),
          Map.entry("â", Set.of("c", "m", "n", "ng", "p", "t", "u", "y")),
          Map.entry("e", Set.of("", "c", "m", "n", "ng", "o", "p", "t")),
          Map.entry("ê", Set.of("", "ch", "m", "n", "nh", "p", "t", "u")),
          Map.entry("i", Set.of("", "ch", "m", "n", "nh", "p", "t", "u")),
          Map.entry("y", Set.of("")),
          Map.entry("ia", Set.of("")),
          Map.entry("iê", Set.of("c", "m", "n", "ng", "p", "t", "u")),
          Map.entry("yê", Set.of("c", "m", "n", "ng", "p", "t", "u")),
          Map.entry("ya", Set.of("")),
          Map.entry("o", Set.of("", "c", "i", "m", "n", "ng", "p", "t")),
          Map.entry("oo", Set.of("c", "ng")),
          Map.entry("ô", Set.of("", "c", "i", "m", "n", "ng", "p", "t")),
          Map.entry("ơ", Set.of("", "i", "m", "n", "p", "t")),
          Map.entry("u", Set.of("", "c", "i", "m", "n", "ng", "p", "t")),
          Map.entry("ua", Set.of("")),
          Map.entry("uô", Set.of("c", "i", "m", "n", "ng", "t")),
          Map.entry("ư", Set.of("", "c", "i", "m", "n", "ng", "t", "u")),
          Map.entry("ưa", Set.of("")),
          Map.entry("ươ", Set.of("c", "i", "m", "n", "ng", "p", "t", "u")));

  /** After the glide u ("uy", "quy"), y takes more codas: "uych", "uynh", "quýt", "khuỷu". */
  private static final Set<String> CODAS_OF_Y_AFTER_GLIDE = Set.of("", "ch", "nh", "p", "t", "u");

  private static final Set<String> AFTER_GLIDE_O = Set.of("a", "ă", "e");
  private static final Set<String> AFTER_GLIDE_U = Set.of("â", "ê", "y", "yê", "ya", "ơ");
  private static final Set<String> AFTER_QU =
      Set.of("a", "ă", "â", "e", "ê", "i", "y", "yê", "ya", "ô", "ơ");
  private static final Set<String> STOPS = Set.of("c", "ch", "p", "t");

  private VietnameseSyllables() {}

  /** How many of the counted words are syllables; a word is counted when it is not plain ASCII. */
  record Tally(int syllables, int words) {}

  /**
   * The share of the text's non-ASCII words that are Vietnamese syllables; 1.0 when it has none, as
   * nothing in it then speaks against Vietnamese. A word is a run of letters, combining marks and
   * Latin-1 signs (U+00A1–U+00FF), so a TCVN3 "¸" or soft hyphen inside a word spoils it instead of
   * splitting it into innocent ASCII pieces. All-ASCII words ("Excel", "THCS", "Nam") count neither
   * way.
   */
  public static double score(String text) {
    Tally tally = tally(text);
    return tally.words() == 0 ? 1.0 : (double) tally.syllables() / tally.words();
  }

  static Tally tally(String text) {
    String composed = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    int syllables = 0;
    int words = 0;
    int start = -1;
    for (int i = 0; i <= composed.length(); i++) {
      boolean inWord = i < composed.length() && isWordChar(composed.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        String word = composed.substring(start, i);
        if (!isAscii(word)) {
          words++;
          syllables += isSyllable(word) ? 1 : 0;
        }
        start = -1;
      }
    }
    return new Tally(syllables, words);
  }

  /** Whether one word, in any case, composed or decomposed, is a Vietnamese syllable. */
  public static boolean isSyllable(String word) {
    if (word == null || word.isEmpty()) {
      return false;
    }
    String parts = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder letters = new StringBuilder(parts.length());
    int tone = NO_TONE;
    int toneAt = -1;
    for (int i = 0; i < parts.length(); i++) {
      char c = parts.charAt(i);
      if (TONE_MARKS.indexOf(c) >= 0) {
        if (tone != NO_TONE || letters.length() == 0) {
          return false;
        }
        tone = TONE_MARKS.indexOf(c);
        toneAt = letters.length() - 1;
      } else if (MODIFIERS.indexOf(c) >= 0) {
        if (letters.length() == 0) {
          return false;
        }
        int last = letters.length() - 1;
        String modified = Normalizer.normalize("" + letters.charAt(last) + c, Normalizer.Form.NFC);
        if (modified.length() != 1 || ALPHABET.indexOf(modified.charAt(0)) < 0) {
          return false;
        }
        letters.setCharAt(last, modified.charAt(0));
      } else if (ALPHABET.indexOf(c) >= 0) {
        letters.append(c);
      } else {
        return false;
      }
    }
    String bare = letters.toString();
    for (String onset : ONSETS) {
      if (bare.startsWith(onset)
          && isRhyme(onset, bare.substring(onset.length()), tone, toneAt - onset.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the rest after an onset is a rhyme; toneAt counts from the rhyme's first letter. */
  private static boolean isRhyme(String onset, String rhyme, int tone, int toneAt) {
    if (onset.equals("gi")) {
      // "gì", "gìn", "giếng": the i of gi also serves as the vowel, or as the i of iê.
      if (rhyme.isEmpty()) {
        return tone == NO_TONE || toneAt == -1;
      }
      if (parses(onset, "i" + rhyme, tone, toneAt + 1)) {
        return true;
      }
    }
    return !rhyme.isEmpty() && parses(onset, rhyme, tone, toneAt);
  }

  private static boolean parses(String onset, String rhyme, int tone, int toneAt) {
    for (String glide : List.of("", "o", "u")) {
      if (!rhyme.startsWith(glide) || (onset.equals("qu") && !glide.isEmpty())) {
        continue;
      }
      String afterGlide = rhyme.substring(glide.length());
      for (Map.Entry<String, Set<String>> nucleus : CODAS.entrySet()) {
        String vowels = nucleus.getKey();
        if (afterGlide.startsWith(vowels)
            && fits(onset, glide, vowels)
            && codas(onset, glide, vowels).contains(afterGlide.substring(vowels.length()))
            && spelledRight(onset, rhyme.charAt(0))
            && toneFits(tone, toneAt, glide + vowels, afterGlide.substring(vowels.length()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean fits(String onset, String glide, String nucleus) {
    if (glide.equals("o")) {
      return AFTER_GLIDE_O.contains(nucleus);
    }
    if (glide.equals("u")) {
      return AFTER_GLIDE_U.contains(nucleus);
    }
    if (onset.equals("qu")) {
      return AFTER_QU.contains(nucleus);
    }
    return switch (nucleus) {
      case "yê" -> onset.isEmpty();
      case "ya" -> false;
      case "iê" -> !onset.isEmpty();
      default -> true;
    };
  }

  private static Set<String> codas(String onset, String glide, String nucleus) {
    boolean afterGlide = glide.equals("u") || onset.equals("qu");
    return afterGlide && nucleus.equals("y") ? CODAS_OF_Y_AFTER_GLIDE : CODAS.get(nucleus);
  }

  private static boolean spelledRight(String onset, char first) {
    boolean front = "eêiy".indexOf(first) >= 0;
    return switch (onset) {
      case "c", "g", "ng" -> !front;
      case "k" -> front;
      case "gh", "ngh" -> front && first != 'y';
      default -> true;
    };
  }

  private static boolean toneFits(int tone, int toneAt, String vowels, String coda) {
    if (STOPS.contains(coda) && tone != SAC && tone != NANG) {
      return false;
    }
    if (tone == NO_TONE) {
      return true;
    }
    if (toneAt < 0 || toneAt >= vowels.length()) {
      return false;
    }
    boolean hasDiacritic = vowels.chars().anyMatch(c -> "ăâêôơư".indexOf(c) >= 0);
    return !hasDiacritic || "ăâêôơư".indexOf(vowels.charAt(toneAt)) >= 0;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || (c >= '\u00A1' && c <= '\u00FF');
  }

  static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c < 0x80);
  }
}
