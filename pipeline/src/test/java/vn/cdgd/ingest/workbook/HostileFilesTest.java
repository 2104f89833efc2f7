package vn.cdgd.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Settings;
import vn.cdgd.ingest.FormWorkbook;
import vn.cdgd.ingest.Issue;
import vn.cdgd.ingest.ParsedSubmission;
import vn.cdgd.ingest.Rule;
import vn.cdgd.ingest.SubmissionReader;
import vn.cdgd.ingest.TestRegister;
import vn.cdgd.conf.ReadLimits;

/**
 * Hostile and oversized files, each generated here: every one is refused with a message naming
 * what it passed (a limit, a DOCTYPE), never read, never called corrupt when it is well formed;
 * a truly broken file is still called broken.
 */
class HostileFilesTest {
  private static final FormDefinition FORM = TestWorkspace.form();
  private static final LocalDateTime RECEIVED = LocalDateTime.of(2020, 9, 20, 9, 0);
  private static final byte[] FORM_XLSX = new FormWorkbook(FORM).bytes();

  private static ParsedSubmission read(String file, byte[] bytes, ReadLimits limits) {
    SubmissionReader reader = new SubmissionReader(
        FORM, TestRegister.register(), Settings.defaults().withReadLimits(limits));
    return reader.read(file, bytes, RECEIVED);
  }

  private static Issue onlyIssue(ParsedSubmission s) {
    assertThat(s.issues()).hasSize(1);
    Issue issue = s.issues().get(0);
    assertThat(issue.rule()).isEqualTo(Rule.FILE_UNREADABLE);
    assertThat(issue.message()).doesNotContain("hỏng");
    return issue;
  }

  @Test
  void aZipBombPartIsRefusedForItsInflateRatio() {
    byte[] bomb = rezip(FORM_XLSX, Map.of("xl/media/image1.png", new byte[4 * 1024 * 1024]));

    Issue issue = onlyIssue(read("bom.xlsx", bomb, ReadLimits.defaults()));

    assertThat(issue.message()).startsWith(
        "Tệp bị từ chối vì lý do an toàn: phần \"xl/media/image1.png\" giải nén ra gấp hơn 100 lần"
            + " kích thước nén (giới hạn 100 lần), dấu hiệu của một \"bom zip\"");
  }

  @Test
  void poisOwnZipBombGuardIsReportedAsALimitToo() {
    byte[] bomb = rezip(FORM_XLSX, Map.of("xl/media/image1.png", new byte[4 * 1024 * 1024]));

    assertThatThrownBy(() -> WorkbookGridReader.read(bomb))
        .isInstanceOf(FileLimitException.class)
        .hasMessageContaining("giải nén ra gấp hơn 100 lần kích thước nén (giới hạn 100 lần)");
  }

  @Test
  void tooManyPartsAreRefusedNamingTheLimit() {
    Map<String, byte[]> extra = new LinkedHashMap<>();
    for (int i = 0; i < 1001; i++) {
      extra.put("xl/extra/part" + i + ".bin", new byte[] {1});
    }
    byte[] crowded = rezip(FORM_XLSX, extra);

    assertThat(onlyIssue(read("nhieu.xlsx", crowded, ReadLimits.defaults())).message())
        .startsWith("Tệp bị từ chối: tệp nén có hơn 1000 phần (giới hạn 1000)");
    assertThatThrownBy(() -> WorkbookGridReader.read(crowded))
        .isInstanceOf(FileLimitException.class)
        .hasMessageStartingWith("Tệp bị từ chối: tệp nén có hơn 1000 phần (giới hạn 1000)");
  }

  @Test
  void anExternalEntityInASheetIsRefusedBeforeAnythingIsRead() {
    String sheet = sheetXml(FORM_XLSX).replaceFirst("<worksheet",
        "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]><worksheet")
        .replaceFirst("<sheetData>", "<sheetData><row r=\"99\"><c r=\"A99\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>");
    byte[] xxe = rezip(FORM_XLSX, Map.of("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8)));

    Issue issue = onlyIssue(read("xxe.xlsx", xxe, ReadLimits.defaults()));

    assertThat(issue.message()).isEqualTo(
        "Tệp bị từ chối vì lý do an toàn: phần \"xl/worksheets/sheet1.xml\" có khai báo DOCTYPE"
            + " (thực thể XML), điều mà Excel và LibreOffice không bao giờ ghi. Hãy mở tệp bằng"
            + " Excel hoặc LibreOffice, lưu lại dạng .xlsx và gửi lại.");
  }

  @Test
  void entityExpansionInAnyPartIsRefused() {
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">&lol3;</Types>";
    byte[] lolz = rezip(FORM_XLSX, Map.of("[Content_Types].xml", laughs.getBytes(StandardCharsets.UTF_8)));

    assertThat(onlyIssue(read("lolz.xlsx", lolz, ReadLimits.defaults())).message())
        .startsWith("Tệp bị từ chối vì lý do an toàn: phần \"[Content_Types].xml\" có khai báo DOCTYPE");
  }

  @Test
  void anExternalEntityInAnOdsIsRefused() {
    String content = OdsWriter.content("", "",
            "<table:table table:name=\"Số liệu\"><table:table-row><table:table-cell"
                + " office:value-type=\"string\"><text:p>&xxe;</text:p></table:table-cell>"
                + "</table:table-row></table:table>")
        .replace("<office:document-content",
            "<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"
                + "<office:document-content");

    Issue issue = onlyIssue(read("xxe.ods", OdsWriter.withContent(content), ReadLimits.defaults()));

    assertThat(issue.message()).startsWith(
        "Tệp bị từ chối vì lý do an toàn: phần \"content.xml\" có khai báo DOCTYPE");
  }

  @Test
  void aHugeButValidWorkbookIsRefusedForItsSizeNamingTheSheetAndTheLimit() {
    byte[] huge = streamedWorkbook(10_000, 2);
    ReadLimits fewCells = new ReadLimits(5_000, 50L * 1024 * 1024, 0.01, 1000, 10_000_000L, Duration.ofSeconds(60));

    Issue issue = onlyIssue(read("lon.xlsx", huge, fewCells));

    assertThat(issue.message()).isEqualTo(
        "Tệp quá lớn: sheet \"Số liệu\" có hơn 5.000 ô (giới hạn 5.000 ô một sheet), trong khi biểu"
            + " mẫu chỉ có vài nghìn ô. Hãy xoá các dòng, cột thừa (hoặc chép các sheet của biểu mẫu"
            + " sang một tệp mới), lưu lại và gửi lại.");
    // The whole sheet part (about 800 KB) past a part size limit: refused as it inflates, before
    // any cell is parsed, naming the sheet and the limit.
    ReadLimits smallParts = new ReadLimits(5_000, 400 * 1024, 0.01, 1000, 10_000_000L, Duration.ofSeconds(60));
    assertThat(onlyIssue(read("lon.xlsx", huge, smallParts)).message()).startsWith(
        "Tệp quá lớn: sheet \"Số liệu\" (phần \"xl/worksheets/sheet1.xml\") khi giải nén vượt quá"
            + " 400 KB (giới hạn 400 KB một phần)");
    // The same workbook within the default limits is read (it is only missing the form's tables).
    assertThat(read("lon.xlsx", huge, ReadLimits.defaults()).issues())
        .noneMatch(i -> i.rule() == Rule.FILE_UNREADABLE);
  }

  @Test
  void formattedBlankCellsDoNotCountAsCells() {
    byte[] bordered = new FormWorkbook(FORM).bytes();
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(bordered));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      org.apache.poi.ss.usermodel.CellStyle border = workbook.createCellStyle();
      border.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
      Sheet sheet = workbook.getSheet("Cán bộ công đoàn");
      for (int r = 20; r < 3_020; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < 4; c++) {
          row.createCell(c).setCellStyle(border);
        }
      }
      workbook.write(out);
      bordered = out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    ParsedSubmission s = read("vien.xlsx", bordered, ReadLimits.defaults().withMaxCellsPerSheet(5_000));

    assertThat(s.issues()).isEmpty();
    assertThat(s.officers()).hasSize(5);
  }

  @Test
  void poisLargestRecordGuardIsReportedAsASizeNotAsCorruption() {
    // The message POI's IOUtils gives when a part or record is past its largest array, as the
    // 300,000-row workbook of issue 9 tripped it.
    RuntimeException tripped = new org.apache.poi.ooxml.POIXMLException(
        new org.apache.poi.util.RecordFormatException(String.format(
            "Tried to read data but the maximum length for this record type is %,d.%nIf the file is"
                + " not corrupt and not large, please open an issue on bugzilla", 100_000_000)));

    assertThat(PoiLimits.limitIn(tripped, ReadLimits.defaults()))
        .isNotNull()
        .hasMessageStartingWith("Tệp quá lớn: một bản ghi hoặc một phần của tệp lớn hơn mức thư viện"
            + " đọc Excel cho phép (Tried to read data but the maximum length for this record type is"
            + " 100,000,000.")
        .hasMessageNotContaining("hỏng");
    assertThat(PoiLimits.limitIn(new IllegalStateException("Unexpected end of file"), ReadLimits.defaults()))
        .isNull();
  }

  @Test
  void aFileThatTakesTooLongIsRefusedNamingTheTimeLimit() {
    AtomicLong now = new AtomicLong();
    // Each look at the clock is one second later.
    ReadBudget budget = new ReadBudget(
        ReadLimits.defaults().withMaxTimePerFile(Duration.ofSeconds(3)),
        () -> now.addAndGet(1_000_000_000L));

    assertThatThrownBy(() -> GridReaders.read("cham.xlsx", FORM_XLSX, budget))
        .isInstanceOf(FileLimitException.class)
        .hasMessage("Tệp quá lớn hoặc quá phức tạp: đọc tệp mất hơn 3 giây (giới hạn 3 giây cho"
            + " một tệp). Hãy xoá các dòng, cột và sheet thừa (chỉ giữ các sheet của biểu mẫu),"
            + " lưu lại dạng .xlsx và gửi lại.");
  }

  @Test
  void aTrulyBrokenFileIsStillCalledBroken() {
    byte[] truncated = java.util.Arrays.copyOf(FORM_XLSX, FORM_XLSX.length / 2);

    ParsedSubmission s = read("cut.xlsx", truncated, ReadLimits.defaults());

    assertThat(s.issues()).singleElement().satisfies(i -> {
      assertThat(i.rule()).isEqualTo(Rule.FILE_UNREADABLE);
      assertThat(i.message()).contains("bị hỏng");
    });
    assertThat(read("rac.xlsx", "không phải bảng tính".getBytes(StandardCharsets.UTF_8), ReadLimits.defaults())
            .issues())
        .singleElement()
        .satisfies(i -> assertThat(i.message()).contains("bị hỏng hoặc không phải tệp Excel"));
  }

  @Test
  void theDefaultsLeaveARealFormWorkbookFarInside() throws Exception {
    ReadLimits limits = ReadLimits.defaults();
    GridReaders.Read read = GridReaders.read("f.xlsx", FORM_XLSX, limits);

    long cells = read.grids().stream()
        .mapToLong(g -> java.util.stream.StreamSupport.stream(g.filledRows().spliterator(), false)
            .mapToLong(r -> g.row(r).size()).sum())
        .sum();
    assertThat(cells * 20).isLessThan(limits.maxCellsPerSheet());
    assertThat((long) FORM_XLSX.length * 100).isLessThan(limits.maxEntryBytes());
  }

  /** A well-formed workbook of many rows, written streaming so the test stays small and fast. */
  private static byte[] streamedWorkbook(int rows, int columns) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Số liệu");
      for (int r = 0; r < rows; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < columns; c++) {
          row.createCell(c).setCellValue(r * columns + c);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sheetXml(byte[] xlsx) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      throw new IllegalStateException("no sheet1");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same zip with parts replaced or added. */
  private static byte[] rezip(byte[] original, Map<String, byte[]> parts) {
    Map<String, byte[]> remaining = new LinkedHashMap<>(parts);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] content = remaining.containsKey(entry.getName()) ? remaining.remove(entry.getName()) : in.readAllBytes();
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
      for (Map.Entry<String, byte[]> part : remaining.entrySet()) {
        out.putNextEntry(new ZipEntry(part.getKey()));
        out.write(part.getValue());
        out.closeEntry();
      }
      out.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
