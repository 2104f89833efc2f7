package vn.cdgd.staging.feedback;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** The page a school clerk prints feedback on: A4 upright, every column on the page's width. */
final class A4Portrait {
  private A4Portrait() {}

  static void apply(Sheet sheet) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(false);
    print.setFitWidth((short) 1);
    // 0: as many pages down as the rows need.
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
  }
}
