package vn.cdgd.ingest.workbook;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import vn.cdgd.ingest.legacy.CellDecoder;
import vn.cdgd.ingest.legacy.DecodedText;
import vn.cdgd.ingest.legacy.LegacyText;

/**
 * {@link CellDecoder#decode} remembered for short texts: the decoding is a pure function of the
 * runs and their fonts, and the same labels, names and answers come back in every workbook of a
 * batch (the template's labels in all of them), so most cells are decoded once per JVM instead of
 * once per cell. Bounded: emptied when full, long texts never kept.
 */
final class DecodedTexts {
  private static final int MAX_ENTRIES = 50_000;
  private static final int MAX_TEXT_LENGTH = 200;
  private static final ConcurrentHashMap<List<LegacyText.Run>, DecodedText> DECODED =
      new ConcurrentHashMap<>();

  private DecodedTexts() {}

  static DecodedText decode(List<LegacyText.Run> runs) {
    int length = 0;
    for (LegacyText.Run run : runs) {
      length += run.text() == null ? 0 : run.text().length();
    }
    if (length > MAX_TEXT_LENGTH) {
      return CellDecoder.decode(runs);
    }
    DecodedText known = DECODED.get(runs);
    if (known != null) {
      return known;
    }
    DecodedText decoded = CellDecoder.decode(runs);
    if (DECODED.size() >= MAX_ENTRIES) {
      DECODED.clear();
    }
    DECODED.put(runs, decoded);
    return decoded;
  }
}
