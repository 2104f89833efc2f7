package vn.cdgd.ingest.workbook;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV submission (the figures sheet saved as CSV by Excel or LibreOffice) into one {@link
 * Grid}. The character set is found from the byte-order mark, else UTF-8 when the bytes are valid
 * UTF-8, else Windows-1258 (Vietnamese Windows); the separator is the one of comma, semicolon and
 * tab that the first lines use most.
 */
public final class CsvGridReader {

  private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

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
          String value = record.get(column);
          grid.put(new GridCell(row, column, CellKind.TEXT, value, null, false, null, null));
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
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, WINDOWS_1258);
    }
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
