package vn.cdgd.ingest.workbook;

import java.util.List;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;
import vn.cdgd.conf.ReadLimits;

/**
 * Chooses the reader of a received file by what its bytes are, not only by its name: a zip is an
 * .xlsx or an .ods by its parts (ODF's {@code mimetype}, OOXML's {@code [Content_Types].xml}), an
 * OLE2 file is an .xls (or Excel 5.0/95, or an encrypted .xlsx), Excel 2.x–4.0 is refused by
 * name, and anything else is CSV when so named. A zip is walked by {@link ZipGuard} before any
 * library parses it, and every reader reads within the same {@link ReadLimits}.
 */
public final class GridReaders {
  private GridReaders() {}

  /** The sheets of a file, and whether it was read as CSV (one sheet, no rosters expected). */
  public record Read(List<Grid> grids, boolean csv) {}

  public static Read read(String name, byte[] bytes, ReadLimits limits) throws UnreadableFileException {
    return read(name, bytes, new ReadBudget(limits));
  }

  static Read read(String name, byte[] bytes, ReadBudget budget) throws UnreadableFileException {
    String lower = name.toLowerCase(Locale.ROOT);
    if (bytes.length == 0) {
      throw new UnreadableFileException(
          "Tệp rỗng (0 byte). Hãy lưu lại biểu mẫu bằng Excel và gửi lại.", false, null);
    }
    FileMagic magic = FileMagic.valueOf(bytes);
    switch (magic) {
      case OOXML -> {
        ZipGuard.Contents contents =
            ZipGuard.check(bytes, budget, part -> OdsGridReader.keeps(part) || XlsxZip.keeps(part));
        if (OdsGridReader.isOds(contents)) {
          return new Read(OdsGridReader.read(contents, budget), false);
        }
        return new Read(WorkbookGridReader.readXlsx(contents, bytes, budget), false);
      }
      case OLE2 -> {
        return new Read(WorkbookGridReader.read(bytes, budget), false);
      }
      case BIFF2, BIFF3, BIFF4 -> throw Excel95GridReader.tooOld(
          magic == FileMagic.BIFF2 ? "Excel 2.x" : magic == FileMagic.BIFF3 ? "Excel 3.0" : "Excel 4.0", null);
      default -> {
        if (lower.endsWith(".csv")) {
          return new Read(CsvGridReader.read(bytes, baseName(name)), true);
        }
        return new Read(WorkbookGridReader.read(bytes, budget), false);
      }
    }
  }

  private static String baseName(String file) {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return file.substring(slash + 1);
  }
}
