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
 * The unit register ({@code data/units.csv}) as type-2 history: every row of every unit. Small
 * enough to hold in memory and to broadcast to Spark tasks.
 */
public final class UnitRegister implements Serializable {

  public static final String[] HEADER = {
    "code", "name", "parent_code", "school_level", "ownership", "cluster", "province", "valid_from",
    "valid_to"
  };

  private final List<Unit> rows;
  private final Map<String, List<Unit>> byCode;

  public UnitRegister(List<Unit> rows) {
    this.rows = List.copyOf(rows);
    this.byCode =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    unit -> normalise(unit.code()), java.util.LinkedHashMap::new, Collectors.toList()));
  }

  public List<Unit> rows() {
    return rows;
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
    return new UnitRegister(units);
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
  }
}
