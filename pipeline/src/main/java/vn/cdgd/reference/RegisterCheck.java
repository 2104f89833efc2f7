package vn.cdgd.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks the unit register against its contract before anything is built on it, and lists every
 * problem at once with its line, column, value and fix: a missing column, an empty code or name, a
 * date not written yyyy-mm-dd or ending before it starts, a school level or ownership not in the
 * workspace's lists (with the entry it most likely means), a parent that does not hold every day of
 * the unit's row (missing, not yet founded, dissolved or merged meanwhile), two rows of one code in
 * force at the same time, days between two rows of one code with no row, a chain of parents that
 * loops; then the events file beside it (see {@link EventCheck}).
 */
public final class RegisterCheck {

  /** One problem of the register, as a statistician reads it. */
  public record Problem(String file, long line, String column, String value, String message) {
    public String describe() {
      return file + ", dòng " + line + (column.isEmpty() ? "" : ", cột " + column)
          + (value.isEmpty() ? "" : " (\"" + value + "\")") + ": " + message;
    }
  }

  /** The values {@code school_level} and {@code ownership} may take. */
  public record Lists(List<String> schoolLevels, List<String> ownerships) {
    /**
     * The form's lists {@code school_level} and {@code ownership}; those of the domain contract
     * where a workspace's form (written before the lists moved there) has none.
     */
    /** The lists of the domain contract, for a workspace whose form cannot be read. */
    public static Lists standard() {
      return new Lists(STANDARD_LEVELS, STANDARD_OWNERSHIPS);
    }

    public static Lists of(vn.cdgd.conf.FormDefinition form) {
      return new Lists(form.lists().getOrDefault("school_level", STANDARD_LEVELS),
          form.lists().getOrDefault("ownership", STANDARD_OWNERSHIPS));
    }
  }

  private static final List<String> STANDARD_LEVELS =
      List.of("Mầm non", "Tiểu học", "THCS", "THPT", "Liên cấp", "GDNN-GDTX", "Khác");
  private static final List<String> STANDARD_OWNERSHIPS = List.of("Công lập", "Ngoài công lập");

  /**
   * A row's key facts; {@code datesKnown} false when a date is unreadable or ends before it starts.
   * {@code to} is the row's last day, null while it holds.
   */
  record Row(long line, String code, String name, String parent, LocalDate from, LocalDate to, boolean datesKnown) {
    boolean overlaps(Row other) {
      return !start().isAfter(other.end()) && !other.start().isAfter(end());
    }

    boolean covers(LocalDate day) {
      return !start().isAfter(day) && !end().isBefore(day);
    }

    LocalDate start() {
      return from == null ? LocalDate.MIN : from;
    }

    LocalDate end() {
      return to == null ? LocalDate.MAX : to;
    }
  }

  private RegisterCheck() {}

  /**
   * Every problem of the register in {@code file} and of the events file beside it ({@value
   * UnitEvents#FILE_NAME}, optional), those of the register first, each file's by line.
   */
  public static List<Problem> check(Path file, Lists lists) {
    if (!Files.isRegularFile(file)) {
      return List.of(new Problem(file.getFileName().toString(), 0, "", "", "Không tìm thấy tệp danh mục đơn vị "
          + file + ". Hãy tạo tệp này (xem README) hoặc chạy cdgd demo."));
    }
    Path eventsFile = UnitEvents.beside(file);
    ProblemList events = new ProblemList(eventsFile.getFileName().toString());
    List<UnitEvent> parsed = UnitEvents.parse(eventsFile, events);
    ProblemList units = new ProblemList(file.getFileName().toString());
    Optional<List<Row>> rows = rows(file, lists, units);
    if (rows.isPresent()) {
      checkParents(rows.get(), Endings.of(parsed), units);
      checkOverlaps(rows.get(), units);
      checkGaps(rows.get(), units);
      checkCycles(rows.get(), units);
      EventCheck.check(parsed, rows.get(), file.getFileName().toString(), events);
    }
    List<Problem> all = new ArrayList<>(units.all());
    all.sort(java.util.Comparator.comparingLong(Problem::line));
    List<Problem> ofEvents = new ArrayList<>(events.all());
    ofEvents.sort(java.util.Comparator.comparingLong(Problem::line));
    all.addAll(ofEvents);
    return all;
  }

  /** The register's rows, each checked on its own; empty when the file cannot be read as a register. */
  private static Optional<List<Row>> rows(Path file, Lists lists, ProblemList problems) {
    List<Row> rows = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
      Set<String> header = new HashSet<>();
      parser.getHeaderMap().keySet().forEach(h -> header.add(h.replace("\uFEFF", "").strip()));
      for (String column : UnitRegister.HEADER) {
        if (!header.contains(column)) {
          problems.add(1, column, "", "thiếu cột này ở dòng tiêu đề. Các cột cần có: "
              + String.join(", ", UnitRegister.HEADER) + ".");
        }
      }
      if (!problems.isEmpty()) {
        return Optional.empty();
      }
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        rows.add(checkRow(record, line, lists, problems));
      }
    } catch (IOException | RuntimeException e) {
      problems.add(0, "", "", "không đọc được tệp CSV (" + e.getMessage()
          + "). Hãy lưu lại bằng Excel dạng CSV UTF-8 (phân cách bằng dấu phẩy).");
      return Optional.empty();
    }
    return Optional.of(rows);
  }

  private static Row checkRow(CSVRecord record, long line, Lists lists, ProblemList problems) {
    String code = value(record, "code").replace("\uFEFF", "");
    if (code.isEmpty()) {
      problems.add(line, "code", "", "thiếu mã đơn vị. Mỗi dòng cần một mã, ví dụ DNO0001.");
    }
    if (value(record, "name").isEmpty()) {
      problems.add(line, "name", "", "thiếu tên đơn vị.");
    }
    inList(record, line, "school_level", lists.schoolLevels(), problems);
    inList(record, line, "ownership", lists.ownerships(), problems);
    int before = problems.size();
    LocalDate from = date(record, line, "valid_from", problems);
    LocalDate to = date(record, line, "valid_to", problems);
    boolean inverted = from != null && to != null && to.isBefore(from);
    if (inverted) {
      problems.add(line, "valid_to", value(record, "valid_to"), "ngày hết hiệu lực trước ngày bắt đầu ("
          + value(record, "valid_from") + "). Hãy đổi một trong hai ngày.");
    }
    boolean datesKnown = !inverted && problems.since(before).stream()
        .noneMatch(p -> p.column().startsWith("valid_"));
    return new Row(line, key(code), value(record, "name"), key(value(record, "parent_code")), from, to, datesKnown);
  }

  private static void inList(CSVRecord record, long line, String column, List<String> allowed, ProblemList problems) {
    String value = value(record, column);
    if (allowed.contains(value)) {
      return;
    }
    Optional<String> meant = allowed.stream().filter(a -> sameWords(a, value) || initials(value).equals(fold(a)))
        .findFirst();
    problems.add(line, column, value, (value.isEmpty() ? "bỏ trống" : "không có trong danh sách")
        + " (" + String.join(", ", allowed) + ")."
        + meant.map(m -> " Có lẽ là \"" + m + "\": hãy viết đúng như trong danh sách.").orElse(" Hãy chọn một giá trị trong danh sách."));
  }

  private static LocalDate date(CSVRecord record, long line, String column, ProblemList problems) {
    String text = value(record, column);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(line, column, text, "không phải ngày dạng yyyy-mm-dd (ví dụ 2019-09-01).");
      return null;
    }
  }

  /**
   * A row's parent must hold every day of the row: a parent missing from the register, not yet
   * founded, or ended (dissolved, merged) while the row still names it, is reported with the first
   * day it fails.
   */
  private static void checkParents(List<Row> rows, Endings endings, ProblemList problems) {
    Map<String, List<Row>> byCode = byCode(rows);
    for (Row row : rows) {
      if (row.parent().isEmpty()) {
        continue;
      }
      List<Row> parents = byCode.getOrDefault(row.parent(), List.of());
      if (parents.isEmpty()) {
        problems.add(row.line(), "parent_code", row.parent(), "không có đơn vị nào mang mã này trong danh"
            + " mục. Hãy sửa mã đơn vị cấp trên, hoặc thêm một dòng cho đơn vị " + row.parent() + ".");
      } else if (parents.stream().noneMatch(row::overlaps)) {
        problems.add(row.line(), "parent_code", row.parent(), "đơn vị cấp trên này không còn hiệu lực"
            + " trong thời gian của dòng này (xem valid_from, valid_to của các dòng " + row.parent() + ").");
      } else if (row.datesKnown() && parents.stream().allMatch(Row::datesKnown)) {
        firstUncovered(row, parents).ifPresent(day -> problems.add(row.line(), "parent_code", row.parent(),
            endings.reasonParentEnded(row.parent(), day).orElse("đơn vị cấp trên này không có dòng nào hiệu lực ngày "
                + day + ",") + " trong khi dòng này " + (row.to() == null ? "vẫn còn hiệu lực" : "hiệu lực đến "
                + row.to()) + ". Hãy cho dòng này kết thúc (valid_to) trước ngày " + day + " và thêm một dòng"
                + " từ ngày đó với đơn vị cấp trên mới (ghi thêm sự kiện transferred vào " + UnitEvents.FILE_NAME
                + "), hoặc sửa thời gian hiệu lực của các dòng " + row.parent() + "."));
      }
    }
  }

  /** The first day of {@code row}'s period that no row of its parent holds. */
  private static Optional<LocalDate> firstUncovered(Row row, List<Row> parents) {
    LocalDate day = row.start();
    while (true) {
      LocalDate current = day;
      Optional<Row> holding = parents.stream().filter(p -> p.covers(current)).findFirst();
      if (holding.isEmpty()) {
        return Optional.of(day);
      }
      if (!holding.get().end().isBefore(row.end())) {
        return Optional.empty();
      }
      day = holding.get().end().plusDays(1);
    }
  }

  /** Between two consecutive rows of one code there is no day the unit has no row. */
  private static void checkGaps(List<Row> rows, ProblemList problems) {
    for (List<Row> same : byCode(rows).values()) {
      List<Row> known = same.stream().filter(Row::datesKnown)
          .sorted(java.util.Comparator.comparing(Row::start)).toList();
      for (int i = 1; i < known.size(); i++) {
        Row before = known.get(i - 1);
        Row row = known.get(i);
        if (before.to() != null && row.from() != null && row.from().isAfter(before.to().plusDays(1))) {
          problems.add(row.line(), "valid_from", row.from().toString(), "dòng " + before.line() + " của mã "
              + row.code() + " kết thúc ngày " + before.to() + ", nên từ " + before.to().plusDays(1) + " đến "
              + row.from().minusDays(1) + " đơn vị không có dòng nào. Hãy cho dòng này bắt đầu ngày "
              + before.to().plusDays(1) + ", hoặc dòng " + before.line() + " kết thúc ngày " + row.from().minusDays(1)
              + "; một đơn vị đã giải thể rồi thành lập lại cần một mã mới.");
        }
      }
    }
  }

  private static void checkOverlaps(List<Row> rows, ProblemList problems) {
    for (List<Row> same : byCode(rows).values()) {
      for (int i = 0; i < same.size(); i++) {
        for (int j = i + 1; j < same.size(); j++) {
          // Rows whose dates are already reported are left out: their periods are not known.
          if (same.get(i).datesKnown() && same.get(j).datesKnown() && same.get(i).overlaps(same.get(j))) {
            problems.add(same.get(j).line(), "code", same.get(j).code(), "mã này đã có ở dòng "
                + same.get(i).line() + " với thời gian hiệu lực trùng nhau. Một mã chỉ có một dòng hiệu lực tại mỗi"
                + " thời điểm: hãy cho dòng cũ valid_to trước valid_from của dòng mới, hoặc xóa dòng lặp.");
          }
        }
      }
    }
  }

  private static void checkCycles(List<Row> rows, ProblemList problems) {
    Map<String, Set<String>> parents = new HashMap<>();
    Map<String, Long> firstLine = new HashMap<>();
    for (Row row : rows) {
      firstLine.putIfAbsent(row.code(), row.line());
      if (!row.parent().isEmpty()) {
        parents.computeIfAbsent(row.code(), c -> new HashSet<>()).add(row.parent());
      }
    }
    Set<String> reported = new HashSet<>();
    for (String start : parents.keySet()) {
      List<String> path = new ArrayList<>();
      findCycle(start, parents, path, new HashSet<>()).ifPresent(cycle -> {
        if (reported.add(new java.util.TreeSet<>(cycle).toString())) {
          problems.add(firstLine.get(cycle.get(0)), "parent_code", "", "các đơn vị "
              + String.join(" → ", cycle) + " → " + cycle.get(0) + " là cấp trên của nhau thành vòng lặp. Hãy sửa"
              + " parent_code để mỗi đơn vị đi lên được tới đơn vị gốc.");
        }
      });
    }
  }

  private static Optional<List<String>> findCycle(String code, Map<String, Set<String>> parents, List<String> path,
      Set<String> done) {
    int at = path.indexOf(code);
    if (at >= 0) {
      return Optional.of(List.copyOf(path.subList(at, path.size())));
    }
    if (!done.add(code)) {
      return Optional.empty();
    }
    path.add(code);
    for (String parent : parents.getOrDefault(code, Set.of())) {
      Optional<List<String>> cycle = findCycle(parent, parents, path, done);
      if (cycle.isPresent()) {
        return cycle;
      }
    }
    path.remove(path.size() - 1);
    return Optional.empty();
  }

  static Map<String, List<Row>> byCode(List<Row> rows) {
    Map<String, List<Row>> byCode = new LinkedHashMap<>();
    rows.stream().filter(r -> !r.code().isEmpty()).forEach(r -> byCode.computeIfAbsent(r.code(), c -> new ArrayList<>()).add(r));
    return byCode;
  }

  private static String value(CSVRecord record, String column) {
    String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
    return value == null ? "" : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
  }

  private static String key(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }

  /** Without case and tone marks: "tiểu học" and "Tiểu Học" are the same words. */
  private static boolean sameWords(String a, String b) {
    return fold(a).equals(fold(b));
  }

  /** "Trung học cơ sở" → "THCS": how the short names of the school levels are made. */
  private static String initials(String text) {
    StringBuilder initials = new StringBuilder();
    for (String word : fold(text).split("[\\s-]+")) {
      if (!word.isEmpty()) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString();
  }

  private static String fold(String text) {
    String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT).strip();
  }
}
