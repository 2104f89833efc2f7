package vn.cdgd.ingest.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.ingest.FormWorkbook;
import vn.cdgd.ingest.TestRegister;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.template.TemplateLayout;
import vn.cdgd.template.TemplateWriter;

/**
 * The corpus of hostile and broken files a submissions folder may hold, one file per case named by
 * the case, with a few valid workbooks beside them: generated here so that what ingest must make of
 * each one is known. The hostile files are built on a valid form workbook, so what stops them is
 * the attack, never a missing label. {@link #writeTo} writes them out to look at or to feed to
 * {@code cdgd ingest}.
 */
public final class HostileCorpus {
  /** What ingest must decide about a file. */
  public enum Outcome {
    ACCEPTED,
    REJECTED,
    /** Accepted or rejected, either is right (a reader may ignore what is harmless in it). */
    READ,
    SKIPPED
  }

  /** What the error of a rejected file must say, beyond naming the file. */
  public enum Message {
    ANY,
    /** Says the file has a password: the unit can remove it. */
    PASSWORD,
    /** Says the file is empty, not that it is broken. */
    EMPTY,
    /** Names a size or count limit and never calls the file broken: it is well-formed, only too big. */
    LIMIT
  }

  /**
   * One file of the corpus.
   *
   * @param totals for a file that must be accepted, the figures it must stage (field code → total)
   * @param note what the file holds, for people reading a failure
   */
  public record Case(String file, byte[] bytes, Outcome outcome, Message message, Map<String, Long> totals, String note) {
    @Override
    public String toString() {
      return file;
    }
  }

  static final long PADDING_BYTES = 200L << 20;
  static final int HUGE_SHEET_ROWS = 300_000;
  static final int CHAIN_DEPTH = 20_000;
  static final int EXTRA_ENTRIES = 1_500;

  private HostileCorpus() {}

  /**
   * Every case. {@code outsideFile} is a file outside the submissions folder that the XXE case
   * points its external entity at: nothing of it may ever reach staging or any output.
   */
  public static List<Case> all(FormDefinition form, Path outsideFile) {
    byte[] valid = new FormWorkbook(form).bytes();
    List<Case> cases = new ArrayList<>();

    cases.add(new Case("valid_template.xlsx", template(form), Outcome.ACCEPTED, Message.ANY,
        Map.of("A01", 30L, "A02", 28L, "B01", 3L), "the blank form of the template writer, filled in"));
    cases.add(new Case("valid_hand_typed_2018-2019.xlsx",
        new FormWorkbook(form).year("2018-2019").set("A02", 20, 15).set("A01", 25, 18).set("C01", 10, null).bytes(),
        Outcome.ACCEPTED, Message.ANY, Map.of("A01", 25L, "A02", 20L, "D02", 3_000_000L),
        "a form typed by hand, the year before"));
    cases.add(new Case("formula_empty_cached_value.xlsx", emptyCachedValue(form), Outcome.ACCEPTED, Message.ANY,
        Map.of("F01", 11_508_000L), "F01 is <f>5754000+5754000</f><v></v>: empty is not a cached 0"));

    cases.add(new Case("zip_bomb.xlsx", ZipParts.of(valid).bytesWithPadding("xl/worksheets/sheet1.xml", PADDING_BYTES),
        Outcome.REJECTED, Message.LIMIT, Map.of(), "a valid form whose sheet XML inflates to 200 MB of blanks"));
    cases.add(new Case("huge_sheet.xlsx", hugeSheet(valid), Outcome.REJECTED, Message.LIMIT, Map.of(),
        "a valid form plus a sheet of " + HUGE_SHEET_ROWS + " rows (115 MB of XML), written streaming (SXSSF)"));
    cases.add(new Case("too_many_entries.xlsx", tooManyEntries(valid), Outcome.REJECTED, Message.LIMIT, Map.of(),
        "a valid form plus " + EXTRA_ENTRIES + " small ZIP entries"));
    cases.add(new Case("entity_expansion.xlsx", entityExpansion(valid), Outcome.REJECTED, Message.ANY, Map.of(),
        "billion laughs in sharedStrings.xml, used by the unit name"));
    cases.add(new Case("xxe_external_entity.xlsx", externalEntity(valid, outsideFile), Outcome.READ, Message.ANY,
        Map.of(), "the unit name is an external entity naming a file outside the folder"));
    cases.add(new Case("dtd_in_sheet.xlsx",
        ZipParts.of(valid).doctype("xl/worksheets/sheet1.xml", "worksheet", "<!ENTITY note \"ghi chú\">").bytes(),
        Outcome.READ, Message.ANY, Map.of(), "a harmless internal DTD in the sheet XML"));
    cases.add(new Case("encrypted.xlsx", encrypted(valid, "123456"), Outcome.REJECTED, Message.PASSWORD, Map.of(),
        "agile-encrypted OOXML, password 123456"));
    cases.add(new Case("truncated.xlsx", java.util.Arrays.copyOf(valid, valid.length / 2), Outcome.REJECTED, Message.ANY,
        Map.of(), "the first half of a valid workbook"));
    cases.add(new Case("empty.xlsx", blankWorkbook(), Outcome.REJECTED, Message.ANY, Map.of(),
        "a workbook with one sheet and no cell at all"));
    cases.add(new Case("zero_byte.csv", new byte[0], Outcome.REJECTED, Message.EMPTY, Map.of(), "0 bytes"));
    cases.add(new Case("renamed_pdf.xlsx",
        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
        Outcome.REJECTED, Message.ANY, Map.of(), "a PDF renamed .xlsx"));
    cases.add(new Case("text_as.xls", "Mã đơn vị:\tDNO0001\nNăm học:\t2019-2020\nA01\t40\t30\n".getBytes(StandardCharsets.UTF_8),
        Outcome.REJECTED, Message.ANY, Map.of(), "tab-separated text renamed .xls"));
    cases.add(new Case("nested_zip.xlsx", nestedZip(valid), Outcome.REJECTED, Message.ANY, Map.of(),
        "a ZIP holding a valid .xlsx, renamed .xlsx"));
    cases.add(new Case("deep_formula_chain.xlsx", deepFormulaChain(valid), Outcome.READ, Message.ANY,
        Map.of("C01", (long) CHAIN_DEPTH), "C01 is the end of a chain of " + CHAIN_DEPTH + " formulas with no cached value"));
    cases.add(new Case("binary_garbage.csv", garbage(64 * 1024), Outcome.REJECTED, Message.ANY, Map.of(),
        "64 KB of random bytes"));
    cases.add(new Case("ghi chu.txt", "gọi lại cho trường".getBytes(StandardCharsets.UTF_8), Outcome.SKIPPED,
        Message.ANY, Map.of(), "not a workbook at all"));
    return cases;
  }

  /** Writes every case into {@code folder}, one file per case. */
  public static void writeTo(Path folder, List<Case> cases) {
    try {
      Files.createDirectories(folder);
      for (Case c : cases) {
        Files.write(folder.resolve(c.file()), c.bytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] template(FormDefinition form) {
    TemplateWriter writer = new TemplateWriter(form, List.of("Hướng dẫn"));
    TemplateLayout layout = writer.layout();
    try (XSSFWorkbook workbook = writer.build(TestRegister.register().rows().get(2), SchoolYear.of("2019-2020"))) {
      Sheet sheet = workbook.getSheetAt(0);
      Map<String, long[]> figures = Map.of("A01", new long[] {30, 25}, "A02", new long[] {28, 23},
          "B01", new long[] {3, 3}, "B02", new long[] {2, 2}, "C01", new long[] {15, -1});
      figures.forEach((code, values) -> {
        Row row = sheet.getRow(layout.fieldRows().get(code));
        cell(row, layout.figuresColumns().get("total")).setCellValue(values[0]);
        if (values[1] >= 0) {
          cell(row, layout.figuresColumns().get("women")).setCellValue(values[1]);
        }
      });
      for (String yes : List.of("D03", "E01")) {
        cell(sheet.getRow(layout.fieldRows().get(yes)), layout.figuresColumns().get("total")).setCellValue("Có");
      }
      return write(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Cell cell(Row row, int column) {
    return row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
  }

  private static byte[] emptyCachedValue(FormDefinition form) {
    byte[] bytes = new FormWorkbook(form).set("F01", new FormWorkbook.Formula("5754000+5754000"), null).bytes();
    return ZipParts.of(bytes)
        .edit("xl/worksheets/sheet1.xml", xml -> xml.replace("<f>5754000+5754000</f>", "<f>5754000+5754000</f><v></v>"))
        .bytes();
  }

  private static byte[] hugeSheet(byte[] valid) {
    try (XSSFWorkbook form = new XSSFWorkbook(new java.io.ByteArrayInputStream(valid));
        SXSSFWorkbook streaming = new SXSSFWorkbook(form, 200)) {
      Sheet list = streaming.createSheet("Danh sách");
      for (int r = 0; r < HUGE_SHEET_ROWS; r++) {
        Row row = list.createRow(r);
        row.createCell(0).setCellValue(r + 1);
        row.createCell(1).setCellValue("Giáo viên " + r);
        row.createCell(2).setCellValue(1970 + r % 30);
        row.createCell(3).setCellValue(r % 2 == 0 ? "Nữ" : "Nam");
        row.createCell(4).setCellValue(5_754_000 + r);
        row.createCell(5).setCellValue("Tổ chuyên môn " + r % 12);
        row.createCell(6).setCellValue("0" + (912_000_000 + r));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      streaming.write(out);
      streaming.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] tooManyEntries(byte[] valid) {
    ZipParts zip = ZipParts.of(valid);
    for (int i = 0; i < EXTRA_ENTRIES; i++) {
      zip.add("customXml/item" + i + ".xml", ("<a>" + i + "</a>").getBytes(StandardCharsets.UTF_8));
    }
    return zip.bytes();
  }

  private static byte[] entityExpansion(byte[] valid) {
    StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">");
    for (int level = 1; level <= 9; level++) {
      String previous = level == 1 ? "&lol;" : "&lol" + (level - 1) + ";";
      entities.append("<!ENTITY lol").append(level).append(" \"").append(previous.repeat(10)).append("\">");
    }
    return ZipParts.of(valid)
        .doctype("xl/sharedStrings.xml", "sst", entities.toString())
        .edit("xl/sharedStrings.xml", xml -> xml.replace("Công đoàn trường Tiểu học Nguyễn Du", "&lol9;"))
        .bytes();
  }

  private static byte[] externalEntity(byte[] valid, Path outsideFile) {
    String target = outsideFile.toAbsolutePath().toUri().toString();
    return ZipParts.of(valid)
        .doctype("xl/sharedStrings.xml", "sst", "<!ENTITY xxe SYSTEM \"" + target + "\">")
        .edit("xl/sharedStrings.xml", xml -> xml.replace("Công đoàn trường Tiểu học Nguyễn Du", "&xxe;"))
        .doctype("docProps/core.xml", "cp:coreProperties", "<!ENTITY xxe SYSTEM \"" + target + "\">")
        .edit("docProps/core.xml", xml -> xml.replaceFirst("<dc:creator>[^<]*</dc:creator>", "<dc:creator>&xxe;</dc:creator>"))
        .bytes();
  }

  private static byte[] encrypted(byte[] plain, String password) {
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword(password);
      try (OutputStream data = encryptor.getDataStream(fs)) {
        data.write(plain);
      }
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] blankWorkbook() {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("Sheet1");
      return write(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] nestedZip(byte[] valid) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("bao-cao-nguyen-du.xlsx"));
      zip.write(valid);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * C01 refers to the last of {@link #CHAIN_DEPTH} cells of a sheet after the figures, each one
   * more than the one above and none with a cached value: evaluating C01 walks the whole chain.
   */
  private static byte[] deepFormulaChain(byte[] valid) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(valid))) {
      Sheet chain = workbook.createSheet("Tính");
      chain.createRow(0).createCell(0).setCellValue(1);
      for (int r = 1; r < CHAIN_DEPTH; r++) {
        chain.createRow(r).createCell(0).setCellFormula("A" + r + "+1");
      }
      Sheet figures = workbook.getSheetAt(0);
      boolean set = false;
      for (Row row : figures) {
        Cell code = row.getCell(2);
        if (code != null && code.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
            && code.getStringCellValue().equals("C01")) {
          Cell total = row.getCell(4);
          total.setBlank(); // else POI keeps the number as the formula's cached value
          total.setCellFormula("'Tính'!A" + CHAIN_DEPTH);
          set = true;
        }
      }
      if (!set) {
        throw new IllegalStateException("no C01 row in the form workbook");
      }
      return write(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] garbage(int size) {
    byte[] bytes = new byte[size];
    new Random(9).nextBytes(bytes);
    return bytes;
  }

  private static byte[] write(org.apache.poi.ss.usermodel.Workbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }
}
