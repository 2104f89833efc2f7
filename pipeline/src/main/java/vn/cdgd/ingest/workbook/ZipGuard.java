package vn.cdgd.ingest.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.util.XMLHelper;
import vn.cdgd.conf.ReadLimits;

/**
 * Walks a zip container (.xlsx, .ods) once, before any library parses it, and refuses it when it
 * passes a {@link ReadLimits}: too many parts, a part inflating past its size limit or at a zip
 * bomb's ratio, an XML part with a DOCTYPE (entity expansion, external entities: Excel and
 * LibreOffice never write one), or an .xlsx sheet with more cells than a sheet may hold. The cells
 * are counted while the sheet inflates, so a 300,000-row sheet is refused for its size after a
 * few megabytes instead of being loaded whole by POI and called corrupt when POI's own record
 * limit trips. The parts a reader needs next are kept.
 */
final class ZipGuard {
  private static final Pattern XLSX_SHEET = Pattern.compile("xl/worksheets/[^/]+\\.xml");
  private static final int CHECK_EVERY = 64 * 1024;

  /** The parts kept, by name, and every part's name in the order stored. */
  record Contents(Map<String, byte[]> kept, List<String> names) {
    boolean has(String name) {
      return names.contains(name);
    }
  }

  private ZipGuard() {}

  /** Checks any zip container and keeps the parts {@code keep} names. */
  static Contents check(byte[] bytes, ReadBudget budget, Predicate<String> keep)
      throws UnreadableFileException {
    return check(bytes, budget, keep, false);
  }

  /**
   * Checks a zip container, keeps the parts {@code keep} names and, when {@code countXlsxCells},
   * counts the cells of every .xlsx sheet part (keep the .xlsx workbook part and its
   * relationships to have the sheet named in the message).
   */
  static Contents check(
      byte[] bytes, ReadBudget budget, Predicate<String> keep, boolean countXlsxCells)
      throws UnreadableFileException {
    ReadLimits limits = budget.limits();
    Map<String, byte[]> kept = new HashMap<>();
    List<String> names = new ArrayList<>();
    // commons-compress, as POI itself reads a workbook from a stream: the JDK's ZipInputStream
    // refuses the data-descriptor entries some writers (POI's SXSSF among them) produce.
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(
        new ByteArrayInputStream(bytes), "UTF-8", true, true)) {
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        String name = entry.getName();
        names.add(name);
        if (names.size() > limits.maxEntries()) {
          throw new FileLimitException(
              "Tệp bị từ chối: tệp nén có hơn " + limits.maxEntries() + " phần (giới hạn "
                  + limits.maxEntries() + "), điều mà một bảng tính thật không có. Hãy mở bằng"
                  + " Excel hoặc LibreOffice, lưu lại dạng .xlsx và gửi lại.");
        }
        budget.checkTime();
        BoundedEntry part = new BoundedEntry(zip, name, budget, () -> partLabel(kept, name));
        boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
        if (keep.test(name)) {
          byte[] content = part.readAllBytes();
          if (xml && !rootBeforeAnyDeclaration(content)) {
            refuseDoctype(new ByteArrayInputStream(content), name);
          }
          kept.put(name, content);
        } else if (xml) {
          long cells = refuseDoctype(part, name, countXlsxCells && XLSX_SHEET.matcher(name).matches(),
              limits.maxCellsPerSheet());
          if (cells > limits.maxCellsPerSheet()) {
            // Refused at once: inflating the rest of a huge sheet would only trip the part size
            // limit and hide the clearer reason. Writers put the workbook part before the sheets,
            // so the sheet's name is known by now; else the part is named.
            throw ReadBudget.tooManyCells(
                XlsxSheetNames.of(kept).getOrDefault(name, name), limits.maxCellsPerSheet());
          }
          part.skipAll();
        } else {
          part.skipAll();
        }
      }
    } catch (LimitPassed e) {
      throw e.limit;
    } catch (ZipException e) {
      throw new UnreadableFileException(
          "Tệp nén bị hỏng nên không đọc được (" + e.getMessage() + "). Hãy mở tệp bằng Excel hoặc"
              + " LibreOffice, lưu lại dạng .xlsx và gửi lại.",
          false, e);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException(
          "Tệp bị hỏng nên không đọc được (" + e.getClass().getSimpleName() + "). Hãy mở tệp bằng"
              + " Excel hoặc LibreOffice, lưu lại dạng .xlsx và gửi lại.",
          false, e);
    }
    return new Contents(kept, names);
  }

  /**
   * Counts the filled cells of every kept .xlsx sheet and refuses a sheet past the limit: for a
   * file about to be loaded whole by POI's user model, which would otherwise hold a huge sheet in
   * memory before any limit is checked. The streaming reader counts as it reads instead.
   */
  static void refuseTooManyCells(Contents contents, ReadBudget budget) throws UnreadableFileException {
    long limit = budget.limits().maxCellsPerSheet();
    for (Map.Entry<String, byte[]> part : contents.kept().entrySet()) {
      String name = part.getKey().startsWith("/") ? part.getKey().substring(1) : part.getKey();
      if (XLSX_SHEET.matcher(name).matches()
          && refuseDoctype(new ByteArrayInputStream(part.getValue()), name, true, limit) > limit) {
        throw ReadBudget.tooManyCells(
            XlsxSheetNames.of(contents.kept()).getOrDefault(name, name), limit);
      }
    }
  }

  /**
   * How a message names a part: a sheet by its name when the workbook part, which writers put
   * before the sheets, has been read; else the part's name in the zip.
   */
  private static String partLabel(Map<String, byte[]> kept, String name) {
    if (XLSX_SHEET.matcher(name).matches()) {
      String sheet = XlsxSheetNames.of(kept).get(name);
      if (sheet != null) {
        return "sheet \"" + sheet + "\" (phần \"" + name + "\")";
      }
    }
    return "phần \"" + name + "\"";
  }

  /**
   * Whether the part's root element starts before anything but an XML declaration or processing
   * instructions: then it holds no DOCTYPE (one may only stand before the root), and no parser need
   * look. Seen on the bytes, so only an ASCII-compatible prolog (UTF-8, with or without its BOM)
   * passes; a comment, a DOCTYPE, another encoding or anything unusual goes to the parser. Making
   * a parser for each kept part only to see its first element was a twentieth of reading a form.
   */
  static boolean rootBeforeAnyDeclaration(byte[] xml) {
    int i = xml.length >= 3 && (xml[0] & 0xFF) == 0xEF && (xml[1] & 0xFF) == 0xBB
        && (xml[2] & 0xFF) == 0xBF ? 3 : 0;
    while (true) {
      while (i < xml.length && (xml[i] == ' ' || xml[i] == '\t' || xml[i] == '\r' || xml[i] == '\n')) {
        i++;
      }
      if (i + 1 >= xml.length || xml[i] != '<') {
        return false;
      }
      byte next = xml[i + 1];
      if (next == '?') {
        int end = i + 2;
        while (end + 1 < xml.length && !(xml[end] == '?' && xml[end + 1] == '>')) {
          end++;
        }
        if (end + 1 >= xml.length) {
          return false;
        }
        i = end + 2;
        continue;
      }
      return (next >= 'A' && next <= 'Z') || (next >= 'a' && next <= 'z') || next == '_';
    }
  }

  private static void refuseDoctype(InputStream xml, String part) throws UnreadableFileException {
    refuseDoctype(xml, part, false, 0);
  }

  /** The limit passed somewhere down a chain of causes, if that is what this failure is. */
  static FileLimitException limitIn(Throwable failure) {
    for (Throwable t = failure; t != null; ) {
      if (t instanceof LimitPassed passed) {
        return passed.limit;
      }
      if (t instanceof FileLimitException limit) {
        return limit;
      }
      Throwable next = t.getCause();
      if (next == null && t instanceof XMLStreamException xml) {
        next = xml.getNestedException();
      }
      t = next == t ? null : next;
    }
    return null;
  }

  /**
   * Parses an XML part with a secure StAX reader (no DTD, no external entities), refusing it at a
   * DOCTYPE; when {@code countCells}, goes on to count its filled cells, stopping one past
   * {@code limit}. Returns the count (0 when not counting).
   */
  private static long refuseDoctype(InputStream xml, String part, boolean countCells, long limit)
      throws UnreadableFileException {
    XMLStreamReader reader = null;
    try {
      reader = secureFactory().createXMLStreamReader(xml);
      long cells = 0;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD) {
          throw doctype(part);
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (!countCells) {
            return 0;
          }
          // A filled cell has a value (<v>) or inline text (<is>); a blank one only a style, and
          // blank formatted ranges are bounded by the part's size instead.
          String name = reader.getLocalName();
          if (("v".equals(name) || "is".equals(name)) && ++cells > limit) {
            return cells;
          }
        }
      }
      return cells;
    } catch (XMLStreamException e) {
      FileLimitException passed = limitIn(e);
      if (passed != null) {
        throw passed;
      }
      // Not well-formed (or encrypted): the parser that reads the part next says so in its own
      // words; this walk is only about limits and DOCTYPEs.
      return 0;
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException ignored) {
          // nothing was left open that matters
        }
      }
    }
  }

  static FileLimitException doctype(String part) {
    return new FileLimitException(
        "Tệp bị từ chối vì lý do an toàn: phần \"" + part + "\" có khai báo DOCTYPE (thực thể XML),"
            + " điều mà Excel và LibreOffice không bao giờ ghi. Hãy mở tệp bằng Excel hoặc"
            + " LibreOffice, lưu lại dạng .xlsx và gửi lại.");
  }

  /**
   * POI's StAX factory: namespace aware, no DTD support, no external entities. Made once: making
   * one looks its implementation up on the class path, which cost more than parsing a form's parts;
   * a configured factory creates readers safely from any thread.
   */
  private static final XMLInputFactory SECURE = XMLHelper.newXMLInputFactory();

  static XMLInputFactory secureFactory() {
    return SECURE;
  }

  /**
   * One part as it inflates, refused past the part size limit or the inflate ratio, with the time
   * checked every 64 KB. A limit passed inside the XML parser surfaces as the parser's exception
   * wrapping this one's {@link LimitPassed}.
   */
  private static final class BoundedEntry extends InputStream {
    private final ZipArchiveInputStream zip;
    private final String name;
    private final ReadBudget budget;
    private final java.util.function.Supplier<String> label;
    private long inflated;
    private long nextCheck = CHECK_EVERY;

    BoundedEntry(
        ZipArchiveInputStream zip, String name, ReadBudget budget,
        java.util.function.Supplier<String> label) {
      this.zip = zip;
      this.name = name;
      this.budget = budget;
      this.label = label;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = zip.read(buffer, offset, length);
      if (n > 0) {
        inflated += n;
        if (inflated >= nextCheck) {
          nextCheck = inflated + CHECK_EVERY;
          check();
        }
      }
      return n;
    }

    void skipAll() throws IOException {
      byte[] buffer = new byte[8192];
      while (read(buffer, 0, buffer.length) >= 0) {
        // inflating is what is being measured
      }
    }

    private void check() throws IOException {
      ReadLimits limits = budget.limits();
      try {
        budget.checkTime();
      } catch (FileLimitException e) {
        throw new LimitPassed(e);
      }
      if (inflated > limits.maxEntryBytes()) {
        throw new LimitPassed(new FileLimitException(
            "Tệp quá lớn: " + label.get() + " khi giải nén vượt quá "
                + PoiLimits.megabytes(limits.maxEntryBytes()) + " (giới hạn "
                + PoiLimits.megabytes(limits.maxEntryBytes()) + " một phần), trong khi cả biểu"
                + " mẫu chỉ vài chục KB. Hãy xoá các dòng, cột và sheet thừa, lưu lại dạng .xlsx"
                + " và gửi lại."));
      }
      long packed = zip.getCompressedCount();
      if (inflated > PoiLimits.RATIO_GRACE_BYTES && (double) packed / inflated < limits.minInflateRatio()) {
        long times = Math.round(1 / limits.minInflateRatio());
        throw new LimitPassed(new FileLimitException(
            "Tệp bị từ chối vì lý do an toàn: phần \"" + name + "\" giải nén ra gấp hơn " + times
                + " lần kích thước nén (giới hạn " + times + " lần), dấu hiệu của một \"bom zip\""
                + " mà bảng tính thật không có. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại"
                + " dạng .xlsx và gửi lại."));
      }
    }
  }

  /** A limit passed while a part inflates, carried through the stream and parser APIs. */
  static final class LimitPassed extends IOException {
    final FileLimitException limit;

    LimitPassed(FileLimitException limit) {
      super(limit.getMessage(), limit);
      this.limit = limit;
    }
  }
}
