package vn.cdgd.ingest.odd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cdgd.conf.FieldDefinition;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.ingest.workbook.GridCell;

/**
 * One filled form workbook laid out the way a person might have left it: typed in a legacy font,
 * rows inserted, columns moved, headers retyped, sheets renamed, merged or hidden rows, a second
 * table, the identification block elsewhere. It records what a correct reader must find: every
 * figure with its cell, the award and officer rows, and the Unicode of every text cell.
 */
public final class OddForm {
  enum IdPlace { ABOVE, RIGHT, BELOW, OTHER_SHEET }

  static final List<String> COLUMNS =
      List.of("row_number", "label", "code", "unit", "total", "women", "note");

  final FormDefinition form;
  boolean xls;
  Typing labels = Typing.UNICODE;
  Typing headers = Typing.UNICODE;
  Typing names = Typing.UNICODE;
  Typing values = Typing.UNICODE;
  /** List answers (form, level, gender, role, yes/no) of the rosters; null: as {@code names}. */
  Typing answers;
  String figuresSheet = "Số liệu";
  String awardsSheet = "Khen thưởng";
  String officersSheet = "Cán bộ công đoàn";
  List<String> sheetOrder = List.of("figures", "awards", "officers");
  boolean title = true;
  int rowsAboveId = 0;
  boolean spacerRow = true;
  Set<String> blankRowAfter = Set.of();
  List<String> columns = COLUMNS;
  Map<String, String> headerTexts = new HashMap<>();
  Map<String, String> idLabels = new HashMap<>();
  boolean mergedHeader;
  boolean sections;
  Set<String> hiddenFields = Set.of();
  int trailingBlankRows;
  boolean secondTable;
  IdPlace idPlace = IdPlace.ABOVE;
  boolean cacheFormulas;
  final Map<String, Object[]> figureCells = new LinkedHashMap<>();
  final Map<String, Long[]> expectedFigures = new LinkedHashMap<>();
  final List<Object[]> awards = new ArrayList<>();
  final List<Object[]> officers = new ArrayList<>();
  final List<Consumer<Sheets>> extras = new ArrayList<>();
  /** Written before the form's sheets, so formulas can refer to them as they are written. */
  final List<Consumer<Sheets>> before = new ArrayList<>();

  /** Where each field's total landed, for checking cell references. */
  final Map<String, String> totalCells = new LinkedHashMap<>();

  OddForm(FormDefinition form) {
    this.form = form;
    figure("A01", 40, 30).figure("A02", 38, 28).figure("A03", 2, 1).figure("A04", 4, null)
        .figure("A05", 3, 2).figure("A06", 0, 0).figure("A07", 5, 4).figure("B01", 5, 3)
        .figure("B02", 5, 3).figure("C01", 20, null).figure("C02", 2, null).figure("D01", 6, null)
        .figure("D02", 3_000_000, null).figure("E03", 2, null).figure("F01", 25_000_000, null)
        .figure("F02", 12_000_000, null);
    typed("D03", "Có", null, 1L, null).typed("E01", "Có", null, 1L, null)
        .typed("E02", null, null, 0L, null);
    LocalDate decided = LocalDate.of(2020, 10, 6);
    award("Bằng khen", "Công đoàn Giáo dục Việt Nam", "Tập thể", "Tổ Toán - Tin học", "", "",
        decided);
    award("Giấy khen", "Công đoàn ngành", "Cá nhân", "Nguyễn Thị Hương", "Nữ", "", decided);
    award("Danh hiệu", "Công đoàn ngành", "Cá nhân", "Trần Thị Thuỷ", "Nữ",
        "Giỏi việc trường, đảm việc nhà", decided);
    award("Bằng khen", "LĐLĐ tỉnh", "Cá nhân", "Lê Văn Đức", "Nam", "", decided);
    LocalDate trained = LocalDate.of(2019, 11, 5);
    officer("Nguyễn Thị Hương", "Nữ", 1980, "Chủ tịch", "Có", trained);
    officer("Trần Văn Đức", "Nam", 1975, "Phó Chủ tịch", "Có", trained);
    officer("Lê Thị Thuỷ", "Nữ", 1985, "Ủy viên BCH", "Có", trained);
    officer("Phạm Ngọc Lan", "Nữ", 1990, "Ủy viên UBKT", "Có", trained);
    officer("Hoàng Quốc Việt", "Nam", 1982, "Tổ trưởng", "Có", trained);
  }

  /** A numeric figure written as a number. */
  OddForm figure(String code, long total, Integer women) {
    return typed(code, total, women, total, women == null ? null : women.longValue());
  }

  /** A figure written as given (text, formula…) with the values a reader must find. */
  OddForm typed(String code, Object total, Object women, Long expectedTotal, Long expectedWomen) {
    figureCells.put(code, new Object[] {total, women});
    expectedFigures.put(code, new Long[] {expectedTotal, expectedWomen});
    return this;
  }

  OddForm award(String form, String level, String recipient, String name, String gender, String title, Object date) {
    awards.add(new Object[] {form, level, recipient, name, gender, title, "123/QĐ-CĐN", date});
    return this;
  }

  OddForm officer(String name, String gender, Object birthYear, String role, Object trained, Object date) {
    officers.add(new Object[] {name, gender, birthYear, role, trained, date});
    return this;
  }

  OddForm with(Consumer<OddForm> change) {
    change.accept(this);
    return this;
  }

  /** The workbook's bytes; expectations are filled in as it is written. */
  Written write() {
    totalCells.clear();
    try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheets sheets = new Sheets(workbook);
      before.forEach(step -> step.accept(sheets));
      for (String part : sheetOrder) {
        switch (part) {
          case "figures" -> figures(sheets);
          case "awards" -> roster(sheets, awardsSheet, 2, List.of("STT", "Hình thức", "Cấp", "Đối tượng", "Tên tập thể/cá nhân", "Giới tính", "Tên danh hiệu", "Số quyết định", "Ngày quyết định"), awards);
          case "officers" -> roster(sheets, officersSheet, 1, List.of("STT", "Họ và tên", "Giới tính", "Năm sinh", "Chức vụ công đoàn", "Đã được tập huấn trong nhiệm kỳ", "Ngày tập huấn gần nhất"), officers);
          default -> throw new IllegalArgumentException(part);
        }
      }
      if (idPlace == IdPlace.OTHER_SHEET) {
        identification(sheets, sheets.sheet("Thông tin"), 1, 0);
      }
      extras.forEach(extra -> extra.accept(sheets));
      if (cacheFormulas) {
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      }
      workbook.write(out);
      return new Written(out.toByteArray(), Map.copyOf(sheets.expectedTexts()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public record Written(byte[] bytes, Map<String, String> texts) {}

  private void figures(Sheets sheets) {
    Sheet sheet = sheets.sheet(figuresSheet);
    int r = 0;
    if (title) {
      sheets.put(sheet, r++, 0, form.title(), labels);
    }
    r += rowsAboveId;
    if (idPlace == IdPlace.ABOVE) {
      identification(sheets, sheet, r, 0);
      r += 3;
    }
    if (spacerRow) {
      r++;
    }
    int header = r;
    for (int c = 0; c < columns.size(); c++) {
      String key = columns.get(c);
      String text = headerTexts.getOrDefault(key, form.sheet(FormDefinition.FIGURES).header(key));
      if (mergedHeader && key.equals("women")) {
        sheets.put(sheet, header, c, "Trong đó", headers);
        sheets.put(sheet, header + 1, c, "Nữ", headers);
      } else {
        sheets.put(sheet, header, c, text, headers);
        if (mergedHeader) {
          sheet.addMergedRegion(new CellRangeAddress(header, header + 1, c, c));
        }
      }
    }
    r = header + (mergedHeader ? 2 : 1);
    if (idPlace == IdPlace.RIGHT) {
      identification(sheets, sheet, header, columns.size() + 1);
    }
    int number = 1;
    String section = "";
    for (FieldDefinition field : form.fields()) {
      Object[] cells = figureCells.get(field.code());
      if (cells == null) {
        continue;
      }
      if (sections && !field.code().startsWith(section)) {
        section = field.code().substring(0, 1);
        sheets.put(sheet, r, 0, section + ". Phần " + section, labels);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns.size() - 1));
        r++;
      }
      Map<String, Object> row = new HashMap<>();
      row.put("row_number", number++);
      row.put("label", field.label());
      row.put("code", field.code());
      row.put("unit", field.unit());
      row.put("total", cells[0]);
      row.put("women", cells[1]);
      for (int c = 0; c < columns.size(); c++) {
        Object value = row.get(columns.get(c));
        boolean text = columns.get(c).equals("label") || columns.get(c).equals("unit");
        sheets.put(sheet, r, c, value, text ? labels : values);
      }
      totalCells.put(field.code(), GridCell.address(r, columns.indexOf("total")));
      if (hiddenFields.contains(field.code())) {
        sheet.getRow(r).setZeroHeight(true);
      }
      r++;
      if (blankRowAfter.contains(field.code())) {
        r++;
      }
    }
    for (int i = 0; i < trailingBlankRows; i++) {
      Row blank = sheet.createRow(r + i);
      blank.createCell(0).setCellValue(i % 2 == 0 ? "" : " \u00a0");
      blank.createCell(columns.indexOf("total"));
    }
    r += trailingBlankRows + 2;
    if (secondTable) {
      sheets.put(sheet, r++, 0, "Số liệu năm học trước (để so sánh)", labels);
      for (int c = 0; c < columns.size(); c++) {
        sheets.put(sheet, r, c, form.sheet(FormDefinition.FIGURES).header(columns.get(c)), headers);
      }
      r++;
      for (String code : List.of("A01", "A02", "B01")) {
        sheets.put(sheet, r, columns.indexOf("code"), code, values);
        sheets.put(sheet, r, columns.indexOf("total"), 999, values);
        sheets.put(sheet, r, columns.indexOf("women"), 1, values);
        r++;
      }
    }
    if (idPlace == IdPlace.BELOW) {
      identification(sheets, sheet, r + 1, 0);
    }
  }

  private void identification(Sheets sheets, Sheet sheet, int row, int column) {
    sheets.put(sheet, row, column, idLabels.getOrDefault("unit_code", "Mã đơn vị:"), labels);
    sheets.put(sheet, row, column + 2, "DNO0001", values);
    sheets.put(sheet, row + 1, column, idLabels.getOrDefault("unit_name", "Tên đơn vị:"), labels);
    sheets.put(sheet, row + 1, column + 2, "Công đoàn trường Tiểu học Nguyễn Du", names);
    sheets.put(sheet, row + 2, column, idLabels.getOrDefault("school_year", "Năm học:"), labels);
    sheets.put(sheet, row + 2, column + 2, "2019-2020", values);
  }

  private Typing typingOf(boolean award, int column) {
    Typing answer = answers == null ? names : answers;
    if (award) {
      return switch (column) {
        case 0, 1, 2, 4 -> answer;
        case 6 -> values;
        default -> names;
      };
    }
    return switch (column) {
      case 1, 3, 4 -> answer;
      case 2 -> values;
      default -> names;
    };
  }

  private void roster(Sheets sheets, String name, int headerRow, List<String> header, List<Object[]> rows) {
    Sheet sheet = sheets.sheet(name);
    for (int c = 0; c < header.size(); c++) {
      sheets.put(sheet, headerRow, c, header.get(c), headers);
    }
    for (int i = 0; i < rows.size(); i++) {
      sheets.put(sheet, headerRow + 1 + i, 0, i + 1, values);
      Object[] row = rows.get(i);
      for (int c = 0; c < row.length; c++) {
        Object value = row[c];
        if (!(value instanceof String text) || !text.isEmpty()) {
          sheets.put(sheet, headerRow + 1 + i, c + 1, value, typingOf(rows == awards, c));
        }
      }
    }
  }
}
