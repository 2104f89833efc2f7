package vn.cdgd.demo;

import java.util.Random;

/**
 * How untidily one workbook is typed, the way real ones arrive (domain.md, "Text as it really
 * arrives"). Every choice keeps the meaning: a parser that follows the domain reads the same
 * figures as from a tidy workbook.
 *
 * @param decomposed every text cell in NFD (letter + combining marks)
 * @param staffAs how the first field's total is written
 * @param moneyWithDots money typed as text with dots for thousands ({@code 12.500.000})
 * @param dashForZero a zero typed as {@code -}
 * @param paddedNumber a count typed as text with spaces and a non-breaking space
 * @param dates how award and training dates are written
 * @param yesNoVariants Có/Không typed as {@code x}, {@code C}, {@code có}, {@code K}
 */
record Mess(
    boolean decomposed,
    StaffStyle staffAs,
    boolean moneyWithDots,
    boolean dashForZero,
    boolean paddedNumber,
    DateStyle dates,
    boolean yesNoVariants) {

  enum StaffStyle { NUMBER, WITH_UNIT, SUM_CACHED, SUM_UNCACHED, PLUS_CACHED, PLUS_UNCACHED }

  enum DateStyle { DATE_CELL, SLASHES, WORDS }

  static final Mess TIDY =
      new Mess(false, StaffStyle.NUMBER, false, false, false, DateStyle.DATE_CELL, false);

  static Mess draw(Random random) {
    int staff = random.nextInt(100);
    StaffStyle staffAs =
        staff < 8 ? StaffStyle.WITH_UNIT
            : staff < 11 ? StaffStyle.SUM_CACHED
            : staff < 14 ? StaffStyle.SUM_UNCACHED
            : staff < 16 ? StaffStyle.PLUS_CACHED
            : staff < 18 ? StaffStyle.PLUS_UNCACHED
            : StaffStyle.NUMBER;
    int date = random.nextInt(100);
    return new Mess(
        random.nextInt(100) < 15,
        staffAs,
        random.nextInt(100) < 10,
        random.nextInt(100) < 10,
        random.nextInt(100) < 8,
        date < 75 ? DateStyle.DATE_CELL : date < 90 ? DateStyle.SLASHES : DateStyle.WORDS,
        random.nextInt(100) < 15);
  }

  boolean tidy() {
    return equals(TIDY);
  }
}
