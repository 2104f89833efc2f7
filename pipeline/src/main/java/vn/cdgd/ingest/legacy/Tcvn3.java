package vn.cdgd.ingest.legacy;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts): one byte per letter, lowercase letters with every
 * tone and the seven capitals without tone (Ă Â Ê Ô Ơ Ư Đ). Capitals with a tone exist only through
 * an all-caps font (".VnTimeH"), which draws every letter byte as its capital. The bytes 0x80–0x9F
 * are not letters in VN3 (it leaves the C1 range alone), nor are the positions VN1 fills with
 * capitals (0xAF, 0xBA, 0xBF, 0xC0–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0, 0xFF, the C0 range). {@link
 * #decode} reads VN3 only, for content guessing, where such characters are more often Latin-1 text;
 * {@link #decodeTyped}, for cells whose font is a TCVN3 font, also reads VN1's capitals there, as
 * written by iconv's TCVN5712-1 and old converters.
 */
public final class Tcvn3 {

  /**
   * Letter and byte, from GNU libiconv's TCVN5712-1 table (lib/tcvn.h) restricted to VN3, checked
   * against the vietunicode.sourceforge.net TCVN3 (ABC) reference table. Rows: a vowel without
   * tone, then with huyền, hỏi, ngã, sắc, nặng; ASCII vowels are their own bytes.
   */
  private static final String TABLE =
      """
      Ă=A1 Â=A2 Ê=A3 Ô=A4 Ơ=A5 Ư=A6 Đ=A7 đ=AE
      à=B5 ả=B6 ã=B7 á=B8 ạ=B9
      ă=A8 ằ=BB ẳ=BC ẵ=BD ắ=BE ặ=C6
      â=A9 ầ=C7 ẩ=C8 ẫ=C9 ấ=CA ậ=CB
      è=CC ẻ=CE ẽ=CF é=D0 ẹ=D1
      ê=AA ề=D2 ể=D3 ễ=D4 ế=D5 ệ=D6
      ì=D7 ỉ=D8 ĩ=DC í=DD ị=DE
      ò=DF ỏ=E1 õ=E2 ó=E3 ọ=E4
      ô=AB ồ=E5 ổ=E6 ỗ=E7 ố=E8 ộ=E9
      ơ=AC ờ=EA ở=EB ỡ=EC ớ=ED ợ=EE
      ù=EF ủ=F1 ũ=F2 ú=F3 ụ=F4
      ư=AD ừ=F5 ử=F6 ữ=F7 ứ=F8 ự=F9
      ỳ=FA ỷ=FB ỹ=FC ý=FD ỵ=FE
      """;

  /**
   * The capitals with a tone of VN1 (GNU iconv's TCVN5712-1, lib/tcvn.h), at the bytes VN3 leaves
   * empty: the C0 range, 0x80–0x9F and the spare positions. A cell typed in a TCVN3 font that holds
   * these bytes was written by a VN1 tool (iconv, old converters); no VN3 text uses them as letters.
   */
  private static final String VN1_CAPITALS =
      """
      À=80 Ả=81 Ã=82 Á=83 Ạ=84 Ặ=85 Ậ=86 È=87 Ẻ=88 Ẽ=89 É=8A Ẹ=8B Ệ=8C Ì=8D Ỉ=8E Ĩ=8F
      Í=90 Ị=91 Ò=92 Ỏ=93 Õ=94 Ó=95 Ọ=96 Ộ=97 Ờ=98 Ở=99 Ỡ=9A Ớ=9B Ợ=9C Ù=9D Ủ=9E Ũ=9F
      Ú=01 Ụ=02 Ừ=04 Ử=05 Ữ=06 Ứ=11 Ự=12 Ỳ=13 Ỷ=14 Ỹ=15 Ý=16 Ỵ=17
      Ằ=AF Ẳ=BA Ẵ=BF Ắ=C0 Ầ=C1 Ẩ=C2 Ẫ=C3 Ấ=C4 Ề=C5 Ể=CD Ễ=D9 Ế=DA Ồ=DB Ổ=E0 Ỗ=F0 Ố=FF
      """;

  /**
   * VN1 capital bytes that Windows-1252 gives common punctuation (… ‘ ’ “ ” • – —), which people
   * also type: read as a capital only inside a word written in capitals ("C—NG H’A" is "CỘNG
   * HÒA"), kept as punctuation elsewhere ("R’LÊp" stays "R’Lấp", quotes stay quotes).
   */
  private static final String PUNCTUATION_BYTES = "\u0085\u0091\u0092\u0093\u0094\u0095\u0096\u0097";

  private static final char[] VN1_CAPITAL_OF_BYTE = new char[256];

  /** The Latin-1 letters that Unicode Vietnamese text uses, so they prove nothing about TCVN3. */
  static final String VIETNAMESE_LATIN1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";

  private static final char[] LETTER_OF_BYTE = new char[256];
  private static final Map<Character, Character> BYTE_OF_LETTER = new HashMap<>();

  static {
    for (String entry : TABLE.trim().split("\\s+")) {
      char letter = entry.charAt(0);
      int b = Integer.parseInt(entry.substring(2), 16);
      LETTER_OF_BYTE[b] = letter;
      BYTE_OF_LETTER.put(letter, (char) b);
    }
    for (String entry : VN1_CAPITALS.trim().split("\\s+")) {
      VN1_CAPITAL_OF_BYTE[Integer.parseInt(entry.substring(2), 16)] = entry.charAt(0);
    }
  }

  private Tcvn3() {}

  /**
   * The Unicode (NFC) text of a cell typed in a TCVN3 font; with {@code allCapsFont} every letter
   * comes out as a capital, as the ".…H" fonts draw it. Characters that are not TCVN3 letters stay
   * as they are, except that a bare C1 code point U+0080–U+009F becomes its Windows-1252 character.
   */
  public static String decode(String text, boolean allCapsFont) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int b = Cp1252.byteOf(c);
      if (b < 0) {
        out.append(c);
        continue;
      }
      char letter = LETTER_OF_BYTE[b];
      boolean isLetter = letter != 0 || (b < 0x80 && Character.isLetter(b));
      char decoded = letter != 0 ? letter : Cp1252.charOf(b);
      out.append(allCapsFont && isLetter ? Character.toUpperCase(decoded) : decoded);
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /**
   * The Unicode (NFC) text of a cell whose font is a TCVN3 font: {@link #decode} plus VN1's capitals
   * with a tone where VN3 has no letter, so text converted to TCVN 5712 by a VN1 tool keeps every
   * capital. Content guessing does not use this: there, such bytes are more often Latin-1 text.
   */
  public static String decodeTyped(String text, boolean allCapsFont) {
    if (text == null) {
      return null;
    }
    if (text.chars().noneMatch(c -> vn1Capital(c) != 0)) {
      return decode(text, allCapsFont);
    }
    char[] raw = text.toCharArray();
    char[] decoded = new char[raw.length];
    boolean[] contested = new boolean[raw.length];
    for (int i = 0; i < raw.length; i++) {
      char capital = vn1Capital(raw[i]);
      if (capital != 0) {
        decoded[i] = capital;
        contested[i] = PUNCTUATION_BYTES.indexOf((char) Cp1252.byteOf(raw[i])) >= 0;
      } else {
        decoded[i] = decode(String.valueOf(raw[i]), allCapsFont).charAt(0);
      }
    }
    StringBuilder out = new StringBuilder(raw.length);
    for (int i = 0; i < raw.length; i++) {
      boolean keepPunctuation = contested[i] && !insideCapitalWord(decoded, contested, i);
      out.append(keepPunctuation ? Cp1252.charOf(Cp1252.byteOf(raw[i])) : decoded[i]);
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /** The VN1 capital a cell character stands for, or 0 when it is a VN3 letter or no letter. */
  private static char vn1Capital(int c) {
    int b = Cp1252.byteOf((char) c);
    return b < 0 || LETTER_OF_BYTE[b] != 0 ? 0 : VN1_CAPITAL_OF_BYTE[b];
  }

  /** A letter on both sides, and no lower-case letter in the whole word around position i. */
  private static boolean insideCapitalWord(char[] decoded, boolean[] contested, int i) {
    if (i == 0 || i == decoded.length - 1
        || !Character.isLetter(decoded[i - 1]) || !Character.isLetter(decoded[i + 1])) {
      return false;
    }
    int start = i;
    while (start > 0 && Character.isLetter(decoded[start - 1])) {
      start--;
    }
    int end = i;
    while (end < decoded.length - 1 && Character.isLetter(decoded[end + 1])) {
      end++;
    }
    for (int j = start; j <= end; j++) {
      if (!contested[j] && Character.isLowerCase(decoded[j])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text as Excel shows it in a TCVN3 font. A capital with a tone has no byte of its own, so it
   * is written with its lowercase byte (as Unikey does): it reads as a capital only in an all-caps
   * font. Characters that are not Vietnamese letters are kept when they read back as themselves.
   *
   * @throws IllegalArgumentException for a character such as "ß" or "©" whose byte TCVN3 uses for a
   *     letter, since it would come back as that letter
   */
  public static String encode(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    for (int i = 0; i < composed.length(); i++) {
      char c = composed.charAt(i);
      Character b = BYTE_OF_LETTER.get(c);
      if (b == null && Character.isUpperCase(c)) {
        b = BYTE_OF_LETTER.get(Character.toLowerCase(c));
      }
      if (b != null) {
        out.append(b.charValue());
      } else if (isLetterByte(Cp1252.byteOf(c))) {
        throw new IllegalArgumentException(
            "\""
                + c
                + "\" cannot be written in TCVN3: its byte is the letter "
                + decode("" + c, false));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** How many characters of the text are TCVN3 letter bytes that Unicode Vietnamese never uses. */
  static int tellTales(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0xA0 && c <= 0xFF && isLetterByte(c) && VIETNAMESE_LATIN1.indexOf(c) < 0) {
        count++;
      }
    }
    return count;
  }

  private static boolean isLetterByte(int b) {
    return b >= 0x80 && LETTER_OF_BYTE[b] != 0;
  }
}
