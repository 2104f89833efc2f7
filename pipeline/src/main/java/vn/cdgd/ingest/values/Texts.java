package vn.cdgd.ingest.values;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans cell text and derives matching keys. Cells arrive in composed or decomposed Unicode, with
 * non-breaking spaces pasted from the web or Word, line breaks typed with Alt+Enter and invisible
 * zero-width characters; none of those should make two labels differ.
 */
public final class Texts {

  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Texts() {}

  /**
   * The text in NFC with every kind of space (no-break, figure, narrow, tab, line break…) turned
   * into one plain space, zero-width spaces and byte order marks dropped, and the ends trimmed; ""
   * for null. Other characters are kept as they are: the soft hyphen U+00AD, for one, is a real
   * letter in text that was TCVN3 before it was decoded.
   */
  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder text = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isZeroWidth(c)) {
        continue;
      }
      text.append(isSpace(c) ? ' ' : c);
    }
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    return SPACES.matcher(composed).replaceAll(" ").trim();
  }

  /**
   * A key for matching labels and headers whatever the case, tone marks, punctuation and spacing:
   * "Trong đó: NỮ" and "trong do nu" have the same key. Only for comparing, never for showing.
   */
  public static String key(String raw) {
    if (raw == null || raw.length() > KEYED_LENGTH) {
      return computeKey(raw);
    }
    String known = KEYS.get(raw);
    if (known != null) {
      return known;
    }
    if (KEYS.size() > KEYS_KEPT) {
      KEYS.clear();
    }
    String key = computeKey(raw);
    KEYS.put(raw, key);
    return key;
  }

  /**
   * Keys already computed: the same labels, headers and list answers are keyed for every cell of
   * every workbook of a batch, and computing a key (two normalisations, three regular expressions)
   * was the largest cost of reading a workbook after its XML. Bounded; a key is a pure function.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int KEYS_KEPT = 20_000;
  private static final int KEYED_LENGTH = 200;

  private static String computeKey(String raw) {
    String decomposed = Normalizer.normalize(clean(raw), Normalizer.Form.NFD);
    String bare = MARKS.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll("");
    bare = bare.replace('đ', 'd').replace('ð', 'd');
    return NOT_LETTER_OR_DIGIT.matcher(bare).replaceAll(" ").trim();
  }

  public static boolean sameKey(String a, String b) {
    return key(a).equals(key(b));
  }

  private static boolean isZeroWidth(char c) {
    return c == '\u200B' || c == '\u2060' || c == '\uFEFF';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }
}
