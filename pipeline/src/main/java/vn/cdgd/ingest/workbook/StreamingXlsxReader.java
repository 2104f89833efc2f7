package vn.cdgd.ingest.workbook;

import java.util.ArrayList;
import java.util.List;
import vn.cdgd.conf.ReadLimits;

/**
 * Reads an .xlsx workbook into the same {@link Grid}s as POI's user model does, fonts and
 * rich-text runs included, at a fraction of its cost: the parts {@link ZipGuard} inflated within the
 * file's limits (one pass over the zip), then StAX over the workbook, its styles, its shared strings
 * and each sheet ({@link XlsxSheetParser}); formulas saved without a usable result are computed
 * once every sheet is read ({@link StreamedFormulas}). When a file holds something only the user
 * model reads the same way (a formula outside {@link FormulaSubset}, a shared formula, a chart
 * sheet, a file it cannot parse), {@link #read} answers {@link Outcome#grids()} null with the reason, and the
 * caller hands the whole file to the user model.
 */
public final class StreamingXlsxReader {
  private StreamingXlsxReader() {}

  /**
   * What reading gave.
   *
   * @param grids the sheets in workbook order, or null when the user model must read the file
   * @param userModelReason why the user model must read it, else null
   */
  public record Outcome(List<Grid> grids, String userModelReason) {}

  /** Whether the bytes are a zip file, the only files this reader tries. */
  public static boolean accepts(byte[] bytes) {
    return XlsxZip.isZip(bytes);
  }

  /** Reads a file within the default limits: guarded by {@link ZipGuard}, then streamed. */
  public static Outcome read(byte[] bytes) throws UnreadableFileException {
    ReadBudget budget = new ReadBudget(ReadLimits.defaults());
    return read(ZipGuard.check(bytes, budget, XlsxZip::keeps), budget);
  }

  /**
   * Reads the parts {@link ZipGuard} inflated and kept (every XML part), within the file's budget.
   *
   * @throws UnreadableFileException when the file passes a limit (cells per sheet, time); any other
   *     problem is left to the user model, which words today's messages
   */
  static Outcome read(ZipGuard.Contents contents, ReadBudget budget) throws UnreadableFileException {
    try {
      XlsxZip zip = XlsxZip.of(contents.kept());
      XlsxWorkbookPart workbook = XlsxWorkbookPart.read(zip);
      XlsxStyles styles = XlsxStyles.read(workbook.styles() == null ? null : zip.part(workbook.styles()));
      List<XlsxRichText> strings = XlsxSharedStrings.read(
          workbook.sharedStrings() == null ? null : zip.part(workbook.sharedStrings()));
      List<XlsxSheet> sheets = new ArrayList<>();
      for (XlsxWorkbookPart.Sheet sheet : workbook.sheets()) {
        sheets.add(new XlsxSheetParser(styles, strings, budget).read(sheet.name(), zip.part(sheet.part())));
      }
      StreamedFormulas.compute(sheets, budget);
      List<Grid> grids = new ArrayList<>(sheets.size());
      for (XlsxSheet sheet : sheets) {
        grids.add(sheet.grid());
      }
      return new Outcome(grids, null);
    } catch (NeedsUserModel e) {
      return new Outcome(null, e.reason());
    }
  }
}
