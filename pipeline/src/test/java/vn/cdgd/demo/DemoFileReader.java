package vn.cdgd.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A deliberately small reader of the demo's files for the tests, independent of the real ingest:
 * it finds the tables by their headers and reads numbers, yes/no and dates the untidy ways the
 * demo writes them.
 */
final class DemoFileReader {
  private DemoFileReader() {}

  /** Figures by code: {total, women} (null when blank). */
  record Read(String unitCode, Map<String, Long[]> figures, List<Map<String, String>> awards,
      List<Map<String, String>> officers) {}

  private static final Map<Path, Read> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  /** Reads a file once per test run (the demo's files do not change once written). */
  static Read read(Path file) throws IOException {
    Read cached = CACHE.get(file);
    if (cached == null) {
      cached = readUncached(file);
      CACHE.put(file, cached);
    }
    return cached;
  }

  private static Read readUncached(Path file) throws IOException {
    if (file.toString().endsWith(".csv")) {
      return readCsv(file);
    }
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      List<List<String>> figures = grid(workbook.getSheet("Số liệu"), evaluator);
      List<List<String>> awards = grid(workbook.getSheet("Khen thưởng"), evaluator);
      List<List<String>> officers = grid(workbook.getSheet("Cán bộ công đoàn"), evaluator);
      return new Read(unitCode(figures), figuresOf(figures), table(awards, "Hình thức"),
          table(officers, "Họ và tên"));
    }
  }

  private static Read readCsv(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord record : CSVFormat.DEFAULT.parse(reader)) {
        List<String> row = new ArrayList<>();
        record.forEach(value -> row.add(nfc(value.replace("\uFEFF", ""))));
        rows.add(row);
      }
    }
    return new Read(unitCode(rows), figuresOf(rows), List.of(), List.of());
  }

  private static List<List<String>> grid(Sheet sheet, FormulaEvaluator evaluator) {
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      List<String> values = new ArrayList<>();
      for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
        values.add(text(row.getCell(c), evaluator));
      }
      rows.add(values);
    }
    return rows;
  }

  private static String text(Cell cell, FormulaEvaluator evaluator) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      return Long.toString((long) evaluator.evaluate(cell).getNumberValue());
    }
    if (type == CellType.NUMERIC) {
      if (DateUtil.isCellDateFormatted(cell)) {
        LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
      }
      return Long.toString((long) cell.getNumericCellValue());
    }
    return type == CellType.STRING ? nfc(cell.getStringCellValue()) : "";
  }

  static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static String unitCode(List<List<String>> rows) {
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        if (row.get(c).startsWith("Mã đơn vị")) {
          for (int v = c + 1; v < row.size(); v++) {
            if (!row.get(v).isBlank()) {
              return row.get(v).strip();
            }
          }
        }
      }
    }
    return null;
  }

  private static Map<String, Long[]> figuresOf(List<List<String>> rows) {
    int header = headerRow(rows, "Tổng số");
    List<String> names = rows.get(header);
    int code = names.indexOf("Mã");
    int total = names.indexOf("Tổng số");
    int women = names.indexOf("Trong đó nữ");
    Map<String, Long[]> figures = new LinkedHashMap<>();
    for (List<String> row : rows.subList(header + 1, rows.size())) {
      if (row.size() > code && row.get(code).matches("[A-Z]\\d\\d")) {
        figures.put(row.get(code), new Long[] {number(at(row, total)),
            at(row, women).strip().equals("x") ? null : number(at(row, women))});
      }
    }
    return figures;
  }

  private static List<Map<String, String>> table(List<List<String>> rows, String headerText) {
    int header = headerRow(rows, headerText);
    List<String> names = rows.get(header);
    List<Map<String, String>> table = new ArrayList<>();
    for (List<String> row : rows.subList(header + 1, rows.size())) {
      if (at(row, 1).isBlank()) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int c = 0; c < names.size(); c++) {
        values.put(names.get(c), at(row, c));
      }
      table.add(values);
    }
    return table;
  }

  private static int headerRow(List<List<String>> rows, String text) {
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).contains(text)) {
        return r;
      }
    }
    throw new AssertionError("no header " + text);
  }

  private static String at(List<String> row, int column) {
    return column < row.size() ? row.get(column) : "";
  }

  /** 12.500.000, "45 người", " 12 ", "-", Có/x/C/có = 1, Không/K = 0. */
  static Long number(String raw) {
    String text = raw.replace('\u00A0', ' ').strip();
    if (text.isEmpty()) {
      return null;
    }
    switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "có", "x", "c" -> {
        return 1L;
      }
      case "không", "k", "-" -> {
        return 0L;
      }
      default -> { }
    }
    text = text.replaceAll("\\s*người$", "").replace(".", "");
    return Long.parseLong(text);
  }

  private static final Pattern WORDS = Pattern.compile("ngày (\\d+) tháng (\\d+) năm (\\d+)");

  static LocalDate date(String text) {
    Matcher words = WORDS.matcher(text);
    if (words.find()) {
      return LocalDate.of(Integer.parseInt(words.group(3)), Integer.parseInt(words.group(2)),
          Integer.parseInt(words.group(1)));
    }
    String[] parts = text.strip().split("/");
    return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
  }
}
