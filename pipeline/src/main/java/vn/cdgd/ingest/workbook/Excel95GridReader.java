package vn.cdgd.ingest.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.record.CodepageRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.OldSheetRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.CodePageUtil;
import vn.cdgd.ingest.legacy.CellDecoder;
import vn.cdgd.ingest.legacy.DecodedText;
import vn.cdgd.ingest.legacy.FontEncodings;
import vn.cdgd.ingest.legacy.LegacyEncoding;

/**
 * Reads an Excel 5.0/95 workbook (BIFF5, in the OLE2 "Book" stream: POI's user model refuses it
 * with {@code OldExcelFormatException}) record by record through POI's {@link
 * RecordInputStream}, as POI's {@code OldExcelExtractor} does, but keeping each cell's row,
 * column and font so the form's checks name the right cells and text typed in .VnTime or
 * VNI-Times is decoded as in an .xlsx. Read: text (LABEL, RSTRING), numbers (NUMBER, RK, MULRK),
 * booleans and errors, and formulas by their cached result (a string result from the STRING
 * record that follows); fonts from FONT and XF records, dates from the XF's number format. Text
 * is read from its bytes (not through {@code OldLabelRecord}/{@code OldStringRecord}, which
 * decode by the CODEPAGE record only): bytes in a legacy font are the font's own, read as
 * Windows-1252 the way the legacy decoders expect, and only other text follows the code page. A formula's own text is not kept (BIFF5 tokens differ from the
 * BIFF8 ones POI parses, and POI's {@code OldFormulaRecord} reads sid 0x0006 as BIFF2). Anything
 * older (Excel 2.x–4.0) or not BIFF5 is refused, telling the school how to save it as .xlsx.
 */
public final class Excel95GridReader {
  private static final int BOF = 0x0809;
  private static final int EOF = 0x000A;
  private static final int BIFF5 = 0x0500;
  private static final int WORKSHEET = 0x0010;
  private static final int FONT = 0x0031;
  private static final int FORMAT = 0x041E;
  private static final int XF = 0x00E0;
  private static final int LABEL = 0x0204;
  private static final int RSTRING = 0x00D6;
  private static final int FORMULA = 0x0006;
  private static final int STRING = 0x0207;
  private static final int BOOLERR = 0x0205;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Excel95GridReader() {}

  /** The message for an old workbook this reader cannot read, naming its format. */
  public static UnreadableFileException tooOld(String format, Throwable cause) {
    return new UnreadableFileException(
        "Tệp là định dạng " + format + " (cũ) nên không đọc được. Hãy mở bằng Excel hoặc"
            + " LibreOffice và lưu lại dạng .xlsx (Excel Workbook) rồi gửi lại.",
        false, cause);
  }

  public static List<Grid> read(byte[] bytes, ReadBudget budget) throws UnreadableFileException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      String stream = root.hasEntry("Book") ? "Book" : root.hasEntry("Workbook") ? "Workbook" : null;
      if (stream == null) {
        throw tooOld("Excel 5.0/95", null);
      }
      try (InputStream in = root.createDocumentInputStream(stream)) {
        return new Records(budget).read(new RecordInputStream(in));
      }
    } catch (UnreadableFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      FileLimitException limit = ZipGuard.limitIn(e);
      if (limit != null) {
        throw limit;
      }
      throw tooOld("Excel 5.0/95", e);
    }
  }

  /** Code page 1258 (Vietnamese Windows) stores tone marks as combining characters. */
  private static String nfc(String text) {
    return text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
  }

  /** The walk through the records of one Book stream. */
  private static final class Records {
    private final ReadBudget budget;
    private final List<String> fonts = new ArrayList<>();
    private final List<int[]> xfs = new ArrayList<>();
    private final Map<Integer, String> formats = new HashMap<>();
    private final List<String> sheetNames = new ArrayList<>();
    private final List<Grid> grids = new ArrayList<>();
    private CodepageRecord codepage;
    private Grid grid;
    private long cells;
    /** A formula whose string result is in the next STRING record. */
    private int[] pendingString;

    Records(ReadBudget budget) {
      this.budget = budget;
    }

    List<Grid> read(RecordInputStream in) throws UnreadableFileException {
      boolean first = true;
      int depth = 0;
      int substreams = 0;
      while (in.hasNextRecord()) {
        in.nextRecord();
        int sid = in.getSid();
        if (first) {
          if (sid != BOF) {
            throw tooOld(sid == 0x0009 || sid == 0x0209 || sid == 0x0409 ? "Excel 2.x–4.0" : "Excel cũ", null);
          }
          int version = in.readUShort();
          if (version != BIFF5) {
            throw tooOld("Excel (BIFF, phiên bản " + Integer.toHexString(version) + ")", null);
          }
          in.readRemainder();
          first = false;
          depth = 1;
          continue;
        }
        switch (sid) {
          case BOF -> {
            in.readUShort();
            int type = in.readUShort();
            in.readRemainder();
            if (depth == 0) {
              String name = substreams < sheetNames.size() ? sheetNames.get(substreams) : "Sheet" + (substreams + 1);
              substreams++;
              grid = type == WORKSHEET ? new Grid(name) : null;
              if (grid != null) {
                grids.add(grid);
                cells = 0;
              }
            }
            depth++;
          }
          case EOF -> {
            in.readRemainder();
            depth--;
            if (depth == 0) {
              grid = null;
            }
          }
          case CodepageRecord.sid -> codepage = new CodepageRecord(in);
          case OldSheetRecord.sid -> {
            OldSheetRecord sheet = new OldSheetRecord(in);
            sheet.setCodePage(codepage);
            sheetNames.add(nfc(sheet.getSheetname()));
          }
          case FONT -> font(in);
          case FORMAT -> format(in);
          case XF -> {
            int font = in.readUShort();
            int format = in.readUShort();
            in.readRemainder();
            xfs.add(new int[] {font, format});
          }
          default -> {
            if (grid == null || depth != 1) {
              in.readRemainder();
            } else {
              cell(in, sid);
            }
          }
        }
      }
      return grids;
    }

    private void cell(RecordInputStream in, int sid) throws UnreadableFileException {
      switch (sid) {
        case LABEL, RSTRING -> {
          int row = in.readUShort();
          int column = in.readUShort();
          int xf = in.readUShort();
          int length = in.readUShort();
          byte[] text = new byte[Math.min(length, in.remaining())];
          in.readFully(text);
          in.readRemainder();
          put(text(row, column, xf, text));
        }
        case NumberRecord.sid -> {
          NumberRecord number = new NumberRecord(in);
          put(number(number.getRow(), number.getColumn(), number.getXFIndex(), number.getValue()));
        }
        case RKRecord.sid -> {
          RKRecord rk = new RKRecord(in);
          put(number(rk.getRow(), rk.getColumn(), rk.getXFIndex(), rk.getRKNumber()));
        }
        case MulRKRecord.sid -> {
          MulRKRecord mulrk = new MulRKRecord(in);
          for (int i = 0; i < mulrk.getNumColumns(); i++) {
            put(number(mulrk.getRow(), mulrk.getFirstColumn() + i, mulrk.getXFAt(i), mulrk.getRKNumberAt(i)));
          }
        }
        case BOOLERR -> {
          int row = in.readUShort();
          int column = in.readUShort();
          int xf = in.readUShort();
          int value = in.readUByte();
          boolean error = in.readUByte() != 0;
          in.readRemainder();
          put(error ? error(row, column, xf) : bool(row, column, xf, value != 0));
        }
        case FORMULA -> formula(in);
        case STRING -> {
          int length = in.readUShort();
          byte[] bytes = new byte[Math.min(length, in.remaining())];
          in.readFully(bytes);
          in.readRemainder();
          if (pendingString != null) {
            int[] at = pendingString;
            pendingString = null;
            put(text(at[0], at[1], at[2], bytes));
          }
        }
        default -> in.readRemainder();
      }
    }

    /**
     * A FORMULA record's cached result: a double, or (when its last two bytes are 0xFFFF) a
     * string in the next STRING record, a boolean, an error or nothing.
     */
    private void formula(RecordInputStream in) throws UnreadableFileException {
      int row = in.readUShort();
      int column = in.readUShort();
      int xf = in.readUShort();
      byte[] result = new byte[8];
      in.readFully(result);
      in.readRemainder();
      if ((result[6] & 0xFF) == 0xFF && (result[7] & 0xFF) == 0xFF) {
        switch (result[0]) {
          case 0 -> pendingString = new int[] {row, column, xf};
          case 1 -> put(bool(row, column, xf, result[2] != 0));
          case 2 -> put(error(row, column, xf));
          default -> {
            // an empty result
          }
        }
        return;
      }
      double value = java.nio.ByteBuffer.wrap(result).order(java.nio.ByteOrder.LITTLE_ENDIAN).getDouble();
      put(number(row, column, xf, value));
    }

    private void put(GridCell cell) throws UnreadableFileException {
      budget.checkCells(grid.name(), ++cells);
      if ((cells & 1023) == 0) {
        budget.checkTime();
      }
      grid.put(cell);
    }

    private GridCell text(int row, int column, int xf, byte[] bytes) {
      String font = fontOf(xf);
      DecodedText decoded = CellDecoder.decode(string(bytes, font), font);
      return new GridCell(row, column, CellKind.TEXT, decoded.text(), decoded.raw(), null, false,
          null, font, decoded.encoding(), decoded.alternative());
    }

    /**
     * Bytes in a legacy font are read as Excel shows them (Windows-1252 characters), which is what
     * the legacy decoders expect; other text by the workbook's code page.
     */
    private String string(byte[] bytes, String font) {
      if (FontEncodings.ofFont(font) != LegacyEncoding.UNICODE || codepage == null) {
        return new String(bytes, WINDOWS_1252);
      }
      try {
        return nfc(CodePageUtil.getStringFromCodePage(bytes, codepage.getCodepage() & 0xFFFF));
      } catch (UnsupportedEncodingException | RuntimeException e) {
        return new String(bytes, WINDOWS_1252);
      }
    }

    private GridCell number(int row, int column, int xf, double value) {
      int formatIndex = xf < xfs.size() ? xfs.get(xf)[1] : 0;
      String format = formats.getOrDefault(formatIndex, BuiltinFormats.getBuiltinFormat(formatIndex));
      boolean date = format != null && DateUtil.isADateFormat(formatIndex, format);
      return new GridCell(row, column, CellKind.NUMBER, WorkbookGridReader.plain(value), value, date,
          null, fontOf(xf));
    }

    private GridCell bool(int row, int column, int xf, boolean value) {
      return new GridCell(row, column, CellKind.BOOLEAN, value ? "TRUE" : "FALSE", null, false, null, fontOf(xf));
    }

    private GridCell error(int row, int column, int xf) {
      return new GridCell(row, column, CellKind.ERROR, "#LỖI", null, false, null, fontOf(xf));
    }

    /** FONT: the name is a byte-counted string at offset 14; font index 4 is never stored. */
    private void font(RecordInputStream in) {
      byte[] head = new byte[14];
      in.readFully(head);
      int length = in.readUByte();
      byte[] name = new byte[Math.min(length, in.remaining())];
      in.readFully(name);
      in.readRemainder();
      fonts.add(new String(name, WINDOWS_1252));
    }

    private void format(RecordInputStream in) {
      int index = in.readUShort();
      int length = in.readUByte();
      byte[] text = new byte[Math.min(length, in.remaining())];
      in.readFully(text);
      in.readRemainder();
      formats.put(index, new String(text, WINDOWS_1252));
    }

    private String fontOf(int xf) {
      if (xf < 0 || xf >= xfs.size()) {
        return null;
      }
      int index = xfs.get(xf)[0];
      int stored = index >= 4 ? index - 1 : index;
      return stored < fonts.size() ? fonts.get(stored) : null;
    }
  }
}
