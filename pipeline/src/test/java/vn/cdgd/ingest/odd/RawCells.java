package vn.cdgd.ingest.odd;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites formula cells of an .xlsx in its sheet XML, to store exactly what other writers store
 * and POI's writer never does: an empty {@code <v></v>}, a {@code t="str"} with nothing cached, a
 * cached value that is not a number. A cell is found by its formula text, so each formula patched
 * must be unique in the workbook.
 */
final class RawCells {
  private final Map<String, String[]> cachedByFormula = new LinkedHashMap<>();

  /** Stores {@code valueXml} (such as "<v></v>") after the formula, and the cell type {@code t}. */
  RawCells cache(String formula, String type, String valueXml) {
    cachedByFormula.put(formula, new String[] {type, valueXml});
    return this;
  }

  byte[] applyTo(byte[] xlsx) {
    Map<String, Integer> found = new LinkedHashMap<>();
    cachedByFormula.keySet().forEach(f -> found.put(f, 0));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (entry.getName().startsWith("xl/worksheets/sheet")) {
          bytes = patch(new String(bytes, StandardCharsets.UTF_8), found)
              .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.forEach((formula, count) -> {
      if (count != 1) {
        throw new IllegalStateException(formula + " found " + count + " times");
      }
    });
    return out.toByteArray();
  }

  private String patch(String xml, Map<String, Integer> found) {
    for (Map.Entry<String, String[]> change : cachedByFormula.entrySet()) {
      Pattern cell = Pattern.compile(
          "<c ([^>]*?)(?: t=\"[a-z]+\")?([^>]*)><f>" + Pattern.quote(escaped(change.getKey()))
              + "</f>(?:<v>[^<]*</v>|<v/>)?</c>");
      Matcher m = cell.matcher(xml);
      StringBuilder patched = new StringBuilder();
      while (m.find()) {
        found.merge(change.getKey(), 1, Integer::sum);
        String type = change.getValue()[0] == null ? "" : " t=\"" + change.getValue()[0] + "\"";
        m.appendReplacement(patched, Matcher.quoteReplacement(
            "<c " + m.group(1) + m.group(2) + type + "><f>" + escaped(change.getKey()) + "</f>"
                + change.getValue()[1] + "</c>"));
      }
      m.appendTail(patched);
      xml = patched.toString();
    }
    return xml;
  }

  private static String escaped(String formula) {
    return formula.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
