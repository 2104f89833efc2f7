package vn.cdgd.template;

import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.SheetDefinition;

/**
 * Draws a list sheet (awards or officers): title, unit line, header row, then empty input rows
 * with a drop-down or a check on each column. Rows can be inserted, sorted and filtered.
 */
final class TableSheet {
  static final int HEADER_ROW = 3;
  private static final int BIRTH_YEAR_LOW = 1940;
  private static final int BIRTH_YEAR_HIGH = 2010;
  private static final LocalDate EARLIEST_TRAINING = LocalDate.of(2000, 1, 1);

  /** Which list of the form each column's drop-down offers. */
  private static final Map<String, String> LIST_OF_COLUMN =
      Map.of(
          "form", "award_form",
          "level", "award_level",
          "recipient_type", "recipient_type",
          "gender", "gender",
          "role", "officer_role",
          "trained", "yes_no");

  private static final Map<String, Integer> WIDTHS =
      Map.ofEntries(
          Map.entry("row_number", 6),
          Map.entry("form", 13),
          Map.entry("level", 28),
          Map.entry("recipient_type", 11),
          Map.entry("recipient_name", 34),
          Map.entry("gender", 9),
          Map.entry("title", 30),
          Map.entry("decision_number", 16),
          Map.entry("decision_date", 14),
          Map.entry("full_name", 30),
          Map.entry("birth_year", 10),
          Map.entry("role", 18),
          Map.entry("trained", 16),
          Map.entry("last_training_date", 16));

  private TableSheet() {}

  static void write(
      XSSFWorkbook workbook,
      TemplateStyles styles,
      FormDefinition form,
      String sheetKey,
      Map<String, Integer> columns,
      int inputRows,
      String title,
      String unitLine,
      LocalDate earliestDate,
      LocalDate latestDate) {
    SheetDefinition definition = form.sheet(sheetKey);
    XSSFSheet sheet = workbook.createSheet(definition.name());
    int lastColumn = columns.size() - 1;
    Cells.merged(sheet, 0, 0, lastColumn, title, styles.title);
    Cells.merged(sheet, 1, 0, lastColumn, unitLine, styles.subtitle);

    XSSFRow header = sheet.createRow(HEADER_ROW);
    header.setHeightInPoints(32);
    for (Map.Entry<String, Integer> column : columns.entrySet()) {
      Cells.text(header, column.getValue(), definition.header(column.getKey()), styles.header);
    }
    int first = HEADER_ROW + 1;
    int last = HEADER_ROW + inputRows;
    for (int rowIndex = first; rowIndex <= last; rowIndex++) {
      XSSFRow row = sheet.createRow(rowIndex);
      for (Map.Entry<String, Integer> column : columns.entrySet()) {
        Cells.blank(row, column.getValue(), styleOf(styles, column.getKey()));
      }
    }

    Validations validations = new Validations(sheet);
    for (Map.Entry<String, Integer> column : columns.entrySet()) {
      String key = column.getKey();
      int index = column.getValue();
      CellRangeAddressList cells = new CellRangeAddressList(first, last, index, index);
      if (LIST_OF_COLUMN.containsKey(key)) {
        validations.list(cells, form.list(LIST_OF_COLUMN.get(key)));
      } else if (key.endsWith("_date")) {
        LocalDate from = key.equals("last_training_date") ? EARLIEST_TRAINING : earliestDate;
        validations.dateBetween(cells, from, latestDate);
      } else if (key.equals("birth_year")) {
        validations.wholeNumberBetween(cells, BIRTH_YEAR_LOW, BIRTH_YEAR_HIGH);
      } else if (key.equals("row_number")) {
        validations.wholeNumberAtLeastZero(cells);
      }
      sheet.setColumnWidth(index, WIDTHS.getOrDefault(key, 14) * 256);
    }

    sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, lastColumn));
    sheet.createFreezePane(0, first);
    sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
    Protection.apply(sheet, true);
    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.getPrintSetup().setLandscape(true);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
  }

  private static XSSFCellStyle styleOf(TemplateStyles styles, String key) {
    if (key.endsWith("_date")) {
      return styles.inputDate;
    }
    if (key.equals("row_number") || key.equals("birth_year")) {
      return styles.inputCentered;
    }
    if (LIST_OF_COLUMN.containsKey(key)) {
      return styles.inputCentered;
    }
    return styles.inputText;
  }
}
