package vn.cdgd.convert;

import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRElt;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRPrElt;

/**
 * The fonts of rich-text runs. An .xls run points into the workbook's font table (renamed with the
 * others), but an .xlsx run carries its font name inline, so that name is renamed here.
 */
final class RunFonts {
  private RunFonts() {}

  /** The font of a run, or null when the run is in the cell's font. */
  static Font font(Workbook workbook, RichTextString rich, int run) {
    if (rich instanceof XSSFRichTextString xssf) {
      return xssf.getFontOfFormattingRun(run);
    }
    if (rich instanceof HSSFRichTextString hssf) {
      short index = hssf.getFontOfFormattingRun(run);
      return index == HSSFRichTextString.NO_FONT ? null : workbook.getFontAt(index);
    }
    return null;
  }

  /** Renames the legacy fonts named inline by the runs of an .xlsx cell; true when any was. */
  static boolean renameInline(Cell cell) {
    if (!(cell.getRichStringCellValue() instanceof XSSFRichTextString rich)) {
      return false;
    }
    boolean renamed = false;
    for (CTRElt run : rich.getCTRst().getRArray()) {
      CTRPrElt properties = run.getRPr();
      if (properties == null) {
        continue;
      }
      for (int i = 0; i < properties.sizeOfRFontArray(); i++) {
        String unicode = UnicodeFonts.replacing(properties.getRFontArray(i).getVal());
        if (unicode != null) {
          properties.getRFontArray(i).setVal(unicode);
          renamed = true;
        }
      }
    }
    if (renamed) {
      cell.setCellValue(rich);
    }
    return renamed;
  }
}
