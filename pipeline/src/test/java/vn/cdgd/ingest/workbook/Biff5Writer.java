package vn.cdgd.ingest.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Writes Excel 5.0/95 workbooks (BIFF5 records in an OLE2 "Book" stream) in tests, as Excel 95
 * did: a globals substream (BOF, CODEPAGE, FONT, FORMAT, XF, BOUNDSHEET, EOF) then one substream
 * per sheet with LABEL, NUMBER, RK, MULRK, BOOLERR and FORMULA (+ STRING) cell records. The code
 * page is Vietnamese Windows (1258, tone marks as combining characters); text in a legacy font
 * (.VnTime, VNI-Times) is stored as the font's own bytes, as a workbook of the time holds it.
 */
public final class Biff5Writer {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
  private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
  private static final int DATE_FORMAT = 14;

  private final List<String> fonts = new ArrayList<>(List.of("Arial", "Arial", "Arial", "Arial"));
  /** XF index by (font index, date): XF 0 is the default one. */
  private final Map<String, Integer> xfs = new LinkedHashMap<>();
  private final List<String> sheetNames = new ArrayList<>();
  private final List<ByteArrayOutputStream> sheets = new ArrayList<>();
  private ByteArrayOutputStream sheet;

  public Biff5Writer() {
    xfs.put("0/false", 0);
  }

  public Biff5Writer sheet(String name) {
    sheetNames.add(name);
    sheet = new ByteArrayOutputStream();
    sheets.add(sheet);
    record(sheet, 0x0809, le(2, 0x0500), le(2, 0x0010), le(2, 0x0DBB), le(2, 0x07CC));
    return this;
  }

  public Biff5Writer label(int row, int column, String text, String font) {
    byte[] bytes = text(text, font);
    record(sheet, 0x0204, le(2, row), le(2, column), le(2, xf(font, false)), le(2, bytes.length), bytes);
    return this;
  }

  public Biff5Writer number(int row, int column, double value, boolean date) {
    record(sheet, 0x0203, le(2, row), le(2, column), le(2, xf(null, date)), dbl(value));
    return this;
  }

  /** An integer as an RK value (the form Excel stores small whole numbers in). */
  public Biff5Writer rk(int row, int column, int value) {
    record(sheet, 0x027E, le(2, row), le(2, column), le(2, 0), le(4, (value << 2) | 2));
    return this;
  }

  public Biff5Writer mulrk(int row, int firstColumn, int... values) {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    data.writeBytes(le(2, row));
    data.writeBytes(le(2, firstColumn));
    for (int value : values) {
      data.writeBytes(le(2, 0));
      data.writeBytes(le(4, (value << 2) | 2));
    }
    data.writeBytes(le(2, firstColumn + values.length - 1));
    record(sheet, 0x00BD, data.toByteArray());
    return this;
  }

  public Biff5Writer bool(int row, int column, boolean value) {
    record(sheet, 0x0205, le(2, row), le(2, column), le(2, 0), new byte[] {(byte) (value ? 1 : 0), 0});
    return this;
  }

  /** A formula (its tokens a constant: only the cached result matters here) with a number result. */
  public Biff5Writer formula(int row, int column, double cached) {
    record(sheet, 0x0006, le(2, row), le(2, column), le(2, 0), dbl(cached), le(2, 0), le(4, 0),
        le(2, 3), new byte[] {0x1E, 1, 0});
    return this;
  }

  /** A formula whose result is text, stored in the STRING record that follows it. */
  public Biff5Writer formula(int row, int column, String cached, String font) {
    byte[] result = {0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
    record(sheet, 0x0006, le(2, row), le(2, column), le(2, xf(font, false)), result, le(2, 0), le(4, 0),
        le(2, 3), new byte[] {0x1E, 1, 0});
    byte[] bytes = text(cached, font);
    record(sheet, 0x0207, le(2, bytes.length), bytes);
    return this;
  }

  /** The same sheets, text (in its cell font), numbers, dates and booleans as a workbook POI reads. */
  public static byte[] fromWorkbook(byte[] workbookBytes) {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(workbookBytes))) {
      Biff5Writer writer = new Biff5Writer();
      for (Sheet sheet : workbook) {
        writer.sheet(sheet.getSheetName());
        for (Row row : sheet) {
          for (Cell cell : row) {
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            int r = cell.getRowIndex();
            int c = cell.getColumnIndex();
            switch (type) {
              case STRING -> writer.label(r, c, cell.getStringCellValue(), RichTextRuns.cellFont(workbook, cell));
              case NUMERIC -> writer.number(r, c, cell.getNumericCellValue(), DateUtil.isCellDateFormatted(cell));
              case BOOLEAN -> writer.bool(r, c, cell.getBooleanCellValue());
              default -> {
                // blanks and errors are not in the forms converted here
              }
            }
          }
        }
      }
      return writer.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int xf(String font, boolean date) {
    int fontIndex = 0;
    if (font != null && !font.equals("Arial")) {
      int stored = fonts.indexOf(font);
      if (stored < 0) {
        fonts.add(font);
        stored = fonts.size() - 1;
      }
      fontIndex = stored >= 4 ? stored + 1 : stored;
    }
    return xfs.computeIfAbsent(fontIndex + "/" + date, k -> xfs.size());
  }

  public byte[] bytes() {
    ByteArrayOutputStream globals = new ByteArrayOutputStream();
    record(globals, 0x0809, le(2, 0x0500), le(2, 0x0005), le(2, 0x0DBB), le(2, 0x07CC));
    record(globals, 0x0042, le(2, 1258));
    for (String font : fonts) {
      byte[] name = cp1252(font);
      record(globals, 0x0031, le(2, 200), le(2, 0), le(2, 0x7FFF), le(2, 400), le(2, 0),
          new byte[] {0, 0, 0, 0, (byte) name.length}, name);
    }
    xfs.forEach((key, index) -> {
      String[] parts = key.split("/");
      int format = Boolean.parseBoolean(parts[1]) ? DATE_FORMAT : 0;
      record(globals, 0x00E0, le(2, Integer.parseInt(parts[0])), le(2, format), new byte[12]);
    });
    // BOUNDSHEET positions are not used by readers that walk the stream in order.
    for (String name : sheetNames) {
      byte[] bytes = cp1258(name);
      record(globals, 0x0085, le(4, 0), new byte[] {0, 0, (byte) bytes.length}, bytes);
    }
    record(globals, 0x000A);
    ByteArrayOutputStream book = new ByteArrayOutputStream();
    book.writeBytes(globals.toByteArray());
    for (ByteArrayOutputStream s : sheets) {
      book.writeBytes(s.toByteArray());
      record(book, 0x000A);
    }
    return ole2("Book", book.toByteArray());
  }

  public static byte[] ole2(String stream, byte[] content) {
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fs.createDocument(new ByteArrayInputStream(content), stream);
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void record(ByteArrayOutputStream out, int sid, byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    out.writeBytes(le(2, sid));
    out.writeBytes(le(2, length));
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
  }

  static byte[] le(int bytes, int value) {
    byte[] out = new byte[bytes];
    for (int i = 0; i < bytes; i++) {
      out[i] = (byte) (value >>> (8 * i));
    }
    return out;
  }

  private static byte[] dbl(double value) {
    return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(value).array();
  }

  private static byte[] text(String text, String font) {
    return vn.cdgd.ingest.legacy.FontEncodings.ofFont(font) == vn.cdgd.ingest.legacy.LegacyEncoding.UNICODE
        ? cp1258(text)
        : cp1252(text);
  }

  /**
   * Vietnamese in code page 1258: letters with a circumflex, breve or horn are single bytes,
   * tone marks are combining bytes after them.
   */
  static byte[] cp1258(String text) {
    String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    StringBuilder tones = new StringBuilder();
    StringBuilder letter = new StringBuilder();
    for (char c : decomposed.toCharArray()) {
      if (Character.getType(c) != Character.NON_SPACING_MARK && letter.length() > 0) {
        out.append(java.text.Normalizer.normalize(letter, java.text.Normalizer.Form.NFC)).append(tones);
        letter.setLength(0);
        tones.setLength(0);
      }
      if (TONE_MARKS.indexOf(c) >= 0) {
        tones.append(c);
      } else {
        letter.append(c);
      }
    }
    out.append(java.text.Normalizer.normalize(letter, java.text.Normalizer.Form.NFC)).append(tones);
    try {
      ByteBuffer bytes = WINDOWS_1258.newEncoder()
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(out));
      byte[] result = new byte[bytes.remaining()];
      bytes.get(result);
      return result;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not storable in code page 1258: " + text, e);
    }
  }

  /** Text as the 8-bit bytes Excel 95 stores; refuses what Windows-1252 cannot hold. */
  static byte[] cp1252(String text) {
    try {
      ByteBuffer bytes = WINDOWS_1252.newEncoder()
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
      byte[] out = new byte[bytes.remaining()];
      bytes.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not storable as 8-bit text: " + text, e);
    }
  }
}
