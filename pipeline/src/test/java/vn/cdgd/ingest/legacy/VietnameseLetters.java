package vn.cdgd.ingest.legacy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every Vietnamese letter with a vowel or đ: 12 vowels × 6 tone states + đ = 73 per case, 146 in
 * all, 134 of them outside ASCII. Built from combining marks, not from any table under test.
 */
final class VietnameseLetters {

  /** The 12 vowels, in alphabetical order. */
  static final List<String> VOWELS =
      List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y");

  /** No tone, then sắc, huyền, hỏi, ngã, nặng: the order of the expected tables in the tests. */
  static final List<String> TONES = List.of("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323");

  private VietnameseLetters() {}

  /** The lowercase letters, vowel by vowel in tone order, then đ. */
  static List<String> lowercase() {
    List<String> letters = new ArrayList<>();
    for (String vowel : VOWELS) {
      for (String tone : TONES) {
        letters.add(Normalizer.normalize(vowel + tone, Normalizer.Form.NFC));
      }
    }
    letters.add("đ");
    return letters;
  }

  static List<String> uppercase() {
    return lowercase().stream().map(letter -> letter.toUpperCase(Locale.ROOT)).toList();
  }
}
