package vn.cdgd.template;

import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cdgd.conf.FormDefinition;

/** Draws the instructions sheet: the first paragraph as its title, then one paragraph per row. */
final class InstructionsSheet {
  private static final int WIDTH_CHARACTERS = 110;

  private InstructionsSheet() {}

  static void write(
      XSSFWorkbook workbook, TemplateStyles styles, FormDefinition form, List<String> paragraphs) {
    XSSFSheet sheet = workbook.createSheet(form.sheet(FormDefinition.INSTRUCTIONS).name());
    sheet.setColumnWidth(0, WIDTH_CHARACTERS * 256);
    int rowIndex = 0;
    for (String paragraph : paragraphs) {
      XSSFRow row = sheet.createRow(rowIndex);
      Cells.text(row, 0, paragraph, rowIndex == 0 ? styles.title : styles.paragraph);
      int lines = 1 + paragraph.length() / WIDTH_CHARACTERS;
      row.setHeightInPoints(Math.max(18, lines * 16f));
      rowIndex++;
    }
    Protection.apply(sheet, false);
    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
  }
}
