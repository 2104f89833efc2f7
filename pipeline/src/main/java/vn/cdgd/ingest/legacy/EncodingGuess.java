package vn.cdgd.ingest.legacy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Guesses the encoding of a cell whose font says nothing, by reading it three ways (as it is, as
 * TCVN3, as VNI) and scoring each reading by its share of Vietnamese syllables.
 *
 * <ul>
 *   <li>Text that only Unicode can hold (ư, ệ, đ, a combining tone mark: any character above U+00FF
 *       other than Windows-1252's), pure ASCII, and text that every reading leaves unchanged are
 *       Unicode, certainly.
 *   <li>A legacy reading scores its syllable share, but loses {@value #UNSUPPORTED_PENALTY} when
 *       the text has none of that encoding's tell-tales (TCVN3: a letter byte that Unicode
 *       Vietnamese never uses, such as "Ö", "ß", "¬", "®", "§", the soft hyphen; VNI: a vowel
 *       followed by a mark byte that fits it, such as "aù", "eä", or "ñ", "ö"). Without that
 *       evidence it can cast doubt but never win. A reading without any non-ASCII word scores
 *       {@value #NEUTRAL}.
 *   <li>The best reading is taken for certain when it scores at least {@value #MIN_SCORE}, beats
 *       the next one by at least {@value #MARGIN}, and, for a legacy reading, has at least {@value
 *       #MIN_LEGACY_WORDS} non-ASCII words: one short word ("Lª") is never proof. Ties go to the
 *       text as it is.
 * </ul>
 */
public final class EncodingGuess {

  static final double MIN_SCORE = 0.8;
  static final double MARGIN = 0.3;
  static final double UNSUPPORTED_PENALTY = 0.4;
  static final double NEUTRAL = 0.5;
  static final int MIN_LEGACY_WORDS = 2;
  private static final double ROUNDING = 1e-9;

  private EncodingGuess() {}

  /**
   * What the text most likely says.
   *
   * @param encoding the encoding of the best-scoring reading
   * @param decoded that reading when certain, else the text as it is (NFC): nothing is converted on
   *     a guess
   * @param confidence the best reading's score, 0 to 1
   * @param certain whether the best reading won clearly; when not, report the cell ("không chắc
   *     bảng mã") with {@code asIs} and {@code alternative}
   * @param asIs the text as it is, in NFC
   * @param alternative when not certain, the best-scoring reading that differs from the text as it
   *     is; null when certain or when no reading differs
   */
  public record Guess(
      LegacyEncoding encoding,
      String decoded,
      double confidence,
      boolean certain,
      String asIs,
      String alternative) {}

  private record Reading(LegacyEncoding encoding, String text, double score, int words) {}

  public static Guess guess(String text) {
    String raw = text == null ? "" : text;
    String asIs = Normalizer.normalize(raw, Normalizer.Form.NFC);
    if (VietnameseSyllables.isAscii(raw) || !Cp1252.allBytes(raw)) {
      return new Guess(LegacyEncoding.UNICODE, asIs, 1.0, true, asIs, null);
    }
    List<Reading> readings = new ArrayList<>();
    readings.add(reading(LegacyEncoding.UNICODE, asIs, true));
    addIfNew(
        readings,
        reading(LegacyEncoding.TCVN3, Tcvn3.decode(raw, false), Tcvn3.tellTales(raw) > 0));
    addIfNew(readings, reading(LegacyEncoding.VNI, Vni.decode(raw), Vni.tellTales(raw) > 0));
    if (readings.size() == 1) {
      return new Guess(LegacyEncoding.UNICODE, asIs, 1.0, true, asIs, null);
    }
    readings.sort(Comparator.comparingDouble(Reading::score).reversed());
    Reading best = readings.get(0);
    boolean certain =
        best.score() >= MIN_SCORE
            && best.score() - readings.get(1).score() >= MARGIN - ROUNDING
            && (best.encoding() == LegacyEncoding.UNICODE || best.words() >= MIN_LEGACY_WORDS);
    double confidence = Math.max(0, best.score());
    if (certain) {
      return new Guess(best.encoding(), best.text(), confidence, true, asIs, null);
    }
    String alternative =
        readings.stream()
            .filter(r -> !r.text().equals(asIs))
            .findFirst()
            .map(Reading::text)
            .orElse(null);
    return new Guess(best.encoding(), asIs, confidence, false, asIs, alternative);
  }

  private static Reading reading(LegacyEncoding encoding, String text, boolean supported) {
    VietnameseSyllables.Tally tally = VietnameseSyllables.tally(text);
    double share = tally.words() == 0 ? NEUTRAL : (double) tally.syllables() / tally.words();
    return new Reading(
        encoding, text, supported ? share : share - UNSUPPORTED_PENALTY, tally.words());
  }

  private static void addIfNew(List<Reading> readings, Reading candidate) {
    if (readings.stream().noneMatch(r -> r.text().equals(candidate.text()))) {
      readings.add(candidate);
    }
  }
}
