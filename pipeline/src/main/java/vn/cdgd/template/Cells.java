package vn.cdgd.template;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Small helpers to put a styled value in a cell. */
final class Cells {
  private Cells() {}

  static XSSFCell text(XSSFRow row, int column, String value, XSSFCellStyle style) {
    XSSFCell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return cell;
  }

  static XSSFCell number(XSSFRow row, int column, double value, XSSFCellStyle style) {
    XSSFCell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return cell;
  }

  static XSSFCell blank(XSSFRow row, int column, XSSFCellStyle style) {
    XSSFCell cell = row.createCell(column);
    cell.setCellStyle(style);
    return cell;
  }

  static void merged(
      XSSFSheet sheet, int rowIndex, int firstColumn, int lastColumn, String value,
      XSSFCellStyle style) {
    XSSFRow row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
    text(row, firstColumn, value, style);
    if (lastColumn > firstColumn) {
      sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, firstColumn, lastColumn));
    }
  }
}
