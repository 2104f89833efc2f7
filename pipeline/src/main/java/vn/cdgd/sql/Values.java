package vn.cdgd.sql;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of a value as analysts expect to read it: a double as {@code 0.94}, not {@code
 * 0.9399999999999999} nor {@code 9.4E-1}; dates in ISO order; NULL as nothing.
 */
final class Values {
  private static final MathContext DOUBLE_DIGITS = new MathContext(15);
  private static final MathContext FLOAT_DIGITS = new MathContext(7);
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private Values() {}

  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double || value instanceof Float) {
      BigDecimal number = number(value);
      return number == null ? value.toString() : number.toPlainString();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.getNano() == 0
          ? dateTime.format(SECONDS)
          : dateTime.toLocalDate() + " " + dateTime.toLocalTime();
    }
    if (value instanceof OffsetDateTime dateTime) {
      return dateTime.toString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(Values::text).collect(Collectors.joining(", ", "[", "]"));
    }
    return value.toString();
  }

  /**
   * A double or float rounded to the digits it really holds (15 and 7 significant digits), which
   * drops the binary noise of sums and divisions; {@code null} for NaN and the infinities.
   */
  static BigDecimal number(Object value) {
    if (value instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? null : clean(new BigDecimal(d).round(DOUBLE_DIGITS));
    }
    if (value instanceof Float f) {
      return f.isNaN() || f.isInfinite() ? null : clean(new BigDecimal(f).round(FLOAT_DIGITS));
    }
    throw new IllegalArgumentException("not a floating-point value: " + value);
  }

  private static BigDecimal clean(BigDecimal rounded) {
    BigDecimal stripped = rounded.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
