package vn.cdgd.ingest.legacy;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts): one byte per letter, lowercase letters with every
 * tone and the seven capitals without tone (Ă Â Ê Ô Ơ Ư Đ). Capitals with a tone exist only through
 * an all-caps font (".VnTimeH"), which draws every letter byte as its capital. The bytes 0x80–0x9F
 * are not letters in VN3 (it leaves the C1 range alone); the positions VN1/VN2 fill with capitals
 * or combining marks (0xAF, 0xB0–0xB4, 0xBA, 0xBF, 0xC0–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0, 0xFF)
 * are not decoded either: VN3 fonts do not have them, and decoding "À", "à" or "°" there would
 * corrupt text more often than it repairs it.
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
