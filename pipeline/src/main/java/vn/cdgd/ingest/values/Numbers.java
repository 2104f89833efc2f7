package vn.cdgd.ingest.values;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers as Vietnamese people type them into text cells: dot for thousands and comma for
 * decimals ({@code 1.234.567,5}), but also the English habit ({@code 1,234.5}), spaces between
 * thousands, a trailing unit ({@code 45 người}, {@code 3.500.000đ}) and a dash for zero.
 *
 * <p>A lone separator is read by what follows it: exactly three digits and nothing else make it a
 * thousands separator ({@code 1,234} and {@code 1.234} are 1234), anything else a decimal mark
 * ({@code 1,5}, {@code 1.25}, {@code 1,2345}). Two exceptions keep it a decimal mark: a whole part
 * of {@code 0} ({@code 0,125}) and a whole part longer than three digits ({@code 1234,567}), since
 * nobody groups thousands that way. When both separators occur, the last one is the decimal mark.
 */
public final class Numbers {

  private static final Pattern DASHES = Pattern.compile("[-–—‒−]+");
  // sign, digits with their separators, then whatever follows (a unit, or junk).
  private static final Pattern SHAPE =
      Pattern.compile("(?<sign>[-+−–]?) ?(?<body>[0-9][0-9., ]*?)(?<gap> ?)(?<rest>[^0-9., ].*)?");
  private static final Pattern UNIT_WORDS = Pattern.compile("\\p{L}[\\p{L}\\p{M}./ ]*");
  // Compared on Texts.key: "đ", "VNĐ", "đồng". The sign ₫ has no key and is compared as is.
  private static final Set<String> CURRENCIES = Set.of("d", "vnd", "dong", "vn dong");
  private static final Pattern SPACE_GROUPED =
      Pattern.compile("[0-9]{1,3}( [0-9]{3})+([.,][0-9]+)?");
  private static final Pattern PLAIN = Pattern.compile("[0-9]+");

  private Numbers() {}

  /** The number in the text; blank for an empty cell, zero for a lone dash. */
  public static Parsed<BigDecimal> parse(String text) {
    String cleaned = Texts.clean(text);
    if (cleaned.isEmpty()) {
      return Parsed.blank();
    }
    BigDecimal number = read(cleaned);
    return number == null
        ? Parsed.fail(notANumber(cleaned, "một số, ví dụ 1.234 hoặc 12,5"))
        : Parsed.ok(number);
  }

  /** The whole number in the text, read as {@link #parse}; a fractional part fails. */
  public static Parsed<Long> wholeNumber(String text) {
    String cleaned = Texts.clean(text);
    if (cleaned.isEmpty()) {
      return Parsed.blank();
    }
    BigDecimal number = read(cleaned);
    if (number == null) {
      return Parsed.fail(notANumber(cleaned, "một số nguyên, ví dụ 1.234"));
    }
    return whole(number, cleaned);
  }

  /**
   * The whole number in a numeric cell. Values within 1e-6 of a whole number count as that number:
   * a formula such as {@code =0.3*150} stores 44.99999999999999, not 45.
   */
  public static Parsed<Long> wholeNumber(double numericCellValue) {
    if (Double.isNaN(numericCellValue) || Double.isInfinite(numericCellValue)) {
      return Parsed.fail("Ô không chứa một số hợp lệ. Hãy nhập một số nguyên, ví dụ 1.234.");
    }
    double nearest = Math.rint(numericCellValue);
    if (Math.abs(numericCellValue - nearest) <= 1e-6) {
      return whole(BigDecimal.valueOf(nearest), show(numericCellValue));
    }
    return whole(BigDecimal.valueOf(numericCellValue), show(numericCellValue));
  }

  private static Parsed<Long> whole(BigDecimal number, String shown) {
    if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
      return Parsed.fail(
          "Giá trị \"" + shown + "\" có phần lẻ, nhưng ô này phải là số nguyên."
              + " Hãy nhập một số nguyên, ví dụ 1.234.");
    }
    try {
      return Parsed.ok(number.longValueExact());
    } catch (ArithmeticException tooLarge) {
      return Parsed.fail("\"" + shown + "\" quá lớn. Hãy kiểm tra lại số đã nhập.");
    }
  }

  /** The number in cleaned, non-empty text, or null when it holds none. */
  static BigDecimal read(String text) {
    if (DASHES.matcher(text).matches()) {
      return BigDecimal.ZERO;
    }
    Matcher shape = SHAPE.matcher(text);
    if (!shape.matches() || !unitAllowed(shape.group("rest"), !shape.group("gap").isEmpty())) {
      return null;
    }
    String digits = digits(shape.group("body"));
    if (digits == null) {
      return null;
    }
    BigDecimal number = new BigDecimal(digits);
    String sign = shape.group("sign");
    return sign.isEmpty() || sign.equals("+") ? number : number.negate();
  }

  /** A trailing unit word needs a space before it, except a currency such as 3.500.000đ. */
  private static boolean unitAllowed(String rest, boolean spaced) {
    if (rest == null) {
      return true;
    }
    if (CURRENCIES.contains(Texts.key(rest)) || rest.equals("₫")) {
      return true;
    }
    return spaced && UNIT_WORDS.matcher(rest).matches();
  }

  /** The body in BigDecimal syntax ("1234.5"), or null when its separators make no sense. */
  private static String digits(String body) {
    if (body.indexOf(' ') >= 0) {
      return SPACE_GROUPED.matcher(body).matches()
          ? withDecimalPoint(body.replace(" ", ""), lastSeparator(body))
          : null;
    }
    if (PLAIN.matcher(body).matches()) {
      return body;
    }
    char decimalMark = lastSeparator(body);
    char thousands = decimalMark == '.' ? ',' : '.';
    if (body.indexOf(thousands) >= 0) {
      return Separators.of(decimalMark).mixed.matcher(body).matches()
          ? withDecimalPoint(body.replace(String.valueOf(thousands), ""), decimalMark)
          : null;
    }
    // Only one kind of separator: here decimalMark may well be a thousands separator.
    Separators only = Separators.of(decimalMark);
    if (only.thousands.matcher(body).matches() && !body.startsWith("0")) {
      return body.replace(String.valueOf(decimalMark), "");
    }
    return only.decimal.matcher(body).matches() ? withDecimalPoint(body, decimalMark) : null;
  }

  /** The shapes a body takes when one separator ({@code .} or {@code ,}) plays a given role. */
  private enum Separators {
    DOT('.', ','),
    COMMA(',', '.');

    /** Only this separator, between groups of three: 1.234.567. */
    final Pattern thousands;
    /** This separator as the decimal mark, once: 1234.5. */
    final Pattern decimal;
    /** This separator as the decimal mark after groups of three split by the other: 1,234.5. */
    final Pattern mixed;

    Separators(char self, char other) {
      String selfQuoted = Pattern.quote(String.valueOf(self));
      String otherQuoted = Pattern.quote(String.valueOf(other));
      thousands = Pattern.compile("[0-9]{1,3}(" + selfQuoted + "[0-9]{3})+");
      decimal = Pattern.compile("[0-9]+" + selfQuoted + "[0-9]+");
      mixed = Pattern.compile("[0-9]{1,3}(" + otherQuoted + "[0-9]{3})*" + selfQuoted + "[0-9]+");
    }

    static Separators of(char separator) {
      return separator == '.' ? DOT : COMMA;
    }
  }

  private static char lastSeparator(String body) {
    return body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
  }

  private static String withDecimalPoint(String body, char decimalMark) {
    return body.replace(decimalMark, '.');
  }

  private static String notANumber(String cleaned, String example) {
    return "\"" + cleaned + "\" không phải là số. Hãy nhập " + example + ".";
  }

  /** A double as a Vietnamese reader would write it: 2,5 rather than 2.5. */
  private static String show(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
