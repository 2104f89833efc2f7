package vn.cdgd.ingest.workbook;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.cdgd.ingest.legacy.CellDecoder;
import vn.cdgd.ingest.legacy.DecodedText;
import vn.cdgd.ingest.legacy.EncodingGuess;
import vn.cdgd.ingest.legacy.LegacyEncoding;

/**
 * Reads a CSV submission (the figures sheet saved as CSV by Excel or LibreOffice) into one {@link
 * Grid}. The character set is found from the byte-order mark, else UTF-16 by its zero bytes, else
 * UTF-8 when the bytes are valid UTF-8, else Windows-1258 (Vietnamese Windows) or legacy font bytes;
 * each value is then read as {@link CellDecoder} decides (a TCVN3 value in a UTF-8 file is decoded
 * when the content clearly says so). The separator is the one of comma, semicolon and tab that the
 * first lines use most.
 */
public final class CsvGridReader {

  private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CsvGridReader() {}

  public static List<Grid> read(byte[] bytes, String name) throws UnreadableFileException {
    if (bytes.length == 0) {
      throw new UnreadableFileException("Tệp CSV rỗng (0 byte).", false, null);
    }
    String text = decode(bytes);
    char separator = separator(text);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).get();
    Grid grid = new Grid(name);
    try (CSVParser parser = format.parse(new StringReader(text))) {
      int row = 0;
      for (CSVRecord record : parser) {
        for (int column = 0; column < record.size(); column++) {
          DecodedText value = CellDecoder.decode(record.get(column), null);
          grid.put(
              new GridCell(row, column, CellKind.TEXT, value.text(), value.raw(), null, false, null,
                  null, value.encoding(), value.alternative()));
        }
        row++;
      }
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException(
          "Tệp CSV không đọc được (" + e.getMessage() + "). Hãy lưu lại dạng CSV UTF-8 và gửi lại.",
          false,
          e);
    }
    return List.of(grid);
  }

  static String decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    Charset utf16 = utf16WithoutMark(bytes);
    if (utf16 != null) {
      return new String(bytes, utf16);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return eightBit(bytes);
    }
  }

  /**
   * UTF-16 saved without a byte-order mark: text that is mostly ASCII then has a zero byte in every
   * other position (the high byte of each character), odd positions for little-endian and even
   * ones for big-endian, while 8-bit text has almost none.
   */
  static Charset utf16WithoutMark(byte[] bytes) {
    int length = Math.min(bytes.length, 4096) & ~1;
    if (length < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        if (i % 2 == 0) {
          evenZeros++;
        } else {
          oddZeros++;
        }
      }
    }
    int pairs = length / 2;
    if (oddZeros * 10 >= pairs * 4 && evenZeros * 10 <= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 10 >= pairs * 4 && oddZeros * 10 <= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Bytes that are not UTF-8: Windows-1258 (Vietnamese Windows, whose tone marks Java decodes as
   * combining characters, hence NFC), unless the whole file reads certainly as TCVN3 or VNI bytes
   * (a sheet typed in .VnTime or VNI-Times saved as CSV keeps the font's bytes, not Windows-1258).
   */
  private static String eightBit(byte[] bytes) {
    EncodingGuess.Guess legacy = EncodingGuess.guess(new String(bytes, WINDOWS_1252));
    if (legacy.certain() && legacy.encoding() != LegacyEncoding.UNICODE) {
      return legacy.decoded();
    }
    return Normalizer.normalize(new String(bytes, WINDOWS_1258), Normalizer.Form.NFC);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static char separator(String text) {
    String head = text.lines().limit(20).reduce("", (a, b) -> a + "\n" + b);
    char best = ',';
    long bestCount = -1;
    for (char candidate : new char[] {',', ';', '\t'}) {
      long count = head.chars().filter(c -> c == candidate).count();
      if (count > bestCount) {
        best = candidate;
        bestCount = count;
      }
    }
    return best;
  }
}
