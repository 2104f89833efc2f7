package vn.cdgd.ingest.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRElt;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRPrElt;
import vn.cdgd.ingest.legacy.LegacyText;

/**
 * The runs of a text cell, each with the font it is drawn in: a rich-text run's own font, else the
 * cell's. Legacy Vietnamese is decoded by the font the typist saw, and one cell can mix a .VnTime
 * run with an Arial one, so the runs are read as the file stores them (.xlsx and .xls alike).
 */
public final class RichTextRuns {
  private RichTextRuns() {}

  /** The font of the cell's style. */
  public static String cellFont(Workbook workbook, Cell cell) {
    return workbook.getFontAt(cell.getCellStyle().getFontIndex()).getFontName();
  }

  public static List<LegacyText.Run> of(Workbook workbook, Cell cell, RichTextString rich) {
    String cellFont = cellFont(workbook, cell);
    String text = rich.getString();
    if (text == null) {
      return List.of();
    }
    int runs = rich.numFormattingRuns();
    if (runs == 0) {
      return List.of(new LegacyText.Run(text, cellFont));
    }
    List<LegacyText.Run> out = new ArrayList<>();
    int first = rich.getIndexOfFormattingRun(0);
    if (first > 0) {
      out.add(new LegacyText.Run(text.substring(0, Math.min(first, text.length())), cellFont));
    }
    for (int i = 0; i < runs; i++) {
      int start = Math.min(rich.getIndexOfFormattingRun(i), text.length());
      int end = i + 1 < runs ? rich.getIndexOfFormattingRun(i + 1) : text.length();
      end = Math.max(start, Math.min(end, text.length()));
      out.add(new LegacyText.Run(text.substring(start, end), runFont(workbook, rich, i, cellFont)));
    }
    return out;
  }

  private static String runFont(Workbook workbook, RichTextString rich, int run, String cellFont) {
    if (rich instanceof XSSFRichTextString xssf) {
      // A run's properties may name no font (only a colour, say): it is then in the cell's font,
      // whereas XSSFFont would answer its own default, Calibri.
      CTRElt element = xssf.getCTRst().getRArray(run);
      CTRPrElt properties = element == null ? null : element.getRPr();
      if (properties == null || properties.sizeOfRFontArray() == 0) {
        return cellFont;
      }
      return properties.getRFontArray(0).getVal();
    }
    if (rich instanceof HSSFRichTextString hssf) {
      short index = hssf.getFontOfFormattingRun(run);
      if (index == HSSFRichTextString.NO_FONT || index < 0 || index >= workbook.getNumberOfFonts()) {
        return cellFont;
      }
      Font font = workbook.getFontAt(index);
      return font == null ? cellFont : font.getFontName();
    }
    return cellFont;
  }
}
