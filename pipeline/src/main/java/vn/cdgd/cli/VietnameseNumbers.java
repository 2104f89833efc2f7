package vn.cdgd.cli;

import java.util.Locale;

/** Counts as Vietnamese documents print them: 49.835, not 49835 or 49,835. */
final class VietnameseNumbers {
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private VietnameseNumbers() {}

  static String of(long count) {
    return String.format(VIETNAMESE, "%,d", count);
  }
}
