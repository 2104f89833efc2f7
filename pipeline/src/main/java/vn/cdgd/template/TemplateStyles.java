package vn.cdgd.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one template workbook. Every style is locked unless its name says input; the
 * font is Times New Roman, which every Windows and LibreOffice install has with Vietnamese glyphs.
 */
final class TemplateStyles {
  static final String FONT = "Times New Roman";
  static final short FONT_POINTS = 12;

  final XSSFCellStyle title;
  final XSSFCellStyle subtitle;
  final XSSFCellStyle label;
  final XSSFCellStyle identification;
  final XSSFCellStyle header;
  final XSSFCellStyle section;
  final XSSFCellStyle sectionLabel;
  final XSSFCellStyle text;
  final XSSFCellStyle wrapped;
  final XSSFCellStyle centered;
  final XSSFCellStyle notApplicable;
  final XSSFCellStyle inputNumber;
  final XSSFCellStyle inputText;
  final XSSFCellStyle inputCentered;
  final XSSFCellStyle inputDate;
  final XSSFCellStyle paragraph;

  TemplateStyles(XSSFWorkbook workbook) {
    XSSFFont regular = font(workbook, false, FONT_POINTS, false);
    XSSFFont bold = font(workbook, true, FONT_POINTS, false);
    XSSFFont big = font(workbook, true, (short) 14, false);
    XSSFFont italic = font(workbook, false, FONT_POINTS, true);

    title = style(workbook, big, false, false);
    title.setAlignment(HorizontalAlignment.CENTER);
    subtitle = style(workbook, italic, false, false);
    subtitle.setAlignment(HorizontalAlignment.CENTER);
    label = style(workbook, bold, false, false);
    identification = style(workbook, regular, false, false);
    header = style(workbook, bold, true, false);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setWrapText(true);
    header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    section = style(workbook, bold, true, false);
    section.setAlignment(HorizontalAlignment.CENTER);
    sectionLabel = style(workbook, bold, true, false);
    text = style(workbook, regular, true, false);
    wrapped = style(workbook, regular, true, false);
    wrapped.setWrapText(true);
    centered = style(workbook, regular, true, false);
    centered.setAlignment(HorizontalAlignment.CENTER);
    notApplicable = style(workbook, regular, true, false);
    notApplicable.setAlignment(HorizontalAlignment.CENTER);
    notApplicable.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    notApplicable.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    inputNumber = style(workbook, regular, true, true);
    inputNumber.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
    inputText = style(workbook, regular, true, true);
    inputText.setWrapText(true);
    inputCentered = style(workbook, regular, true, true);
    inputCentered.setAlignment(HorizontalAlignment.CENTER);
    inputDate = style(workbook, regular, true, true);
    inputDate.setAlignment(HorizontalAlignment.CENTER);
    inputDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    paragraph = style(workbook, regular, false, false);
    paragraph.setWrapText(true);
  }

  private static XSSFFont font(XSSFWorkbook workbook, boolean bold, short points, boolean italic) {
    XSSFFont font = workbook.createFont();
    font.setFontName(FONT);
    font.setFontHeightInPoints(points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
  }

  private static XSSFCellStyle style(
      XSSFWorkbook workbook, XSSFFont font, boolean bordered, boolean input) {
    XSSFCellStyle style = workbook.createCellStyle();
    style.setFont(font);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    style.setLocked(!input);
    if (bordered) {
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
    }
    return style;
  }

  static boolean isInput(CellStyle style) {
    return !style.getLocked();
  }
}
