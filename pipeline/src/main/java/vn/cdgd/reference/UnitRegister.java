package vn.cdgd.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vn.cdgd.conf.ConfigException;

/**
 * The unit register ({@code data/units.csv}) as type-2 history: every row of every unit, with the
 * events of {@code data/unit-events.csv} that say what a type-2 table cannot (which unit carries
 * on a merged one, which code replaced which). Small enough to hold in memory and to broadcast to
 * Spark tasks.
 */
public final class UnitRegister implements Serializable {

  public static final String[] HEADER = {
    "code", "name", "parent_code", "school_level", "ownership", "cluster", "province", "valid_from",
    "valid_to"
  };

  private final List<Unit> rows;
  private final Map<String, List<Unit>> byCode;
  private final List<UnitEvent> events;
  /** The events that end each code (merged, dissolved, recoded), earliest first. */
  private final Map<String, List<UnitEvent>> endings;

  public UnitRegister(List<Unit> rows) {
    this(rows, List.of());
  }

  public UnitRegister(List<Unit> rows, List<UnitEvent> events) {
    this.rows = List.copyOf(rows);
    this.events = List.copyOf(events);
    this.endings =
        events.stream()
            .filter(event -> event.kind().endsTheCode())
            .sorted(Comparator.comparing(UnitEvent::date))
            .collect(Collectors.groupingBy(UnitEvent::code));
    this.byCode =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    unit -> normalise(unit.code()), java.util.LinkedHashMap::new, Collectors.toList()));
  }

  public List<Unit> rows() {
    return rows;
  }

  public List<UnitEvent> events() {
    return events;
  }

  /**
   * The code of the unit that holds {@code code}'s members and history on {@code date}: the unit
   * itself while it has a row that day, else the successor its merges and code changes lead to
   * (followed along chains, each step on or after the previous one). Empty when no unit holds it
   * that day: dissolved, not yet founded, or ended in units.csv without an event saying who
   * carries on.
   */
  public Optional<String> successorOn(String code, LocalDate date) {
    String current = normalise(code);
    LocalDate since = LocalDate.MIN;
    // Each step moves forward in time, but a register the check would refuse can still loop.
    for (int step = 0; step <= events.size(); step++) {
      if (validOn(current, date)) {
        return Optional.of(current);
      }
      Optional<UnitEvent> end = endOf(current, since, date);
      if (end.isEmpty() || end.get().successor().isEmpty()) {
        return Optional.empty();
      }
      current = end.get().successor().get();
      since = end.get().date();
    }
    return Optional.empty();
  }

  private boolean validOn(String code, LocalDate date) {
    return byCode.getOrDefault(code, List.of()).stream().anyMatch(unit -> unit.overlaps(date, date));
  }

  /** The first event ending {@code code} between {@code since} and {@code date}, both included. */
  private Optional<UnitEvent> endOf(String code, LocalDate since, LocalDate date) {
    return endings.getOrDefault(code, List.of()).stream()
        .filter(event -> !event.date().isBefore(since) && !event.date().isAfter(date))
        .findFirst();
  }

  /** Codes are compared without case and surrounding spaces, as people type them. */
  static String normalise(String code) {
    return code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
  }

  public boolean knows(String code) {
    return byCode.containsKey(normalise(code));
  }

  /** The unit's row in force during the school year (the latest one if it changed that year). */
  public Optional<Unit> during(String code, SchoolYear year, MonthDay starts) {
    LocalDate from = year.firstDay(starts);
    LocalDate to = year.lastDay(starts);
    return byCode.getOrDefault(normalise(code), List.of()).stream()
        .filter(unit -> unit.overlaps(from, to))
        .max(Comparator.comparing(unit -> unit.validFrom() == null ? LocalDate.MIN : unit.validFrom()));
  }

  /** Grassroots units (those that submit: no other unit has them as parent) active that year. */
  public List<Unit> grassrootsDuring(SchoolYear year, MonthDay starts) {
    LocalDate from = year.firstDay(starts);
    LocalDate to = year.lastDay(starts);
    var parents =
        rows.stream()
            .filter(unit -> unit.overlaps(from, to))
            .map(Unit::parentCode)
            .filter(code -> code != null && !code.isEmpty())
            .collect(Collectors.toSet());
    var parentKeys = parents.stream().map(UnitRegister::normalise).collect(Collectors.toSet());
    return byCode.keySet().stream()
        .filter(code -> !parentKeys.contains(code))
        .map(code -> during(code, year, starts))
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * The register in {@code file} and the events in {@value UnitEvents#FILE_NAME} beside it, if
   * there is one. Stops at the first fault; {@link RegisterCheck} lists them all.
   */
  public static UnitRegister read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(
          "Không tìm thấy danh mục đơn vị " + file + ". Hãy tạo tệp này (xem README) hoặc chạy cdgd demo.");
    }
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    List<Unit> units = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      for (String column : HEADER) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new ConfigException(
              file + ": thiếu cột \"" + column + "\" ở dòng tiêu đề. Các cột cần có: " + String.join(", ", HEADER) + ".");
        }
      }
      for (CSVRecord record : parser) {
        units.add(toUnit(record, file));
      }
    } catch (IOException e) {
      throw new ConfigException("Không đọc được danh mục đơn vị " + file + ": " + e.getMessage(), e);
    }
    ProblemList problems = new ProblemList(UnitEvents.FILE_NAME);
    List<UnitEvent> events = UnitEvents.parse(UnitEvents.beside(file), problems);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems.all().get(0).describe()
          + " Chạy cdgd check để xem mọi lỗi.");
    }
    return new UnitRegister(units, events);
  }

  private static Unit toUnit(CSVRecord record, Path file) {
    String code = record.get("code").strip();
    if (code.startsWith("\uFEFF")) {
      code = code.substring(1);
    }
    return new Unit(
        code,
        java.text.Normalizer.normalize(record.get("name"), java.text.Normalizer.Form.NFC),
        record.get("parent_code"),
        record.get("school_level"),
        record.get("ownership"),
        record.get("cluster"),
        record.get("province"),
        date(record, "valid_from", file),
        date(record, "valid_to", file));
  }

  private static LocalDate date(CSVRecord record, String column, Path file) {
    String text = record.get(column);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ConfigException(
          file + ", dòng " + (record.getRecordNumber() + 1) + ", cột " + column + ": \"" + text
              + "\" không phải ngày dạng yyyy-mm-dd (ví dụ 2019-09-01).");
    }
  }

  /**
   * Writes the rows to {@code file} and the events beside it; a register without events leaves no
   * events file, so an old one cannot contradict the rows just written.
   */
  public void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get().print(writer)) {
      for (Unit unit : rows) {
        printer.printRecord(
            unit.code(), unit.name(), unit.parentCode(), unit.schoolLevel(), unit.ownership(),
            unit.cluster(), unit.province(), unit.validFrom(),
            unit.validTo() == null ? "" : unit.validTo());
      }
    }
    if (events.isEmpty()) {
      Files.deleteIfExists(UnitEvents.beside(file));
    } else {
      UnitEvents.write(events, UnitEvents.beside(file));
    }
  }
}
