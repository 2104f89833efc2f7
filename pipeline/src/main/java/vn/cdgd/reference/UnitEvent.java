package vn.cdgd.reference;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One line of {@code data/unit-events.csv}: something that happened to a unit on a date, said
 * where a type-2 table cannot say it (who carries on a merged unit, which code replaced which).
 * {@code date} is the first day of the new state: the unit's last row before it ends the day
 * before, a row that the event starts begins that day.
 *
 * @param line the line of the file, for messages (0 when the event was not read from a file)
 */
public record UnitEvent(
    String code, Kind kind, LocalDate date, String otherUnit, String newCode, String note, long line)
    implements Serializable {

  /** What happened, as written in the {@code event} column. */
  public enum Kind {
    /** The unit's first row starts on the date. */
    FOUNDED("founded"),
    /** A row with a new name starts on the date. */
    RENAMED("renamed"),
    /** The unit ends the day before; {@code other_unit} carries on its members and history. */
    MERGED_INTO("merged_into"),
    /** The unit starts on the date, made out of part of {@code other_unit}. */
    SPLIT_FROM("split_from"),
    /** A row under the parent {@code other_unit} starts on the date. */
    TRANSFERRED("transferred"),
    /** The unit ends the day before, with no successor; {@code note} says why. */
    DISSOLVED("dissolved"),
    /** The unit goes on under {@code new_code}: the old code ends the day before, the new starts. */
    RECODED("recoded");

    private final String written;

    Kind(String written) {
      this.written = written;
    }

    public String written() {
      return written;
    }

    /** The kind written in the file, without case or surrounding spaces. */
    public static Optional<Kind> parse(String text) {
      String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(kind -> kind.written.equals(wanted)).findFirst();
    }

    /** Every kind as written, for messages. */
    public static String allWritten() {
      return String.join(", ", Arrays.stream(values()).map(Kind::written).toList());
    }

    /** After this event the code has no row: the unit ended (and maybe lives on elsewhere). */
    public boolean endsTheCode() {
      return this == MERGED_INTO || this == DISSOLVED || this == RECODED;
    }
  }

  /** The unit that carries on this one from {@link #date}, if the event names one. */
  public Optional<String> successor() {
    return switch (kind) {
      case MERGED_INTO -> Optional.of(otherUnit);
      case RECODED -> Optional.of(newCode);
      default -> Optional.empty();
    };
  }
}
