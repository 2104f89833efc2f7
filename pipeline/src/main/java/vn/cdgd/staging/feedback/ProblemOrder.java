package vn.cdgd.staging.feedback;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one order in which every error report lists problems: school year, unit name in Vietnamese
 * order, file, sheet, cell as a person reads a sheet (row, then column), errors before warnings.
 * Rows without a year or a unit name come last; the remaining keys only make the order total.
 */
public final class ProblemOrder {

  private static final Pattern A1 = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})");

  private ProblemOrder() {}

  static List<ProblemRow> sorted(Collection<ProblemRow> rows) {
    List<ProblemRow> copy = new ArrayList<>(rows);
    copy.sort(comparator());
    return copy;
  }

  /** A fresh comparator each time: ICU collators are not thread-safe. */
  static Comparator<ProblemRow> comparator() {
    Collator collator = Collator.getInstance(new ULocale("vi"));
    Map<String, CollationKey> keys = new HashMap<>();
    Comparator<String> vietnamese =
        (a, b) -> key(keys, collator, a).compareTo(key(keys, collator, b));
    return Comparator.comparing(ProblemRow::schoolYear, emptyLast(Comparator.naturalOrder()))
        .thenComparing(ProblemRow::unitName, emptyLast(vietnamese))
        .thenComparing(ProblemRow::unitCode, emptyLast(Comparator.naturalOrder()))
        .thenComparing(ProblemRow::file)
        .thenComparing(row -> row.issue().sheet())
        .thenComparing(row -> row.issue().cell(), ProblemOrder::compareCells)
        .thenComparing(row -> row.issue().level())
        .thenComparing(row -> row.issue().rule())
        .thenComparing(row -> row.issue().fieldCode())
        .thenComparing(row -> row.issue().message());
  }

  /**
   * Compares A1 references by row, then column ({@code B9 < A10 < B10}). An empty cell (a problem
   * of the whole sheet) comes first; text that is not a cell reference comes after every cell. A
   * range sorts by its first cell.
   */
  public static int compareCells(String left, String right) {
    int byPosition = Long.compare(position(left), position(right));
    return byPosition != 0 ? byPosition : left.compareTo(right);
  }

  private static long position(String cell) {
    if (cell.isBlank()) {
      return -1;
    }
    Matcher matcher = A1.matcher(cell.strip());
    if (!matcher.lookingAt()) {
      return Long.MAX_VALUE;
    }
    long column = 0;
    for (char letter : matcher.group(1).toUpperCase(java.util.Locale.ROOT).toCharArray()) {
      column = column * 26 + (letter - 'A' + 1);
    }
    return Long.parseLong(matcher.group(2)) * 20_000 + column;
  }

  private static CollationKey key(Map<String, CollationKey> keys, Collator collator, String text) {
    return keys.computeIfAbsent(text, collator::getCollationKey);
  }

  private static Comparator<String> emptyLast(Comparator<String> order) {
    return (a, b) -> {
      if (a.isEmpty() || b.isEmpty()) {
        return Boolean.compare(a.isEmpty(), b.isEmpty());
      }
      return order.compare(a, b);
    };
  }
}
