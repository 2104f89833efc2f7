package vn.cdgd.ingest.odd;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cdgd.conf.FieldDefinition;
import vn.cdgd.conf.FieldType;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.ingest.legacy.Tcvn3;

/**
 * The figures sheet saved as CSV in each character set Excel and LibreOffice write: UTF-8 with and
 * without a byte-order mark, UTF-16 either way round with and without one, Windows-1258, and the
 * bytes of a TCVN3 font.
 */
final class CsvCases {
  private CsvCases() {}

  static List<OddCorpus.Case> all(FormDefinition form) {
    List<OddCorpus.Case> cases = new ArrayList<>();
    cases.add(csv("utf8.csv", form, ',', text -> text.getBytes(StandardCharsets.UTF_8)));
    cases.add(csv("utf8_bom.csv", form, ';', text -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8))));
    cases.add(csv("utf16.csv", form, '\t', text -> text.getBytes(StandardCharsets.UTF_16LE)));
    cases.add(csv("utf16_be.csv", form, '\t', text -> text.getBytes(StandardCharsets.UTF_16BE)));
    cases.add(csv("utf16_le_bom.csv", form, '\t', text -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE))));
    cases.add(csv("utf16_be_bom.csv", form, ',', text -> text.getBytes(StandardCharsets.UTF_16)));
    cases.add(csv("cp1258.csv", form, ',', CsvCases::windows1258));
    cases.add(csv("cp1258_nfd_tones.csv", form, ';', CsvCases::windows1258Decomposed));
    cases.add(csv("tcvn3_bytes.csv", form, ',', text -> Tcvn3.encode(text).getBytes(StandardCharsets.ISO_8859_1), Typing.TCVN3));
    return cases;
  }

  interface Encoder {
    byte[] bytes(String text);
  }

  private static OddCorpus.Case csv(String file, FormDefinition form, char separator, Encoder encoder) {
    return csv(file, form, separator, encoder, Typing.UNICODE);
  }

  private static OddCorpus.Case csv(
      String file, FormDefinition form, char separator, Encoder encoder, Typing typing) {
    OddForm defaults = new OddForm(form);
    Map<String, String> texts = new LinkedHashMap<>();
    StringBuilder csv = new StringBuilder();
    String s = String.valueOf(separator);
    csv.append("BIỂU THỐNG KÊ CÔNG ĐOÀN CƠ SỞ\r\n");
    csv.append("Mã đơn vị:").append(s).append(s).append("DNO0001\r\n");
    csv.append("Tên đơn vị:").append(s).append(s).append("Công đoàn trường Tiểu học Nguyễn Du\r\n");
    csv.append("Năm học:").append(s).append(s).append("2019-2020\r\n\r\n");
    texts.put(file + "!C3", "Công đoàn trường Tiểu học Nguyễn Du");
    texts.put(file + "!A1", "BIỂU THỐNG KÊ CÔNG ĐOÀN CƠ SỞ");
    csv.append(String.join(s, "STT", "Nội dung", "Mã", "ĐVT", "Tổng số", "Trong đó nữ", "Ghi chú")).append("\r\n");
    int row = 6; // Excel writes the blank line, the CSV reader skips it
    int number = 1;
    for (FieldDefinition field : form.fields()) {
      Long[] values = defaults.expectedFigures.get(field.code());
      String total = values[0] == null ? "" : values[0].toString();
      if (field.type() == FieldType.YES_NO) {
        total = values[0] == 1 ? "Có" : "";
      }
      String women = values[1] == null ? "" : values[1].toString();
      csv.append(number++).append(s).append('"').append(field.label().replace("\"", "\"\"")).append('"')
          .append(s).append(field.code()).append(s).append(field.unit()).append(s).append(total)
          .append(s).append(women).append(s).append("\r\n");
      texts.put(file + "!B" + row, field.label());
      texts.put(file + "!D" + row, field.unit());
      row++;
    }
    texts.replaceAll((cell, text) -> typing.expected(text));
    return new OddCorpus.Case(file, encoder.bytes(csv.toString()), null, texts,
        Map.copyOf(defaults.expectedFigures), Set.of());
  }

  /** Windows-1258 as Windows writes it: precomposed where the code page has the letter. */
  private static byte[] windows1258(String text) {
    java.nio.charset.CharsetEncoder encoder = windows1258Charset().newEncoder();
    StringBuilder mixed = new StringBuilder();
    for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
      mixed.append(encoder.canEncode(c) ? String.valueOf(c) : forWindows1258(String.valueOf(c)));
    }
    return encode(mixed.toString());
  }

  /** Windows-1258 with every tone as its combining byte (0xCC, 0xEC, 0xD2, 0xDE, 0xF2). */
  private static byte[] windows1258Decomposed(String text) {
    return encode(forWindows1258(text));
  }

  private static byte[] encode(String text) {
    java.nio.ByteBuffer buffer = windows1258Charset().encode(text);
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    if (new String(bytes, windows1258Charset()).contains("?") != text.contains("?")) {
      throw new IllegalStateException("not encodable in Windows-1258: " + text);
    }
    return bytes;
  }

  /**
   * Letters as Windows-1258 holds them: the base with its hat, horn or breve is one byte (â, ơ,
   * ă…), the tone a combining byte after it.
   */
  private static String forWindows1258(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    StringBuilder tones = new StringBuilder();
    StringBuilder base = new StringBuilder();
    for (int i = 0; i <= decomposed.length(); i++) {
      char c = i < decomposed.length() ? decomposed.charAt(i) : '\0';
      if (i < decomposed.length() && Character.getType(c) == Character.NON_SPACING_MARK) {
        if ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) {
          tones.append(c);
        } else {
          base.append(c);
        }
        continue;
      }
      out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
      base.setLength(0);
      tones.setLength(0);
      if (i < decomposed.length()) {
        base.append(c);
      }
    }
    return out.toString();
  }

  private static Charset windows1258Charset() {
    return Charset.forName("windows-1258");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
