package vn.cdgd.ingest.values;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as typed in Vietnam, always day first: {@code 06/10/2020}, {@code 6-10-20}, {@code
 * ngày 06 tháng 10 năm 2020}, ISO {@code 2020-10-06}, and the Excel serial number a date cell
 * turns into when its text is copied ({@code 44110}). Matching runs on {@link Texts#key}, so
 * separators, case and composed or decomposed tone marks make no difference.
 */
public final class Dates {

  /** Excel's largest date, 9999-12-31. */
  static final int LAST_SERIAL = 2_958_465;

  private static final String EXPECTED = "Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 06/10/2020.";
  private static final LocalDate SERIAL_ZERO_BEFORE_BUG = LocalDate.of(1899, 12, 31);
  private static final LocalDate SERIAL_ZERO_AFTER_BUG = LocalDate.of(1899, 12, 30);
  // Keys: "ngay 06 thang 10 nam 2020", "06 10 2020", "6 10 20".
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "(?:ngay )?([0-9]{1,2}) (?:thang )?([0-9]{1,2}) (?:nam )?([0-9]{2}|[1-9][0-9]{3})");
  private static final Pattern YEAR_FIRST =
      Pattern.compile("([1-9][0-9]{3}) ([0-9]{1,2}) ([0-9]{1,2})");
  private static final Pattern SERIAL = Pattern.compile("[0-9]{1,7}");

  private Dates() {}

  /** The date in the text; blank for an empty cell. A two-digit year is in the 2000s. */
  public static Parsed<LocalDate> parse(String text) {
    String cleaned = Texts.clean(text);
    if (cleaned.isEmpty()) {
      return Parsed.blank();
    }
    if (SERIAL.matcher(cleaned).matches()) {
      Parsed<LocalDate> date = fromExcelSerial(Integer.parseInt(cleaned));
      return date.isOk() ? date : Parsed.fail(notADate(cleaned));
    }
    String key = Texts.key(cleaned);
    Matcher dayFirst = DAY_FIRST.matcher(key);
    if (dayFirst.matches()) {
      int year = Integer.parseInt(dayFirst.group(3));
      return date(cleaned, year < 100 ? 2000 + year : year, dayFirst.group(2), dayFirst.group(1));
    }
    Matcher yearFirst = YEAR_FIRST.matcher(key);
    if (yearFirst.matches()) {
      return date(
          cleaned, Integer.parseInt(yearFirst.group(1)), yearFirst.group(2), yearFirst.group(3));
    }
    return Parsed.fail(notADate(cleaned));
  }

  /**
   * The date of an Excel serial number in the 1900 date system; the fraction (time of day) is
   * ignored. Excel counts a 29 February 1900 that never was, so serials from 61 on are one day
   * ahead: 1 is 1900-01-01, 59 is 1900-02-28, 61 is 1900-03-01, and 60 is refused.
   */
  public static Parsed<LocalDate> fromExcelSerial(double serial) {
    if (Double.isNaN(serial) || serial < 1 || serial >= LAST_SERIAL + 1) {
      return Parsed.fail(
          "Ô không chứa một ngày hợp lệ (số ngày của Excel phải từ 1 đến " + LAST_SERIAL + "). "
              + EXPECTED);
    }
    long day = (long) Math.floor(serial);
    if (day == 60) {
      return Parsed.fail("Ngày 29/02/1900 không có thật. " + EXPECTED);
    }
    LocalDate zero = day < 60 ? SERIAL_ZERO_BEFORE_BUG : SERIAL_ZERO_AFTER_BUG;
    return Parsed.ok(zero.plusDays(day));
  }

  /** The date as {@code dd/mm/yyyy}, the form used in every message and report; "" for null. */
  public static String format(LocalDate date) {
    if (date == null) {
      return "";
    }
    return String.format(
        Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  private static Parsed<LocalDate> date(String cleaned, int year, String month, String day) {
    try {
      return Parsed.ok(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException noSuchDay) {
      return Parsed.fail("\"" + cleaned + "\" không phải là ngày có thật. " + EXPECTED);
    }
  }

  private static String notADate(String cleaned) {
    return "\"" + cleaned + "\" không phải là ngày. " + EXPECTED;
  }
}
