package vn.cdgd.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.cdgd.ingest.legacy.CellDecoder;
import vn.cdgd.ingest.legacy.DecodedText;
import vn.cdgd.ingest.legacy.LegacyEncoding;
import vn.cdgd.ingest.legacy.LegacyText;
import vn.cdgd.ingest.workbook.EncodingContext;
import vn.cdgd.ingest.workbook.Grid;
import vn.cdgd.ingest.workbook.GridCell;
import vn.cdgd.ingest.workbook.RichTextRuns;
import vn.cdgd.ingest.workbook.UnreadableFileException;
import vn.cdgd.ingest.workbook.WorkbookGridReader;

/**
 * Writes the Unicode copy of one workbook (.xls or .xlsx, every sheet): each text cell, and each
 * run of a rich-text cell, decoded as ingest decodes it (by font, else by a clear content reading),
 * short cells read as the rest of their sheet is written ({@link EncodingContext}), then every
 * legacy font renamed to its Unicode stand-in. Sizes, colours, borders, formats, merged
 * cells and formulas are kept, since only the strings and font names are touched. Formula results
 * are left to Excel to recompute.
 */
public final class WorkbookConverter {
  private WorkbookConverter() {}

  public static ConvertedFile convert(Path input, Path output) {
    Map<LegacyEncoding, Integer> converted = new EnumMap<>(LegacyEncoding.class);
    List<ConvertedFile.CellChange> changes = new ArrayList<>();
    try (InputStream in = Files.newInputStream(input);
        Workbook workbook = WorkbookFactory.create(in)) {
      List<Grid> inContext = inContext(input);
      for (Sheet sheet : workbook) {
        Grid grid = inContext.get(workbook.getSheetIndex(sheet));
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
              convertCell(workbook, sheet, cell, grid, converted, changes);
              RunFonts.renameInline(cell);
            }
          }
        }
      }
      int fonts = replaceFonts(workbook);
      Files.createDirectories(output.toAbsolutePath().getParent());
      try (OutputStream out = Files.newOutputStream(output)) {
        workbook.write(out);
      }
      return new ConvertedFile(input, output, converted, changes, fonts, null);
    } catch (EncryptedDocumentException e) {
      return failed(input, "tệp có mật khẩu, hãy gỡ mật khẩu rồi chuyển lại");
    } catch (IOException | RuntimeException e) {
      return failed(input, "không đọc hoặc ghi được tệp Excel (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
  }

  /**
   * The workbook's cells as ingest reads them, short cells decided by their sheet's context
   * ({@link EncodingContext}), so the copy says what ingest would have read.
   */
  private static List<Grid> inContext(Path input) throws IOException {
    try {
      return EncodingContext.apply(WorkbookGridReader.read(Files.readAllBytes(input)));
    } catch (UnreadableFileException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static ConvertedFile failed(Path input, String why) {
    return new ConvertedFile(input, null, Map.of(), List.of(), 0, why);
  }

  private static void convertCell(
      Workbook workbook, Sheet sheet, Cell cell, Grid inContext,
      Map<LegacyEncoding, Integer> converted, List<ConvertedFile.CellChange> changes) {
    RichTextString rich = cell.getRichStringCellValue();
    List<LegacyText.Run> runs = RichTextRuns.of(workbook, cell, rich);
    DecodedText decoded = byContext(CellDecoder.decode(runs), inContext, cell);
    String address = GridCell.address(cell.getRowIndex(), cell.getColumnIndex());
    if (decoded.uncertain()) {
      changes.add(new ConvertedFile.CellChange(sheet.getSheetName(), address,
          LegacyEncoding.UNICODE, decoded.raw(), decoded.text(), decoded.alternative()));
      return;
    }
    if (!decoded.converted()) {
      return;
    }
    converted.merge(decoded.encoding(), 1, Integer::sum);
    changes.add(new ConvertedFile.CellChange(sheet.getSheetName(), address, decoded.encoding(),
        decoded.raw(), decoded.text(), null));
    if (rich.numFormattingRuns() == 0 || !decoded.byFont()) {
      cell.setCellValue(decoded.text());
    } else {
      cell.setCellValue(reRun(workbook, cell, rich, runs));
    }
  }

  /** The cell's own decision, unless its sheet's context read it in a legacy encoding. */
  private static DecodedText byContext(DecodedText own, Grid inContext, Cell cell) {
    if (own.converted() || inContext == null) {
      return own;
    }
    return inContext.cell(cell.getRowIndex(), cell.getColumnIndex())
        .filter(read -> read.encoding() != LegacyEncoding.UNICODE && read.rawText().equals(own.raw()))
        .map(read -> new DecodedText(read.text(), own.raw(), read.encoding(), false, null))
        .orElse(own);
  }

  /**
   * A rich-text cell decoded run by run, each run keeping its own font (renamed later with every
   * other legacy font), so a bold or coloured word stays bold or coloured.
   */
  private static RichTextString reRun(
      Workbook workbook, Cell cell, RichTextString rich, List<LegacyText.Run> runs) {
    List<String> texts = new ArrayList<>();
    StringBuilder whole = new StringBuilder();
    for (LegacyText.Run run : runs) {
      String text = LegacyText.decode(run.text(), run.fontName());
      texts.add(text);
      whole.append(text);
    }
    RichTextString out = workbook.getCreationHelper().createRichTextString(whole.toString());
    List<Font> fonts = runFonts(workbook, cell, rich, runs.size());
    int at = 0;
    for (int i = 0; i < texts.size(); i++) {
      int end = at + texts.get(i).length();
      if (fonts.get(i) != null && end > at) {
        out.applyFont(at, end, fonts.get(i));
      }
      at = end;
    }
    return out;
  }

  /** The font of each run as {@link RichTextRuns} listed them (null: the cell's own font). */
  private static List<Font> runFonts(Workbook workbook, Cell cell, RichTextString rich, int count) {
    List<Font> fonts = new ArrayList<>();
    int runs = rich.numFormattingRuns();
    boolean leading = runs > 0 && rich.getIndexOfFormattingRun(0) > 0;
    if (leading) {
      fonts.add(null);
    }
    for (int i = 0; i < runs && fonts.size() < count; i++) {
      fonts.add(RunFonts.font(workbook, rich, i));
    }
    while (fonts.size() < count) {
      fonts.add(null);
    }
    return fonts;
  }

  private static int replaceFonts(Workbook workbook) {
    int replaced = 0;
    // .xls has no font 4, so its last font's index is the number of fonts: look one further.
    for (int i = 0; i <= workbook.getNumberOfFonts(); i++) {
      Font font;
      try {
        font = workbook.getFontAt(i);
      } catch (RuntimeException noSuchFont) {
        continue;
      }
      String unicode = font == null ? null : UnicodeFonts.replacing(font.getFontName());
      if (unicode != null) {
        font.setFontName(unicode);
        replaced++;
      }
    }
    return replaced;
  }
}
