package vn.cdgd.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vn.cdgd.reference.UnitEvent.Kind;

/**
 * The optional file {@code data/unit-events.csv} beside the register, read line by line: each line
 * becomes an event or, when it cannot, problems naming its line, column, value and fix. Whether the
 * events agree with {@code units.csv} is {@link EventCheck}'s job.
 */
public final class UnitEvents {

  public static final String FILE_NAME = "unit-events.csv";

  public static final String[] HEADER = {"code", "event", "date", "other_unit", "new_code", "note"};

  /** How people write the kinds in Vietnamese, folded (no case, no tone marks): a hint in messages. */
  private static final Map<String, Kind> VIETNAMESE =
      Map.ofEntries(
          Map.entry("THANH LAP", Kind.FOUNDED),
          Map.entry("DOI TEN", Kind.RENAMED),
          Map.entry("SAP NHAP", Kind.MERGED_INTO),
          Map.entry("HOP NHAT", Kind.MERGED_INTO),
          Map.entry("CHIA TACH", Kind.SPLIT_FROM),
          Map.entry("TACH", Kind.SPLIT_FROM),
          Map.entry("CHUYEN", Kind.TRANSFERRED),
          Map.entry("CHUYEN CAP TREN", Kind.TRANSFERRED),
          Map.entry("GIAI THE", Kind.DISSOLVED),
          Map.entry("DOI MA", Kind.RECODED));

  private UnitEvents() {}

  /** The events file that goes with a register file: the same folder, {@value #FILE_NAME}. */
  public static Path beside(Path register) {
    return register.resolveSibling(FILE_NAME);
  }

  /** Every event the file holds (none when there is no file); {@code problems} gets the rest. */
  static List<UnitEvent> parse(Path file, ProblemList problems) {
    List<UnitEvent> events = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return events;
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
      Set<String> header = new HashSet<>();
      parser.getHeaderMap().keySet().forEach(h -> header.add(h.replace("\uFEFF", "").strip()));
      int before = problems.size();
      for (String column : HEADER) {
        if (!header.contains(column)) {
          problems.add(1, column, "", "thiếu cột này ở dòng tiêu đề. Các cột cần có: "
              + String.join(", ", HEADER) + ".");
        }
      }
      if (problems.size() > before) {
        return events;
      }
      for (CSVRecord record : parser) {
        line(record, parser.getCurrentLineNumber(), problems).ifPresent(events::add);
      }
    } catch (IOException | RuntimeException e) {
      problems.add(0, "", "", "không đọc được tệp CSV (" + e.getMessage()
          + "). Hãy lưu lại bằng Excel dạng CSV UTF-8 (phân cách bằng dấu phẩy).");
    }
    return events;
  }

  private static Optional<UnitEvent> line(CSVRecord record, long line, ProblemList problems) {
    int before = problems.size();
    String code = value(record, "code").replace("\uFEFF", "");
    String written = value(record, "event");
    String other = value(record, "other_unit");
    String newCode = value(record, "new_code");
    String note = value(record, "note");
    if (code.isEmpty()) {
      problems.add(line, "code", "", "thiếu mã đơn vị. Mỗi dòng ghi một sự kiện của một đơn vị"
          + " có trong units.csv, ví dụ DNO0001.");
    }
    Optional<Kind> kind = Kind.parse(written);
    if (kind.isEmpty()) {
      Kind meant = VIETNAMESE.get(fold(written));
      problems.add(line, "event", written, (written.isEmpty() ? "bỏ trống" : "không phải loại sự"
          + " kiện nào") + " (" + Kind.allWritten() + ")."
          + (meant == null ? " Hãy chọn một loại trong danh sách." : " Có lẽ là \"" + meant.written()
              + "\": hãy viết đúng như trong danh sách."));
    }
    LocalDate date = date(record, line, problems);
    kind.ifPresent(k -> columnsOf(k, key(code), key(other), key(newCode), note, line, problems));
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new UnitEvent(key(code), kind.get(), date, key(other), key(newCode), note, line));
  }

  /** The columns each kind needs, and those it must leave empty. */
  private static void columnsOf(Kind kind, String code, String other, String newCode, String note, long line,
      ProblemList problems) {
    boolean needsOther = kind == Kind.MERGED_INTO || kind == Kind.SPLIT_FROM || kind == Kind.TRANSFERRED;
    if (needsOther && other.isEmpty()) {
      problems.add(line, "other_unit", "", "sự kiện " + kind.written() + " cần mã đơn vị kia: "
          + switch (kind) {
            case MERGED_INTO -> "đơn vị được sáp nhập vào (đơn vị kế thừa).";
            case SPLIT_FROM -> "đơn vị mà đơn vị này được tách ra.";
            default -> "đơn vị cấp trên mới.";
          });
    }
    if (needsOther && !other.isEmpty() && other.equals(code)) {
      problems.add(line, "other_unit", other, "một đơn vị không thể "
          + switch (kind) {
            case MERGED_INTO -> "sáp nhập vào chính nó.";
            case SPLIT_FROM -> "tách ra từ chính nó.";
            default -> "là cấp trên của chính nó.";
          } + " Hãy ghi mã của đơn vị kia.");
    }
    if (kind == Kind.RECODED && newCode.isEmpty()) {
      problems.add(line, "new_code", "", "sự kiện recoded cần mã mới của đơn vị ở cột new_code.");
    } else if (kind == Kind.RECODED && newCode.equals(code)) {
      problems.add(line, "new_code", newCode, "mã mới trùng mã cũ. Hãy ghi mã mới của đơn vị,"
          + " hoặc xóa dòng này nếu mã không đổi.");
    } else if (kind != Kind.RECODED && !newCode.isEmpty()) {
      problems.add(line, "new_code", newCode, "cột new_code chỉ dùng cho sự kiện recoded (đổi mã)."
          + " Hãy xóa giá trị này, hoặc ghi thêm một dòng recoded cho việc đổi mã.");
    }
    if (kind == Kind.DISSOLVED && note.isEmpty()) {
      problems.add(line, "note", "", "sự kiện dissolved cần lý do giải thể ở cột note, ví dụ"
          + " \"Đơn vị sự nghiệp công lập do ngân sách bảo đảm toàn bộ chi thường xuyên\".");
    }
  }

  private static LocalDate date(CSVRecord record, long line, ProblemList problems) {
    String text = value(record, "date");
    if (text.isEmpty()) {
      problems.add(line, "date", "", "thiếu ngày của sự kiện (dạng yyyy-mm-dd, ví dụ 2025-07-01:"
          + " ngày đầu tiên của tình trạng mới).");
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(line, "date", text, "không phải ngày dạng yyyy-mm-dd (ví dụ 2025-07-01).");
      return null;
    }
  }

  /** Writes {@code events} in the file's shape, in their order. */
  public static void write(List<UnitEvent> events, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get().print(writer)) {
      for (UnitEvent event : events) {
        printer.printRecord(event.code(), event.kind().written(), event.date(), event.otherUnit(), event.newCode(),
            event.note());
      }
    }
  }

  private static String value(CSVRecord record, String column) {
    String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
    return value == null ? "" : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
  }

  private static String key(String code) {
    return UnitRegister.normalise(code);
  }

  private static String fold(String text) {
    String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT).replaceAll("[\\s_]+", " ").strip();
  }
}
