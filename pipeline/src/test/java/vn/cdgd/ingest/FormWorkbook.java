package vn.cdgd.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cdgd.conf.FieldDefinition;
import vn.cdgd.conf.FormDefinition;

/**
 * Builds a filled form workbook in tests, written by hand (not by the template writer) so the
 * parser is tested against layouts people make: extra rows and columns, renamed sheets, text in
 * place of numbers. Values are given as Java objects: a Number becomes a numeric cell, a String a
 * text cell, a {@link Formula} a formula without a cached value, a LocalDate a date cell.
 */
public final class FormWorkbook {
  public record Formula(String text) {}

  private final FormDefinition form;
  private String unitCode = "DNO0001";
  private String unitName = "Công đoàn trường Tiểu học Nguyễn Du";
  private String schoolYear = "2019-2020";
  private String figuresSheet = "Số liệu";
  private int extraRowsAboveHeader = 0;
  private boolean extraColumnBeforeTotal = false;
  private final Map<String, Object[]> figures = new LinkedHashMap<>();
  private final List<Object[]> awards = new ArrayList<>();
  private final List<Object[]> officers = new ArrayList<>();
  private boolean withOfficers = true;

  public FormWorkbook(FormDefinition form) {
    this.form = form;
    // A valid submission: 40 staff (30 women), 38 members (28 women), 5 officers all trained.
    set("A01", 40, 30).set("A02", 38, 28).set("A03", 2, 1).set("A04", 4, null).set("A05", 3, 2)
        .set("A06", 0, 0).set("A07", 5, 4).set("B01", 5, 3).set("B02", 5, 3).set("C01", 20, null)
        .set("C02", 2, null).set("D01", 6, null).set("D02", 3_000_000, null).set("D03", "Có", null)
        .set("E01", "Có", null).set("E02", null, null).set("E03", 2, null)
        .set("F01", 25_000_000, null).set("F02", 12_000_000, null);
    for (int i = 0; i < 5; i++) {
      officer("Nguyễn Thị Hoa " + i, i < 3 ? "Nữ" : "Nam", 1980 + i, i == 0 ? "Chủ tịch" : "Ủy viên BCH", "Có",
          LocalDate.of(2019, 11, 5));
    }
  }

  public FormWorkbook unit(String code) {
    this.unitCode = code;
    return this;
  }

  public FormWorkbook year(String year) {
    this.schoolYear = year;
    return this;
  }

  public FormWorkbook figuresSheetNamed(String name) {
    this.figuresSheet = name;
    return this;
  }

  public FormWorkbook rowsInsertedAboveHeader(int rows) {
    this.extraRowsAboveHeader = rows;
    return this;
  }

  public FormWorkbook columnInsertedBeforeTotal() {
    this.extraColumnBeforeTotal = true;
    return this;
  }

  public FormWorkbook set(String code, Object total, Object women) {
    figures.put(code, new Object[] {total, women});
    return this;
  }

  public FormWorkbook without(String code) {
    figures.remove(code);
    return this;
  }

  public FormWorkbook award(String form, String level, String recipient, String name, String gender, String title, Object date) {
    awards.add(new Object[] {form, level, recipient, name, gender, title, "QĐ-01", date});
    return this;
  }

  public FormWorkbook officer(String name, String gender, Object birthYear, String role, String trained, Object date) {
    officers.add(new Object[] {name, gender, birthYear, role, trained, date});
    return this;
  }

  public FormWorkbook clearOfficers() {
    officers.clear();
    return this;
  }

  public FormWorkbook noOfficersSheet() {
    withOfficers = false;
    return this;
  }

  public byte[] bytes() {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      Sheet sheet = workbook.createSheet(figuresSheet);
      int r = 0;
      put(sheet, r++, 0, form.title(), dateStyle);
      r += extraRowsAboveHeader;
      put(sheet, r, 0, "Mã đơn vị:", dateStyle);
      put(sheet, r++, 2, unitCode, dateStyle);
      put(sheet, r, 0, "Tên đơn vị:", dateStyle);
      put(sheet, r++, 2, unitName, dateStyle);
      put(sheet, r, 0, "Năm học:", dateStyle);
      put(sheet, r++, 2, schoolYear, dateStyle);
      r++;
      List<String> header = new ArrayList<>(List.of("STT", "Nội dung", "Mã", "ĐVT", "Tổng số", "Trong đó nữ", "Ghi chú"));
      if (extraColumnBeforeTotal) {
        header.add(4, "Năm trước");
      }
      for (int c = 0; c < header.size(); c++) {
        put(sheet, r, c, header.get(c), dateStyle);
      }
      r++;
      int totalColumn = header.indexOf("Tổng số");
      int number = 1;
      for (FieldDefinition field : form.fields()) {
        Object[] values = figures.get(field.code());
        if (values == null) {
          continue;
        }
        put(sheet, r, 0, number++, dateStyle);
        put(sheet, r, 1, field.label(), dateStyle);
        put(sheet, r, 2, field.code(), dateStyle);
        put(sheet, r, 3, field.unit(), dateStyle);
        if (extraColumnBeforeTotal) {
          put(sheet, r, 4, 999, dateStyle);
        }
        put(sheet, r, totalColumn, values[0], dateStyle);
        put(sheet, r, totalColumn + 1, values[1], dateStyle);
        r++;
      }
      Sheet awardSheet = workbook.createSheet("Khen thưởng");
      String[] awardHeader = {"STT", "Hình thức", "Cấp", "Đối tượng", "Tên tập thể/cá nhân", "Giới tính", "Tên danh hiệu", "Số quyết định", "Ngày quyết định"};
      for (int c = 0; c < awardHeader.length; c++) {
        put(awardSheet, 2, c, awardHeader[c], dateStyle);
      }
      for (int i = 0; i < awards.size(); i++) {
        put(awardSheet, 3 + i, 0, i + 1, dateStyle);
        for (int c = 0; c < awards.get(i).length; c++) {
          put(awardSheet, 3 + i, c + 1, awards.get(i)[c], dateStyle);
        }
      }
      if (withOfficers) {
        Sheet officerSheet = workbook.createSheet("Cán bộ công đoàn");
        String[] officerHeader = {"STT", "Họ và tên", "Giới tính", "Năm sinh", "Chức vụ công đoàn", "Đã được tập huấn trong nhiệm kỳ", "Ngày tập huấn gần nhất"};
        for (int c = 0; c < officerHeader.length; c++) {
          put(officerSheet, 1, c, officerHeader[c], dateStyle);
        }
        for (int i = 0; i < officers.size(); i++) {
          put(officerSheet, 2 + i, 0, i + 1, dateStyle);
          for (int c = 0; c < officers.get(i).length; c++) {
            put(officerSheet, 2 + i, c + 1, officers.get(i)[c], dateStyle);
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(Sheet sheet, int row, int column, Object value, CellStyle dateStyle) {
    if (value == null) {
      return;
    }
    Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    Cell cell = r.createCell(column);
    if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (value instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(dateStyle);
    } else if (value instanceof Formula f) {
      cell.setCellFormula(f.text());
    } else {
      cell.setCellValue(value.toString());
    }
  }
}
