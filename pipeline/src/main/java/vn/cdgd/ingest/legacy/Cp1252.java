package vn.cdgd.ingest.legacy;

/**
 * The bytes of a legacy cell as Java sees them. Excel hands over a byte 0x80–0x9F either as the
 * Windows-1252 character ("€", "“", "–") or, from some writers, as the bare C1 code point
 * U+0080–U+009F; both mean the same byte. Source: unicode.org MAPPINGS/VENDORS/MICSFT/WINDOWS/
 * CP1252.TXT (0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned there and stay control points).
 */
final class Cp1252 {

  /** The Windows-1252 characters of bytes 0x80–0x9F; '\0' where the byte is unassigned. */
  private static final String HIGH =
      "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0" // 0x80–0x8F
          + "\0‘’“”•–—˜™š›œ\0žŸ"; // 0x90–0x9F

  private Cp1252() {}

  /** The byte a character stands for, or -1 when no 8-bit font can store it. */
  static int byteOf(char c) {
    if (c <= 0xFF) {
      return c;
    }
    int index = HIGH.indexOf(c);
    return index < 0 ? -1 : 0x80 + index;
  }

  /** The character Excel shows for a byte: Latin-1, except Windows-1252's own 0x80–0x9F. */
  static char charOf(int b) {
    if (b >= 0x80 && b <= 0x9F && HIGH.charAt(b - 0x80) != '\0') {
      return HIGH.charAt(b - 0x80);
    }
    return (char) b;
  }

  /** Whether every character of the text could have come from an 8-bit font. */
  static boolean allBytes(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (byteOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
