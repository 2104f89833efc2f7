package vn.cdgd.template;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Sheet protection without a password: it keeps a user from overwriting labels and codes by
 * mistake, not from anything on purpose (Review › Unprotect Sheet needs no password). A password
 * would be forgotten and lock unions out of their own form.
 */
final class Protection {
  private Protection() {}

  static void apply(XSSFSheet sheet, boolean rowsCanBeInserted) {
    sheet.enableLocking();
    sheet.lockSelectLockedCells(false);
    sheet.lockSelectUnlockedCells(false);
    sheet.lockFormatCells(false);
    sheet.lockFormatColumns(false);
    sheet.lockFormatRows(false);
    sheet.lockSort(false);
    sheet.lockAutoFilter(false);
    sheet.lockInsertRows(!rowsCanBeInserted);
    sheet.lockDeleteRows(!rowsCanBeInserted);
    sheet.lockInsertColumns(true);
    sheet.lockDeleteColumns(true);
    sheet.lockObjects(true);
    sheet.lockScenarios(true);
  }
}
