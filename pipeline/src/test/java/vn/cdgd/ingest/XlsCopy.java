package vn.cdgd.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The values of an .xlsx written again as an Excel 97-2003 (.xls) workbook, as older offices send. */
public final class XlsCopy {
  private XlsCopy() {}

  public static byte[] of(byte[] xlsx) {
    try (Workbook from = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        HSSFWorkbook to = new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (Sheet sheet : from) {
        Sheet copy = to.createSheet(sheet.getSheetName());
        for (Row row : sheet) {
          Row copiedRow = copy.createRow(row.getRowNum());
          for (Cell cell : row) {
            Cell copied = copiedRow.createCell(cell.getColumnIndex());
            switch (cell.getCellType()) {
              case NUMERIC -> copied.setCellValue(cell.getNumericCellValue());
              case STRING -> copied.setCellValue(cell.getStringCellValue());
              case BOOLEAN -> copied.setCellValue(cell.getBooleanCellValue());
              default -> { }
            }
          }
        }
      }
      to.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
