package vn.cdgd.ingest.legacy;

import java.text.Normalizer;
import java.util.List;

/**
 * Decides what a text cell says, from its runs: when a run's font is a legacy font (TCVN3 or VNI),
 * the fonts decide ({@link LegacyText#decodeRuns}); when every font is a Unicode font, the content
 * decides ({@link EncodingGuess}), and a reading is only taken when it clearly wins. An unclear
 * cell keeps its text as it is and carries the other reading, so nothing is guessed silently; a
 * cell is only unclear when it holds a character that only TCVN3 or VNI explains, so Unicode text
 * that is not Vietnamese syllables (minority names, foreign words) is never doubted.
 * Shared by ingest and by {@code cdgd convert}, so both decide the same way.
 */
public final class CellDecoder {
  private CellDecoder() {}

  /** A plain cell: one run in the cell's font. */
  public static DecodedText decode(String text, String fontName) {
    return decode(List.of(new LegacyText.Run(text, fontName)));
  }

  public static DecodedText decode(List<LegacyText.Run> runs) {
    StringBuilder raw = new StringBuilder();
    LegacyEncoding fontEncoding = LegacyEncoding.UNICODE;
    for (LegacyText.Run run : runs) {
      if (run.text() == null) {
        continue;
      }
      raw.append(run.text());
      LegacyEncoding encoding = FontEncodings.ofFont(run.fontName());
      if (fontEncoding == LegacyEncoding.UNICODE && encoding != LegacyEncoding.UNICODE
          && !run.text().isEmpty()) {
        fontEncoding = encoding;
      }
    }
    String rawText = raw.toString();
    if (fontEncoding != LegacyEncoding.UNICODE) {
      String text = LegacyText.decodeRuns(runs);
      // A run typed in Unicode inside a .Vn font (pasted text) is only composed: the cell counts
      // as decoded when some run was.
      boolean decoded = !text.equals(Normalizer.normalize(rawText, Normalizer.Form.NFC));
      return new DecodedText(
          text, rawText, decoded ? fontEncoding : LegacyEncoding.UNICODE, true, null);
    }
    EncodingGuess.Guess guess = EncodingGuess.guess(rawText);
    if (guess.certain()) {
      return new DecodedText(guess.decoded(), rawText, guess.encoding(), false, null);
    }
    if (!hasLegacyEvidence(rawText, guess)) {
      // Names of minority peoples ("H'Bla Êban", "Y Khoa Niê") are not Vietnamese syllables, yet
      // plainly Unicode: no character only a legacy font explains, and no better legacy reading.
      return new DecodedText(guess.asIs(), rawText, LegacyEncoding.UNICODE, false, null);
    }
    return new DecodedText(
        guess.asIs(), rawText, LegacyEncoding.UNICODE, false, guess.alternative());
  }

  /**
   * Whether a legacy reading is worth a doubt: the text holds a character only TCVN3 or VNI
   * explains, or the other reading has more Vietnamese syllables than the text as it is
   * ("NguyÔn" against "Nguyễn").
   */
  private static boolean hasLegacyEvidence(String raw, EncodingGuess.Guess guess) {
    if (guess.alternative() == null) {
      return false;
    }
    return Tcvn3.tellTales(raw) > 0
        || Vni.tellTales(raw) > 0
        || VietnameseSyllables.score(guess.alternative()) > VietnameseSyllables.score(guess.asIs());
  }
}
