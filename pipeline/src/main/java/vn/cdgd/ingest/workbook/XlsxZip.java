package vn.cdgd.ingest.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The XML parts of an .xlsx file, inflated in one pass over its bytes with the guards of POI's
 * {@code ZipSecureFile} ({@link XlsxLimits}). Every entry is inflated, kept or not, so a bomb
 * hidden in an image is caught as in POI. Part names are kept in lower case: OPC names are
 * case-insensitive.
 */
final class XlsxZip {
  private final Map<String, byte[]> parts;

  private XlsxZip(Map<String, byte[]> parts) {
    this.parts = parts;
  }

  /** Whether the bytes start as a zip file does ("PK\3\4"). */
  static boolean isZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  }

  /** The part at a name (without a leading slash), or null. */
  byte[] part(String name) {
    return parts.get(name.toLowerCase(Locale.ROOT));
  }

  static XlsxZip inflate(byte[] bytes) throws UnreadableFileException, NeedsUserModel {
    Map<String, byte[]> parts = new HashMap<>();
    PositionedInput input = new PositionedInput(bytes);
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(input)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > XlsxLimits.MAX_ENTRIES) {
          throw tooManyEntries();
        }
        String name = entry.getName();
        while (name.startsWith("/")) {
          name = name.substring(1);
        }
        boolean keep = isXml(name);
        byte[] kept = keep ? new byte[initialSize(entry)] : null;
        int start = input.position();
        long inflated = 0;
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          inflated += n;
          total += n;
          if (inflated > XlsxLimits.MAX_ENTRY_BYTES || total > XlsxLimits.MAX_INFLATED_BYTES) {
            throw tooLarge();
          }
          if (inflated > XlsxLimits.RATIO_GRACE_BYTES
              && (input.position() - start) / (double) inflated < XlsxLimits.MIN_INFLATE_RATIO) {
            throw bomb(name);
          }
          if (keep) {
            if (inflated > kept.length) {
              kept = Arrays.copyOf(kept, (int) Math.max(inflated, kept.length * 2L));
            }
            System.arraycopy(buffer, 0, kept, (int) (inflated - n), n);
          }
        }
        if (keep) {
          byte[] part = inflated == kept.length ? kept : Arrays.copyOf(kept, (int) inflated);
          if (parts.put(name.toLowerCase(Locale.ROOT), part) != null) {
            throw new NeedsUserModel("two zip entries named " + name);
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // POI's own zip reader (commons-compress) is more lenient with some odd zips and words its
      // refusals its own way: let it decide.
      throw new NeedsUserModel("zip", e);
    }
    return new XlsxZip(parts);
  }

  private static boolean isXml(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xml") || lower.endsWith(".rels");
  }

  private static int initialSize(ZipEntry entry) {
    long size = entry.getSize();
    return size > 0 && size <= XlsxLimits.MAX_ENTRY_BYTES ? (int) size : 8 * 1024;
  }

  private static UnreadableFileException tooManyEntries() {
    return new UnreadableFileException(
        "Tệp chứa hơn " + XlsxLimits.MAX_ENTRIES + " phần nén, nhiều bất thường với một biểu mẫu,"
            + " nên không được đọc. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx và gửi lại.",
        false, null);
  }

  private static UnreadableFileException tooLarge() {
    return new UnreadableFileException(
        "Tệp khi giải nén lớn hơn " + XlsxLimits.MAX_INFLATED_BYTES / (1024 * 1024)
            + " MB, quá lớn với một biểu mẫu, nên không được đọc. Hãy chỉ giữ các trang của biểu"
            + " mẫu, lưu lại dạng .xlsx và gửi lại.",
        false, null);
  }

  private static UnreadableFileException bomb(String entry) {
    return new UnreadableFileException(
        "Tệp có phần nén bất thường (" + entry + " giải nén ra lớn hơn "
            + Math.round(1 / XlsxLimits.MIN_INFLATE_RATIO) + " lần), dấu hiệu của tệp độc hại,"
            + " nên không được đọc. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx và gửi lại.",
        false, null);
  }

  /** The bytes under the zip reader, telling how far it has read, for the inflate ratio. */
  private static final class PositionedInput extends ByteArrayInputStream {
    PositionedInput(byte[] bytes) {
      super(bytes);
    }

    int position() {
      return pos;
    }
  }
}
