package vn.cdgd.reference;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cdgd.reference.RegisterCheck.Row;
import vn.cdgd.reference.UnitEvent.Kind;

/**
 * The events against the register's rows: units.csv stays the source of every attribute and
 * period, and each event must say the same as the rows (a merge or dissolution on a date ends the
 * unit's last row the day before, a transfer starts a row under the new parent that day, a
 * successor holds a row that day) and nothing may happen to a unit after it ended.
 */
final class EventCheck {
  private final Map<String, List<Row>> rows;
  private final String units;
  private final ProblemList problems;

  private EventCheck(Map<String, List<Row>> rows, String units, ProblemList problems) {
    this.rows = rows;
    this.units = units;
    this.problems = problems;
  }

  /** Adds to {@code problems} every event that contradicts {@code rows} or follows its unit's end. */
  static void check(List<UnitEvent> events, List<Row> rows, String unitsFile, ProblemList problems) {
    EventCheck check = new EventCheck(RegisterCheck.byCode(rows), unitsFile, problems);
    for (UnitEvent event : events) {
      if (check.known(event.code(), event, "code") && check.othersKnown(event)) {
        check.againstRows(event);
      }
    }
    check.nothingAfterTheEnd(events);
  }

  private boolean othersKnown(UnitEvent event) {
    boolean otherKnown = event.otherUnit().isEmpty() || known(event.otherUnit(), event, "other_unit");
    boolean newKnown = event.newCode().isEmpty() || known(event.newCode(), event, "new_code");
    return otherKnown && newKnown;
  }

  private boolean known(String code, UnitEvent event, String column) {
    if (rows.containsKey(code)) {
      return true;
    }
    problems.add(event.line(), column, code, "mã này không có trong " + units + ". Hãy sửa mã, hoặc thêm các"
        + " dòng của đơn vị " + code + " vào " + units + " trước.");
    return false;
  }

  private void againstRows(UnitEvent event) {
    List<Row> own = known(event.code());
    if (own.isEmpty()) {
      return; // its dates are unreadable, and already reported in units.csv
    }
    LocalDate day = event.date();
    switch (event.kind()) {
      case FOUNDED -> firstRowStarts(event, own, "ngày thành lập");
      case SPLIT_FROM -> {
        firstRowStarts(event, own, "ngày tách ra");
        if (rowOn(event.otherUnit(), day.minusDays(1)).isEmpty()) {
          problems.add(event.line(), "other_unit", event.otherUnit(), "đơn vị " + event.otherUnit() + " không có"
              + " dòng nào hiệu lực ngày " + day.minusDays(1) + " trong " + units + ", nên không thể tách ra từ nó"
              + " ngày " + day + ". Hãy sửa mã hoặc ngày.");
        }
      }
      case RENAMED -> startsOnWithChange(event, own, "tên", Row::name);
      case TRANSFERRED -> transferred(event, own);
      case MERGED_INTO, DISSOLVED, RECODED -> ended(event, own);
    }
  }

  private void firstRowStarts(UnitEvent event, List<Row> own, String what) {
    Row first = own.get(0);
    if (!event.date().equals(first.from())) {
      problems.add(event.line(), "date", event.date().toString(), "dòng đầu tiên của " + event.code() + " trong "
          + units + " (dòng " + first.line() + ") bắt đầu " + since(first) + ", không phải " + what + " "
          + event.date() + ". Hãy sửa valid_from của dòng " + first.line() + " hoặc ngày ở đây cho khớp.");
    }
  }

  private void transferred(UnitEvent event, List<Row> own) {
    Optional<Row> starting = startsOnWithChange(event, own, "đơn vị cấp trên", Row::parent);
    if (starting.isPresent() && !starting.get().parent().equals(event.otherUnit())) {
      problems.add(event.line(), "other_unit", event.otherUnit(), "dòng " + starting.get().line() + " của " + units
          + " (từ ngày " + event.date() + ") có đơn vị cấp trên là " + starting.get().parent() + ", không phải "
          + event.otherUnit() + ". Hãy sửa parent_code của dòng " + starting.get().line()
          + " hoặc cột other_unit ở đây cho khớp.");
    }
  }

  /**
   * The row that starts on the event's day and changes {@code what} from the row before it;
   * reports the event when there is none.
   */
  private Optional<Row> startsOnWithChange(UnitEvent event, List<Row> own, String what,
      java.util.function.Function<Row, String> attribute) {
    LocalDate day = event.date();
    Optional<Row> starting = own.stream().filter(row -> day.equals(row.from())).findFirst();
    if (starting.isEmpty()) {
      problems.add(event.line(), "date", day.toString(), "không có dòng nào của " + event.code() + " trong " + units
          + " bắt đầu ngày " + day + ". Khi " + what + " thay đổi, hãy cho dòng cũ kết thúc (valid_to) ngày "
          + day.minusDays(1) + " và thêm một dòng mới từ ngày " + day + " với " + what + " mới.");
      return Optional.empty();
    }
    Optional<Row> before = own.stream().filter(row -> row.covers(day.minusDays(1))).findFirst();
    if (before.isEmpty()) {
      problems.add(event.line(), "event", event.kind().written(), "đơn vị " + event.code() + " bắt đầu ngày " + day
          + " (dòng " + starting.get().line() + " của " + units + "), trước đó không có dòng nào để đổi " + what
          + ". Nếu đơn vị mới thành lập, hãy ghi founded.");
    } else if (attribute.apply(before.get()).equals(attribute.apply(starting.get()))) {
      problems.add(event.line(), "event", event.kind().written(), "dòng " + starting.get().line() + " của " + units
          + " bắt đầu ngày " + day + " nhưng " + what + " vẫn là \"" + attribute.apply(starting.get()) + "\" như dòng "
          + before.get().line() + ". Hãy ghi " + what + " mới ở dòng " + starting.get().line()
          + ", hoặc xóa sự kiện này.");
    }
    return starting;
  }

  /** Merged, dissolved or recoded: the last row ends the day before, the successor starts. */
  private void ended(UnitEvent event, List<Row> own) {
    LocalDate day = event.date();
    Row last = own.get(own.size() - 1);
    if (!day.minusDays(1).equals(last.to())) {
      problems.add(event.line(), "date", day.toString(), "dòng cuối của " + event.code() + " trong " + units
          + " (dòng " + last.line() + ") " + (last.to() == null ? "vẫn còn hiệu lực" : "kết thúc ngày " + last.to())
          + ", nhưng " + event.kind().written() + " từ ngày " + day + " thì dòng đó phải kết thúc ngày "
          + day.minusDays(1) + ". Hãy ghi valid_to = " + day.minusDays(1) + " ở dòng " + last.line()
          + " hoặc sửa ngày ở đây cho khớp.");
    }
    if (event.kind() == Kind.MERGED_INTO && rowOn(event.otherUnit(), day).isEmpty()) {
      problems.add(event.line(), "other_unit", event.otherUnit(), "đơn vị kế thừa " + event.otherUnit()
          + " không có dòng nào hiệu lực ngày " + day + " trong " + units + ". Hãy sửa mã đơn vị kế thừa, hoặc"
          + " thời gian hiệu lực của các dòng " + event.otherUnit() + ".");
    }
    if (event.kind() == Kind.RECODED) {
      List<Row> successor = known(event.newCode());
      if (!successor.isEmpty() && !day.equals(successor.get(0).from())) {
        problems.add(event.line(), "new_code", event.newCode(), "dòng đầu tiên của mã mới " + event.newCode()
            + " trong " + units + " (dòng " + successor.get(0).line() + ") bắt đầu " + since(successor.get(0))
            + ", không phải ngày đổi mã " + day + ". Hãy cho mã mới bắt đầu (valid_from) ngày " + day + ".");
      }
    }
  }

  /** Once a unit ended (merged, dissolved, recoded) nothing else happens to it. */
  private void nothingAfterTheEnd(List<UnitEvent> events) {
    Map<String, List<UnitEvent>> byCode = events.stream()
        .collect(java.util.stream.Collectors.groupingBy(UnitEvent::code));
    for (List<UnitEvent> same : byCode.values()) {
      for (UnitEvent ending : same) {
        if (!ending.kind().endsTheCode()) {
          continue;
        }
        same.stream()
            .filter(other -> other != ending)
            .filter(other -> other.date().isAfter(ending.date()) || other.date().equals(ending.date())
                && (!other.kind().endsTheCode() || other.line() > ending.line()))
            .forEach(other -> problems.add(other.line(), "date", other.date().toString(), "đơn vị " + other.code()
                + " đã " + ended(ending) + " từ ngày " + ending.date() + " (dòng " + ending.line() + "), không thể"
                + " còn sự kiện " + other.kind().written() + " ngày " + other.date() + ". Hãy xóa dòng này hoặc sửa"
                + " ngày; sự kiện của đơn vị kế thừa ghi dưới mã của nó."));
      }
    }
  }

  private static String ended(UnitEvent ending) {
    return switch (ending.kind()) {
      case MERGED_INTO -> "sáp nhập vào " + ending.otherUnit();
      case RECODED -> "đổi mã thành " + ending.newCode();
      default -> "giải thể";
    };
  }

  /** The code's rows whose dates are readable, earliest first. */
  private List<Row> known(String code) {
    return rows.getOrDefault(code, List.of()).stream().filter(Row::datesKnown)
        .sorted(Comparator.comparing(Row::start)).toList();
  }

  private Optional<Row> rowOn(String code, LocalDate day) {
    return known(code).stream().filter(row -> row.covers(day)).findFirst();
  }

  private static String since(Row row) {
    return row.from() == null ? "không có ngày bắt đầu" : "ngày " + row.from();
  }
}
