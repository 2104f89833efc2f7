package vn.cdgd.parquet;

/**
 * The order Spark sorts column values in, for rows sorted on the driver so the files equal the
 * ones Spark's own sort writes: nulls first, strings by code point (UTF-8 byte order: {@link
 * String#compareTo} differs above U+FFFF), {@code -0.0} equal to {@code 0.0}, else natural order.
 */
public final class SparkValueOrder {
  private SparkValueOrder() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  public static int compare(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (a instanceof String x && b instanceof String y) {
      return byCodePoint(x, y);
    }
    if (a instanceof Double x && b instanceof Double y) {
      return x.equals(y) || x == 0.0 && y == 0.0 ? 0 : Double.compare(x, y);
    }
    return ((Comparable) a).compareTo(b);
  }

  private static int byCodePoint(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
