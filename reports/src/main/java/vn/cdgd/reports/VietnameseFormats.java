package vn.cdgd.reports;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.cdgd.conf.ReportSettings;

/**
 * Numbers and dates as Vietnamese documents write them: 1.234.567 for integers, 94,0 % for rates
 * (one decimal, a space before the sign), 1.234.567 đồng for money, 06/10/2020 for dates. The
 * templates use the same patterns ({@link #INTEGER}, {@link #RATE}, {@link #MONEY}) with the
 * report locale {@link #LOCALE}, so a figure reads the same in a table and in a sentence.
 */
public final class VietnameseFormats {
  /** The locale every report is filled with. */
  public static final Locale LOCALE = Locale.forLanguageTag("vi-VN");

  public static final String INTEGER = "#,##0";
  /** A fraction (0.94) printed as a percentage: the pattern's % multiplies by 100. */
  public static final String RATE = "#,##0.0 %";
  public static final String MONEY = "#,##0 'đồng'";
  /** Millions of đồng, as the by-level table prints money. */
  public static final String MILLIONS = "#,##0.0";
  /** A value of the indicator kind {@code average}, such as đồng per visit. */
  public static final String AVERAGE = "#,##0";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", LOCALE);

  private VietnameseFormats() {}

  /**
   * A date as people write it (06/10/2020) or ISO (2020-10-06), given for a report ({@code where}
   * names the option, as {@code --date}).
   *
   * @throws ReportException when the text is not a date
   */
  public static LocalDate parseDate(String text, String where) {
    return ReportSettings.readDate(text).orElseThrow(() -> new ReportException(ReportException.Kind.INPUT,
        where + ": \"" + text + "\" không phải là ngày (dạng dd/MM/yyyy, ví dụ 06/10/2020)."));
  }

  public static String integer(long value) {
    return format(INTEGER, value);
  }

  /** A rate stored as a fraction: {@code rate(0.94)} is "94,0 %". */
  public static String rate(double fraction) {
    return format(RATE, fraction);
  }

  /** Đồng as millions with one decimal, for narrow columns headed "triệu đồng": 2.500.000 is "2,5". */
  public static String millions(long dong) {
    return format(MILLIONS, dong / 1e6);
  }

  public static String money(long dong) {
    return format(MONEY, dong);
  }

  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** The place-and-date line's date: "ngày 06 tháng 10 năm 2020". */
  public static String dateInWords(LocalDate date) {
    return String.format(Locale.ROOT, "ngày %02d tháng %02d năm %d",
        date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  /** A value printed by the pattern of its kind (count, rate, money, average). */
  public static String value(String kind, Number value) {
    if (value == null) {
      return "";
    }
    return format(pattern(kind), value);
  }

  /** The pattern of an indicator or field kind. */
  public static String pattern(String kind) {
    return switch (kind) {
      case "rate" -> RATE;
      case "money" -> MONEY;
      case "average" -> AVERAGE;
      default -> INTEGER;
    };
  }

  private static String format(String pattern, Number value) {
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(LOCALE));
    return format.format(value);
  }
}
