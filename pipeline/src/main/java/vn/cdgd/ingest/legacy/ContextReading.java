package vn.cdgd.ingest.legacy;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a short cell the way the rest of its sheet (or workbook) is written. One word such as "M·"
 * (TCVN3 for "Mã") or "Maõ" (VNI) is never proof on its own ({@link EncodingGuess} wants two
 * words), but when most of the legacy-looking text around it reads clearly as TCVN3, it is TCVN3
 * too. Pure functions over a cell's stored characters; the caller collects the votes of a sheet
 * and applies {@link #decode} to its cells.
 *
 * <ul>
 *   <li>A cell votes for what it was decoded from (by its font or clearly by its content). A cell
 *       left as it is votes Unicode only when it is legacy-looking (every character an 8-bit font
 *       could hold, some of them not ASCII) and no legacy reading of it is Vietnamese: "Có" proves
 *       nothing, since TCVN3 "Cú" is a word too, while "H'Bla Êban", which no legacy reading makes
 *       Vietnamese, votes Unicode. Plain ASCII and text only Unicode can hold ("Nguyễn") do not
 *       vote.
 *   <li>A sheet leans to an encoding when that encoding has more than half the votes.
 *   <li>In a sheet leaning to TCVN3 or VNI, a legacy-looking cell is read that way when it holds
 *       a character only that encoding explains ("N÷", "Maõ", the "§" of "§VT") and that reading
 *       has no fewer Vietnamese syllables than the text as it is (acronyms such as "ĐVT" or
 *       "LĐLĐ" are syllables in neither); or, without such a character, when that reading is all
 *       Vietnamese syllables and the text as it is is not ("GiÊy khen"). Text that reads as
 *       Vietnamese both ways without any such character ("Có" is TCVN3 "Cú", "Cã" is TCVN3 "Có")
 *       is read that way only when the legacy encoding also outnumbers the cells plainly typed in
 *       Unicode ("Nữ", "Chủ tịch"): a roster whose names were pasted in TCVN3 next to answers typed
 *       in Unicode keeps its "Có". Otherwise it stays as it is, and list answers are matched under
 *       both readings.
 * </ul>
 */
public final class ContextReading {
  private ContextReading() {}

  /**
   * What a cell says about its sheet's encoding, or empty when it says nothing.
   *
   * @param raw the characters as the file stored them
   * @param decodedAs what the cell was decoded from (UNICODE when left as it is)
   * @param uncertain whether the cell was left as it is with a doubt
   */
  public static Optional<LegacyEncoding> vote(String raw, LegacyEncoding decodedAs, boolean uncertain) {
    if (decodedAs != LegacyEncoding.UNICODE) {
      return Optional.of(decodedAs);
    }
    if (uncertain || !isLegacyLooking(raw)) {
      return Optional.empty();
    }
    String asIs = Normalizer.normalize(raw, Normalizer.Form.NFC);
    boolean legacyReadsAsVietnamese =
        isAllSyllables(Tcvn3.decode(raw, false), asIs) || isAllSyllables(Vni.decode(raw), asIs);
    return legacyReadsAsVietnamese ? Optional.empty() : Optional.of(LegacyEncoding.UNICODE);
  }

  /** The encoding that holds more than half the votes, if any. */
  public static Optional<LegacyEncoding> leaning(Map<LegacyEncoding, Integer> votes) {
    int total = votes.values().stream().mapToInt(Integer::intValue).sum();
    return votes.entrySet().stream()
        .filter(vote -> vote.getValue() * 2 > total)
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /**
   * The cell read in the encoding its sheet leans to, when that reading is clearly the better one
   * (see the class comment); empty when the cell stays as it is.
   */
  public static Optional<String> decode(
      String raw, LegacyEncoding leaning, boolean evenWhereBothRead) {
    if (leaning == LegacyEncoding.UNICODE || !isLegacyLooking(raw)) {
      return Optional.empty();
    }
    String asIs = Normalizer.normalize(raw, Normalizer.Form.NFC);
    String reading = leaning == LegacyEncoding.TCVN3 ? Tcvn3.decode(raw, false) : Vni.decode(raw);
    if (reading.equals(asIs)) {
      return Optional.empty();
    }
    int tellTales = leaning == LegacyEncoding.TCVN3 ? Tcvn3.tellTales(raw) : Vni.tellTales(raw);
    boolean decode =
        tellTales > 0
            ? VietnameseSyllables.score(reading) >= VietnameseSyllables.score(asIs)
            : isAllSyllables(reading, asIs) && (evenWhereBothRead || !isAllSyllables(asIs, null));
    return decode ? Optional.of(reading) : Optional.empty();
  }

  /**
   * Whether a cell was typed in Unicode beyond doubt: it holds a letter no 8-bit font can store
   * ("Nữ", "Chủ tịch"). Such cells say nothing about how a legacy-looking cell reads, but they
   * count when deciding a cell that reads as Vietnamese both ways.
   */
  public static boolean isPlainlyUnicode(String raw, LegacyEncoding decodedAs) {
    return decodedAs == LegacyEncoding.UNICODE && raw != null && !Cp1252.allBytes(raw);
  }

  /**
   * Every legacy reading of a cell left as it is that differs from it (TCVN3, then VNI), for
   * matching a list answer ("Cã" is "Có" in TCVN3); empty for text that cannot be legacy.
   */
  public static List<String> legacyReadings(String raw) {
    if (raw == null || !isLegacyLooking(raw)) {
      return List.of();
    }
    String asIs = Normalizer.normalize(raw, Normalizer.Form.NFC);
    return Stream.of(Tcvn3.decode(raw, false), Vni.decode(raw))
        .filter(reading -> !reading.equals(asIs))
        .distinct()
        .toList();
  }

  /** Every character one an 8-bit font can hold, and some of them not ASCII. */
  static boolean isLegacyLooking(String raw) {
    return raw != null && !VietnameseSyllables.isAscii(raw) && Cp1252.allBytes(raw);
  }

  /** A reading that differs from {@code unlike} and whose every non-ASCII word is a syllable. */
  private static boolean isAllSyllables(String reading, String unlike) {
    if (reading.equals(unlike)) {
      return false;
    }
    VietnameseSyllables.Tally tally = VietnameseSyllables.tally(reading);
    return tally.words() > 0 && tally.syllables() == tally.words();
  }
}
