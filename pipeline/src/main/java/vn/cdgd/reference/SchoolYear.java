package vn.cdgd.reference;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A school year such as 2019-2020, from September to August by default. */
public record SchoolYear(int startYear) implements Serializable, Comparable<SchoolYear> {

  // "2019-2020", "2019 – 2020", "2019/2020", "NH 2019-2020", "Năm học: 2019 - 2020", "2019-20".
  private static final Pattern YEARS =
      Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)\\s*[-–—/_.]\\s*((?:19|20)?\\d\\d)(?!\\d)");

  /** Reads a school year as people write it; empty when the text holds none. */
  public static Optional<SchoolYear> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = YEARS.matcher(text);
    if (!matcher.find()) {
      return Optional.empty();
    }
    int start = Integer.parseInt(matcher.group(1));
    String endText = matcher.group(2);
    int end =
        endText.length() == 2 ? (start / 100) * 100 + Integer.parseInt(endText) : Integer.parseInt(endText);
    if (end != start + 1) {
      return Optional.empty();
    }
    return Optional.of(new SchoolYear(start));
  }

  /** Reads the canonical label {@code 2019-2020}; fails on anything else. */
  public static SchoolYear of(String label) {
    return parse(label)
        .filter(year -> year.label().equals(label))
        .orElseThrow(() -> new IllegalArgumentException("not a school year: " + label));
  }

  public String label() {
    return startYear + "-" + (startYear + 1);
  }

  public SchoolYear previous() {
    return new SchoolYear(startYear - 1);
  }

  public SchoolYear next() {
    return new SchoolYear(startYear + 1);
  }

  public LocalDate firstDay(MonthDay starts) {
    return starts.atYear(startYear);
  }

  public LocalDate lastDay(MonthDay starts) {
    return starts.atYear(startYear + 1).minusDays(1);
  }

  /** The reporting deadline: the first {@code deadline} day after the year's last day. */
  public LocalDate deadline(MonthDay starts, MonthDay deadline) {
    LocalDate end = lastDay(starts);
    LocalDate candidate = deadline.atYear(end.getYear());
    return candidate.isAfter(end) ? candidate : deadline.atYear(end.getYear() + 1);
  }

  @Override
  public int compareTo(SchoolYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public String toString() {
    return label();
  }
}
