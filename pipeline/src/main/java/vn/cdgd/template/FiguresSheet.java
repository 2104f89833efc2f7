package vn.cdgd.template;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cdgd.conf.FieldDefinition;
import vn.cdgd.conf.FieldType;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.SheetDefinition;

/**
 * Draws the figures sheet: title, form version, identification block, then one row per section and
 * one per field, in the order of the form.
 */
final class FiguresSheet {
  static final String NOT_APPLICABLE = "x";
  private static final int IDENTIFICATION_FIRST_ROW = 3;
  private static final int LABEL_COLUMN = 1;
  private static final int VALUE_COLUMN = 2;
  private static final Map<String, Integer> WIDTHS =
      Map.of(
          "row_number", 6, "label", 62, "code", 8, "unit", 11, "total", 16, "women", 14, "note",
          22);

  private FiguresSheet() {}

  /** The layout's figures part: where identification, header and every field row go. */
  static void plan(FormDefinition form, Map<String, Integer> identificationRows,
      Map<String, Integer> columns, Map<String, Integer> fieldRows) {
    int row = IDENTIFICATION_FIRST_ROW;
    for (String key : form.identification().keySet()) {
      identificationRows.put(key, row++);
    }
    int column = 0;
    for (String key : form.sheet(FormDefinition.FIGURES).columns().keySet()) {
      columns.put(key, column++);
    }
    row = headerRow(form) + 1;
    for (FormDefinition.Section section : form.sections()) {
      row++;
      for (FieldDefinition field : form.fields()) {
        if (field.section().equals(section.code())) {
          fieldRows.put(field.code(), row++);
        }
      }
    }
  }

  static int headerRow(FormDefinition form) {
    return IDENTIFICATION_FIRST_ROW + form.identification().size() + 1;
  }

  static int labelColumn() {
    return LABEL_COLUMN;
  }

  static int valueColumn() {
    return VALUE_COLUMN;
  }

  static void write(
      XSSFWorkbook workbook,
      TemplateStyles styles,
      FormDefinition form,
      TemplateLayout layout,
      Map<String, String> identificationValues) {
    SheetDefinition definition = form.sheet(FormDefinition.FIGURES);
    XSSFSheet sheet = workbook.createSheet(definition.name());
    Map<String, Integer> columns = layout.figuresColumns();
    int lastColumn = columns.size() - 1;

    Cells.merged(sheet, 0, 0, lastColumn, form.title(), styles.title);
    Cells.merged(
        sheet, 1, 0, lastColumn,
        "Biểu mẫu " + form.form() + ", phiên bản " + form.version(), styles.subtitle);

    for (Map.Entry<String, Integer> entry : layout.identificationRows().entrySet()) {
      XSSFRow row = sheet.createRow(entry.getValue());
      Cells.text(row, LABEL_COLUMN, form.identification().get(entry.getKey()).get(0) + ":",
          styles.label);
      Cells.text(row, VALUE_COLUMN, identificationValues.getOrDefault(entry.getKey(), ""),
          styles.identification);
      sheet.addMergedRegion(
          new CellRangeAddress(entry.getValue(), entry.getValue(), VALUE_COLUMN, lastColumn));
    }

    XSSFRow header = sheet.createRow(layout.figuresHeaderRow());
    for (Map.Entry<String, Integer> column : columns.entrySet()) {
      Cells.text(header, column.getValue(), definition.header(column.getKey()), styles.header);
    }

    CellRangeAddressList numberCells = new CellRangeAddressList();
    CellRangeAddressList yesNoCells = new CellRangeAddressList();
    int rowNumber = 1;
    Map<String, Integer> sectionRows = sectionRows(form, layout);
    for (FormDefinition.Section section : form.sections()) {
      XSSFRow row = sheet.createRow(sectionRows.get(section.code()));
      for (int column = 0; column <= lastColumn; column++) {
        Cells.text(row, column, "", styles.sectionLabel);
      }
      Cells.text(row, columns.get("row_number"), section.code(), styles.section);
      Cells.text(row, columns.get("label"), section.label(), styles.sectionLabel);
      for (FieldDefinition field : form.fields()) {
        if (!field.section().equals(section.code())) {
          continue;
        }
        int rowIndex = layout.fieldRows().get(field.code());
        XSSFRow fieldRow = sheet.createRow(rowIndex);
        Cells.number(fieldRow, columns.get("row_number"), rowNumber++, styles.centered);
        Cells.text(fieldRow, columns.get("label"), field.label(), styles.wrapped);
        Cells.text(fieldRow, columns.get("code"), field.code(), styles.centered);
        Cells.text(fieldRow, columns.get("unit"), field.unit(), styles.centered);
        int total = columns.get("total");
        int women = columns.get("women");
        XSSFCellStyle totalStyle =
            field.type() == FieldType.YES_NO ? styles.inputCentered : styles.inputNumber;
        Cells.blank(fieldRow, total, totalStyle);
        if (field.type() == FieldType.YES_NO) {
          yesNoCells.addCellRangeAddress(rowIndex, total, rowIndex, total);
        } else {
          numberCells.addCellRangeAddress(rowIndex, total, rowIndex, total);
        }
        if (field.women()) {
          Cells.blank(fieldRow, women, styles.inputNumber);
          numberCells.addCellRangeAddress(rowIndex, women, rowIndex, women);
        } else {
          Cells.text(fieldRow, women, NOT_APPLICABLE, styles.notApplicable);
        }
        Cells.blank(fieldRow, columns.get("note"), styles.inputText);
      }
    }
    Validations validations = new Validations(sheet);
    validations.wholeNumberAtLeastZero(numberCells);
    validations.list(yesNoCells, form.list("yes_no"));

    for (Map.Entry<String, Integer> column : columns.entrySet()) {
      sheet.setColumnWidth(column.getValue(), WIDTHS.getOrDefault(column.getKey(), 14) * 256);
    }
    sheet.setRepeatingRows(
        new CellRangeAddress(layout.figuresHeaderRow(), layout.figuresHeaderRow(), -1, -1));
    Protection.apply(sheet, false);
    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.getPrintSetup().setLandscape(false);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
  }

  static Map<String, Integer> sectionRows(FormDefinition form, TemplateLayout layout) {
    Map<String, Integer> rows = new LinkedHashMap<>();
    int row = layout.figuresHeaderRow() + 1;
    for (FormDefinition.Section section : form.sections()) {
      rows.put(section.code(), row);
      row += 1 + (int) form.fields().stream().filter(f -> f.section().equals(section.code())).count();
    }
    return rows;
  }
}
