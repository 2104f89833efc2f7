package vn.cdgd.template;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as the form writes them: dd/MM/yyyy. */
final class Dates {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Dates() {}

  static String text(LocalDate date) {
    return FORMAT.format(date);
  }
}
