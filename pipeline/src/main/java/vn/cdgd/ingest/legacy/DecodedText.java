package vn.cdgd.ingest.legacy;

import java.io.Serializable;

/**
 * The text of one cell as it was stored and as it is meant, with how it was decided, so a reader
 * can show both and a converter can report what it changed.
 *
 * @param text the Unicode (NFC) text to use
 * @param raw the characters as the file stored them, untouched
 * @param encoding the encoding the text was decoded from (UNICODE when it was only composed)
 * @param byFont true when a legacy font decided, false when the content did (or nothing had to)
 * @param alternative when the content could be read another way and no reading clearly won, that
 *     other reading (the cell is then reported, and {@code text} is the text as it is); else null
 */
public record DecodedText(
    String text, String raw, LegacyEncoding encoding, boolean byFont, String alternative)
    implements Serializable {

  public boolean uncertain() {
    return alternative != null;
  }

  /** Whether a legacy encoding was decoded and that changed the text (not only its composition). */
  public boolean converted() {
    return encoding != LegacyEncoding.UNICODE && !text.equals(raw);
  }
}
