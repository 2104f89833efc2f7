package vn.cdgd.ingest.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The parts of an .xlsx (a ZIP of XML files) as text, to edit what POI would never write: a
 * DOCTYPE, an entity, an empty cached value, thousands of extra entries.
 */
final class ZipParts {
  private final Map<String, byte[]> parts = new LinkedHashMap<>();

  private ZipParts() {}

  static ZipParts of(byte[] xlsx) {
    ZipParts zip = new ZipParts();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        zip.parts.put(entry.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return zip;
  }

  String text(String part) {
    byte[] bytes = parts.get(part);
    if (bytes == null) {
      throw new IllegalArgumentException("no part " + part + " in " + parts.keySet());
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Rewrites one XML part; the edit must change it, so a case never silently stays harmless. */
  ZipParts edit(String part, UnaryOperator<String> change) {
    String before = text(part);
    String after = change.apply(before);
    if (after.equals(before)) {
      throw new IllegalStateException("the edit of " + part + " changed nothing");
    }
    parts.put(part, after.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  ZipParts add(String part, byte[] bytes) {
    parts.put(part, bytes);
    return this;
  }

  /** Puts a DOCTYPE with {@code internalSubset} right after the XML declaration of a part. */
  ZipParts doctype(String part, String root, String internalSubset) {
    return edit(part, xml -> xml.replaceFirst("\\?>", "?>\n<!DOCTYPE " + root + " [" + internalSubset + "]>"));
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The workbook with {@code paddingBytes} of blanks inside the sheet's {@code <sheetData>}: still
   * well-formed XML with the same cells, but it inflates about a thousand times its compressed
   * size. Streamed, so the padding is never held in memory.
   */
  byte[] bytesWithPadding(String sheetPart, long paddingBytes) {
    String sheet = text(sheetPart);
    int at = sheet.indexOf("<sheetData>") + "<sheetData>".length();
    if (at < "<sheetData>".length()) {
      throw new IllegalStateException("no <sheetData> in " + sheetPart);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        if (part.getKey().equals(sheetPart)) {
          zip.write(sheet.substring(0, at).getBytes(StandardCharsets.UTF_8));
          byte[] blanks = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
          for (long written = 0; written < paddingBytes; written += blanks.length) {
            zip.write(blanks, 0, (int) Math.min(blanks.length, paddingBytes - written));
          }
          zip.write(sheet.substring(at).getBytes(StandardCharsets.UTF_8));
        } else {
          zip.write(part.getValue());
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
