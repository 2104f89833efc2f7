package vn.cdgd.ingest.values;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Reads the answer to a Có/Không question. Forms are ticked with anything from "Có" to "x" or "✓",
 * and an empty cell means no: the form asks people to fill in only what applies.
 */
public final class YesNo {

  // Compared on Texts.key: "Có" is "co", "Đã" is "da".
  private static final Set<String> YES =
      Set.of("co", "c", "x", "1", "yes", "y", "da", "roi", "true");
  private static final Set<String> NO =
      Set.of("khong", "k", "ko", "0", "no", "n", "chua", "false");
  // Ticks have no letters, so no key: compared on the cleaned text.
  private static final Set<String> TICKS = Set.of("✓", "✔", "☑", "✅");
  private static final String EXPECTED =
      "Hãy nhập Có hoặc Không (cũng nhận C, x, 1 cho Có; K, 0 hoặc để trống cho Không).";

  private YesNo() {}

  /** Yes or no; an empty cell is no ({@code Boolean.FALSE}), never blank. */
  public static Parsed<Boolean> parse(String text) {
    String cleaned = Texts.clean(text);
    if (cleaned.isEmpty()) {
      return Parsed.ok(Boolean.FALSE);
    }
    if (TICKS.contains(cleaned)) {
      return Parsed.ok(Boolean.TRUE);
    }
    String key = Texts.key(cleaned);
    if (YES.contains(key)) {
      return Parsed.ok(Boolean.TRUE);
    }
    if (NO.contains(key)) {
      return Parsed.ok(Boolean.FALSE);
    }
    return Parsed.fail("\"" + cleaned + "\" không phải là câu trả lời Có/Không. " + EXPECTED);
  }

  /** Yes or no from a numeric cell: 1 is yes, 0 is no. */
  public static Parsed<Boolean> fromNumber(double value) {
    if (value == 1) {
      return Parsed.ok(Boolean.TRUE);
    }
    if (value == 0) {
      return Parsed.ok(Boolean.FALSE);
    }
    return Parsed.fail(
        "Số " + show(value) + " không phải là câu trả lời Có/Không."
            + " Hãy nhập 1 (Có) hoặc 0 (Không).");
  }

  private static String show(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "trong ô";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
