package vn.cdgd.reference;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The events that end a code (merged into another unit, dissolved, recoded), by code: what the
 * register's checks say when a unit's rows outlive their parent.
 */
final class Endings {
  private final Map<String, UnitEvent> firstEnding;

  private Endings(Map<String, UnitEvent> firstEnding) {
    this.firstEnding = firstEnding;
  }

  static Endings of(List<UnitEvent> events) {
    return new Endings(events.stream()
        .filter(event -> event.kind().endsTheCode())
        .collect(Collectors.toMap(UnitEvent::code, event -> event,
            (a, b) -> Comparator.comparing(UnitEvent::date).compare(a, b) <= 0 ? a : b)));
  }

  /** Why the parent holds no row on {@code day}, when an event ended it by then. */
  Optional<String> reasonParentEnded(String parent, LocalDate day) {
    UnitEvent ending = firstEnding.get(parent);
    if (ending == null || ending.date().isAfter(day)) {
      return Optional.empty();
    }
    String what = switch (ending.kind()) {
      case MERGED_INTO -> "đã sáp nhập vào " + ending.otherUnit();
      case RECODED -> "đã đổi mã thành " + ending.newCode();
      default -> "đã giải thể";
    };
    return Optional.of("đơn vị cấp trên này " + what + " từ ngày " + ending.date() + " (" + UnitEvents.FILE_NAME
        + ", dòng " + ending.line() + (ending.note().isEmpty() ? "" : ": " + ending.note()) + "),");
  }
}
