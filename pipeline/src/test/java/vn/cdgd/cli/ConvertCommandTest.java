package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Settings;
import vn.cdgd.ingest.Level;
import vn.cdgd.ingest.ParsedSubmission;
import vn.cdgd.ingest.SubmissionReader;
import vn.cdgd.ingest.TestRegister;
import vn.cdgd.ingest.legacy.FontEncodings;
import vn.cdgd.ingest.legacy.LegacyEncoding;
import vn.cdgd.ingest.legacy.LegacyText;
import vn.cdgd.ingest.odd.OddCorpus;
import vn.cdgd.ingest.workbook.GridCell;
import vn.cdgd.ingest.workbook.RichTextRuns;

class ConvertCommandTest {
  private static final FormDefinition FORM = TestWorkspace.form();
  private static final List<String> LEGACY =
      List.of("tcvn3_vntime.xls", "tcvn3_vntime.xlsx", "tcvn3_rich_text_runs.xlsx",
          "tcvn3_rich_text_runs.xls", "tcvn3_allcaps_header.xls", "vni_times_everything.xls",
          "tcvn3_unicode_font_detected.xlsx", "lone_tcvn3_cell_in_unicode_workbook.xlsx");

  @Test
  void writesUnicodeCopiesWithUnicodeFontsAndReportsWhatItWasUnsureOf(@TempDir Path dir) throws Exception {
    Path archive = dir.resolve("luu-tru");
    Map<String, OddCorpus.Case> cases = corpus(archive);
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));

    int code = cli.execute("convert", archive.toString(), "--out", dir.resolve("unicode").toString(),
        "--workspace", dir.toString());

    assertThat(code).isZero();
    for (String name : LEGACY) {
      Path copy = dir.resolve("unicode").resolve(name.replaceFirst("\\.(xlsx?)$", " (Unicode).$1"));
      assertThat(copy).as(name).exists();
      try (Workbook workbook = WorkbookFactory.create(copy.toFile(), null, true)) {
        Map<String, String> texts = textsAndCheckFonts(workbook, name);
        Map<String, String> wrong = new java.util.TreeMap<>();
        cases.get(name).texts().forEach((cell, text) -> {
          if (!text.equals(texts.get(cell))) {
            wrong.put(cell, texts.get(cell) + " ≠ " + text);
          }
        });
        assertThat(wrong).as(name + ": cells not in the expected Unicode").isEmpty();
      }
      ParsedSubmission again = new SubmissionReader(FORM, TestRegister.register(), Settings.defaults())
          .read(copy.getFileName().toString(), Files.readAllBytes(copy), LocalDateTime.of(2020, 9, 20, 9, 0));
      assertThat(again.issues()).as(name).filteredOn(i -> i.level() == Level.ERROR).isEmpty();
    }
    assertThat(out.toString())
        .contains("tcvn3_vntime (Unicode).xls: đã chuyển")
        .contains("ô TCVN3 (ABC)")
        .contains("ô VNI")
        .contains("không chắc Số liệu!G7: giữ \"NguyÔn Du\", có thể là \"Nguyễn Du\"");
    String report = Files.readString(dir.resolve("unicode/bao-cao-chuyen-ma.csv"), StandardCharsets.UTF_8);
    assertThat(report)
        .contains("\"lone_tcvn3_cell_in_unicode_workbook.xlsx\",\"Số liệu\",\"G7\",\"không chắc, giữ nguyên\",\"UNICODE\",\"NguyÔn Du\",\"NguyÔn Du\",\"Nguyễn Du\"")
        .contains("\"tcvn3_unicode_font_detected.xlsx\",\"Số liệu\",\"G7\",\"đã chuyển\",\"TCVN3\",\"NguyÔn Du\",\"Nguyễn Du\"")
        .contains("\"tcvn3_vntime.xls\",\"Khen thưởng\",\"E4\",\"đã chuyển\",\"TCVN3\",");
  }

  @Test
  void theConversionReportWritesAFileNamedLikeAFormulaAsText(@TempDir Path dir) throws Exception {
    Path archive = Files.createDirectories(dir.resolve("a"));
    OddCorpus.Case legacy = OddCorpus.all(FORM).stream().filter(c -> c.file().equals("tcvn3_vntime.xlsx")).findFirst().orElseThrow();
    Files.write(archive.resolve("=1+2 ten tep.xlsx"), legacy.bytes());
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));

    assertThat(cli.execute("convert", archive.toString(), "--out", dir.resolve("u").toString(), "--workspace", dir.toString())).isZero();

    java.util.List<org.apache.commons.csv.CSVRecord> records;
    try (java.io.Reader reader = Files.newBufferedReader(dir.resolve("u/bao-cao-chuyen-ma.csv"), StandardCharsets.UTF_8)) {
      reader.skip(1);
      records = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
    assertThat(records).isNotEmpty().allSatisfy(record -> {
      assertThat(record.get("file")).isEqualTo("'=1+2 ten tep.xlsx");
      for (String field : record) {
        assertThat(field).as(field).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
      }
    });
  }

  @Test
  void convertsNothingInAUnicodeWorkbookAndRefusesAMissingInput(@TempDir Path dir) throws Exception {
    Path archive = dir.resolve("a");
    Files.createDirectories(archive);
    OddCorpus.Case unicode = OddCorpus.all(FORM).stream().filter(c -> c.file().equals("columns_moved.xlsx")).findFirst().orElseThrow();
    Files.write(archive.resolve(unicode.file()), unicode.bytes());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));

    assertThat(cli.execute("convert", archive.resolve(unicode.file()).toString(), "-w", dir.toString())).isZero();
    assertThat(cli.execute("convert", dir.resolve("khong-co").toString(), "-w", dir.toString())).isEqualTo(ExitCodes.INPUT);

    assertThat(archive.resolve("columns_moved (Unicode).xlsx")).exists();
    assertThat(out.toString()).contains("không có ô nào cần chuyển");
    assertThat(err.toString()).contains("Không có tệp hoặc thư mục").doesNotContain("Exception");
  }

  private static Map<String, OddCorpus.Case> corpus(Path folder) throws Exception {
    Files.createDirectories(folder);
    Map<String, OddCorpus.Case> cases = new HashMap<>();
    for (OddCorpus.Case c : OddCorpus.all(FORM)) {
      if (LEGACY.contains(c.file())) {
        Files.write(folder.resolve(c.file()), c.bytes());
        cases.put(c.file(), c);
      }
    }
    return cases;
  }

  /** Every text cell's string as stored; fails when a text cell or run is still in a legacy font. */
  private static Map<String, String> textsAndCheckFonts(Workbook workbook, String name) {
    Map<String, String> texts = new HashMap<>();
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() != CellType.STRING) {
            continue;
          }
          String where = name + " " + sheet.getSheetName() + "!" + cell.getAddress();
          for (LegacyText.Run run : RichTextRuns.of(workbook, cell, cell.getRichStringCellValue())) {
            assertThat(FontEncodings.ofFont(run.fontName())).as(where + " font " + run.fontName())
                .isEqualTo(LegacyEncoding.UNICODE);
          }
          texts.put(sheet.getSheetName() + "!" + GridCell.address(cell.getRowIndex(), cell.getColumnIndex()),
              cell.getStringCellValue());
        }
      }
    }
    return texts;
  }
}
