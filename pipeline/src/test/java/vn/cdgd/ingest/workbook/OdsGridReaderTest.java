package vn.cdgd.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Settings;
import vn.cdgd.ingest.FormWorkbook;
import vn.cdgd.ingest.Issue;
import vn.cdgd.ingest.ParsedSubmission;
import vn.cdgd.ingest.SubmissionReader;
import vn.cdgd.ingest.TestRegister;
import vn.cdgd.ingest.legacy.LegacyEncoding;
import vn.cdgd.ingest.odd.OddCorpus;
import vn.cdgd.conf.ReadLimits;

class OdsGridReaderTest {
  private static final FormDefinition FORM = TestWorkspace.form();
  private static final LocalDateTime RECEIVED = LocalDateTime.of(2020, 9, 20, 9, 0);
  private static final SubmissionReader READER =
      new SubmissionReader(FORM, TestRegister.register(), Settings.defaults());

  static List<OddCorpus.Case> workbooks() {
    // The test's ODS writer stores each formula's result as POI computes it; the cases built to
    // have no usable cached result (an empty <v>, a 20,000-deep chain, an .xls to compute on load)
    // are not what LibreOffice writes, since an .ods always holds its computed values.
    return OddCorpus.all(FORM).stream()
        .filter(c -> !c.file().endsWith(".csv"))
        .filter(c -> !List.of("formula_empty_cached_value.xlsx", "formula_deep_chain.xlsx", "formula_no_cache.xls").contains(c.file()))
        .toList();
  }

  private static List<Grid> readOds(byte[] ods) throws UnreadableFileException {
    return GridReaders.read("f.ods", ods, ReadLimits.defaults()).grids();
  }

  /** Every filled cell as the checks see it (the formula text aside: OpenFormula is another language). */
  private static List<String> cells(List<Grid> grids) {
    List<String> out = new ArrayList<>();
    for (Grid grid : grids) {
      for (int row : grid.filledRows()) {
        for (GridCell c : grid.row(row)) {
          out.add(grid.name() + "!" + c.address() + " " + c.kind() + " [" + c.text() + "] raw [" + c.rawText()
              + "] " + c.number() + " date=" + c.dateFormatted() + " font=" + c.fontName() + " "
              + c.encoding() + " other=" + c.otherReading());
        }
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workbooks")
  void anOdsOfEachOddWorkbookReadsToTheSameCellsAsTheWorkbook(OddCorpus.Case file) throws Exception {
    byte[] ods = OdsWriter.fromWorkbook(file.bytes());

    List<String> fromOds = cells(readOds(ods));

    assertThat(fromOds).isEqualTo(cells(WorkbookGridReader.read(file.bytes()))).hasSizeGreaterThan(50);
  }

  @Test
  void aFullFormSavedAsOdsIngestsToTheSameFiguresAwardsAndOfficersAsTheXlsx() {
    byte[] xlsx = new FormWorkbook(FORM)
        .award("Bằng khen", "LĐLĐ tỉnh", "Cá nhân", "Trần Thị Lan", "Nữ", "", LocalDate.of(2020, 10, 6))
        .set("A02", 38, 39)
        .set("F01", new FormWorkbook.Formula("12000000+13000000"), null)
        .bytes();
    ParsedSubmission fromXlsx = READER.read("2019-2020/nguyen-du.xlsx", xlsx, RECEIVED);

    ParsedSubmission fromOds = READER.read("2019-2020/nguyen-du.ods", OdsWriter.fromWorkbook(xlsx), RECEIVED);

    assertThat(fromOds.figures()).isEqualTo(fromXlsx.figures()).isNotEmpty();
    assertThat(fromOds.figures()).anySatisfy(f -> {
      assertThat(f.fieldCode()).isEqualTo("F01");
      assertThat(f.total()).isEqualTo(25_000_000L);
    });
    assertThat(fromOds.awards()).isEqualTo(fromXlsx.awards()).hasSize(1);
    assertThat(fromOds.officers()).isEqualTo(fromXlsx.officers()).hasSize(5);
    assertThat(fromOds.unitCode()).isEqualTo("DNO0001");
    assertThat(fromOds.issues().stream().map(OdsGridReaderTest::where).toList())
        .isEqualTo(fromXlsx.issues().stream().map(OdsGridReaderTest::where).toList())
        .contains("women_above_total@Số liệu!F8");
  }

  private static String where(Issue i) {
    return i.rule().code() + "@" + i.sheet() + "!" + i.cell();
  }

  @Test
  void decodesTcvn3SpansByTheirFontsAndKeepsRepeatsInTheirPlaces() throws Exception {
    String styles =
        "<style:style style:name=\"ce1\" style:family=\"table-cell\" style:parent-style-name=\"Default\">"
            + "<style:text-properties fo:font-family=\"'.VnTime'\"/></style:style>"
            + "<style:style style:name=\"T1\" style:family=\"text\">"
            + "<style:text-properties fo:font-family=\"Arial\"/></style:style>";
    String tables = "<table:table table:name=\"Số liệu\">"
        + "<table:table-row>"
        // "Tæng sè" is "Tổng số" typed in .VnTime; the span in Arial stays as typed.
        + "<table:table-cell table:style-name=\"ce1\" office:value-type=\"string\"><text:p>Tæng sè"
        + "<text:span text:style-name=\"T1\"> (A)</text:span></text:p></table:table-cell>"
        + "<table:table-cell table:number-columns-repeated=\"2\"/>"
        + "<table:table-cell office:value-type=\"percentage\" office:value=\"0.25\"><text:p>25%</text:p></table:table-cell>"
        + "</table:table-row>"
        + "<table:table-row table:number-rows-repeated=\"2\">"
        + "<table:table-cell table:number-columns-repeated=\"3\" office:value-type=\"float\" office:value=\"7\"><text:p>7</text:p></table:table-cell>"
        + "<table:covered-table-cell office:value-type=\"currency\" office:currency=\"VND\" office:value=\"3000000\"><text:p>3.000.000 ₫</text:p></table:covered-table-cell>"
        + "</table:table-row>"
        + "<table:table-row>"
        + "<table:table-cell office:value-type=\"date\" office:date-value=\"2019-11-05\"><text:p>05/11/2019</text:p></table:table-cell>"
        + "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>TRUE</text:p></table:table-cell>"
        + "<table:table-cell table:formula=\"of:=SUM([.A2:.C2])\" office:value-type=\"float\" office:value=\"21\"><text:p>21</text:p></table:table-cell>"
        + "<table:table-cell table:formula=\"of:=1/0\" office:value-type=\"string\" office:string-value=\"\" calcext:value-type=\"error\"><text:p>#DIV/0!</text:p></table:table-cell>"
        + "<table:table-cell office:value-type=\"string\"><text:p>Dòng 1</text:p><text:p>hai<text:s text:c=\"2\"/>cách</text:p>"
        + "<office:annotation><text:p>ghi chú không phải nội dung</text:p></office:annotation></table:table-cell>"
        + "</table:table-row>"
        + "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
        + "</table:table>";

    Grid grid = readOds(OdsWriter.raw(styles, tables)).get(0);

    GridCell label = grid.cell(0, 0).orElseThrow();
    assertThat(label.text()).isEqualTo("Tổng số (A)");
    assertThat(label.fontName()).isEqualTo(".VnTime");
    assertThat(label.encoding()).isEqualTo(LegacyEncoding.TCVN3);
    assertThat(grid.cell(0, 3).orElseThrow().number()).isEqualTo(0.25);
    for (int row = 1; row <= 2; row++) {
      for (int column = 0; column < 3; column++) {
        assertThat(grid.cell(row, column).orElseThrow().number()).as(GridCell.address(row, column)).isEqualTo(7.0);
      }
      assertThat(grid.cell(row, 3).orElseThrow().number()).isEqualTo(3_000_000.0);
    }
    assertThat(grid.cell(3, 0).orElseThrow()).satisfies(d -> {
      assertThat(d.dateFormatted()).isTrue();
      assertThat(d.number()).isEqualTo(43774.0);
    });
    assertThat(grid.cell(3, 1).orElseThrow().kind()).isEqualTo(CellKind.BOOLEAN);
    assertThat(grid.cell(3, 2).orElseThrow()).satisfies(f -> {
      assertThat(f.number()).isEqualTo(21.0);
      assertThat(f.formula()).isEqualTo("SUM(A2:C2)");
    });
    assertThat(grid.cell(3, 3).orElseThrow().kind()).isEqualTo(CellKind.ERROR);
    assertThat(grid.cell(3, 4).orElseThrow().text()).isEqualTo("Dòng 1\nhai  cách");
    assertThat(grid.filledRows()).containsExactly(0, 1, 2, 3);
  }

  @Test
  void aFilledCellRepeatedBeyondTheCellLimitIsRefusedForItsSize() {
    String tables = "<table:table table:name=\"Số liệu\">"
        + "<table:table-row table:number-rows-repeated=\"100000\">"
        + "<table:table-cell table:number-columns-repeated=\"1000\" office:value-type=\"float\" office:value=\"1\"/>"
        + "</table:table-row></table:table>";

    assertThatThrownBy(() -> GridReaders.read("f.ods", OdsWriter.raw("", tables), ReadLimits.defaults()))
        .isInstanceOf(FileLimitException.class)
        .hasMessageStartingWith("Tệp quá lớn: sheet \"Số liệu\" có hơn 200.000 ô (giới hạn 200.000 ô một sheet)");
  }

  @Test
  void anOdsIsRecognisedByItsContentWhateverItsName() throws Exception {
    byte[] ods = OdsWriter.fromWorkbook(new FormWorkbook(FORM).bytes());

    ParsedSubmission s = READER.read("2019-2020/nguyen-du.xlsx", ods, RECEIVED);

    assertThat(s.accepted()).isTrue();
    assertThat(s.figures()).hasSize(FORM.fields().size());
    assertThat(SubmissionReader.isSubmissionFile("Trường Nguyễn Du.ODS")).isTrue();
  }

  @Test
  void aPasswordProtectedOdsIsNamedAsSuch() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
      zip.write(OdsGridReader.MIMETYPE.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
      zip.write(new byte[] {(byte) 0x9c, 0x51, 0x07, (byte) 0xe2, 0x11});
      zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/manifest.xml"));
      zip.write(("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
          + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
          + "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry>"
          + "</manifest:manifest>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    ParsedSubmission s = READER.read("mat-khau.ods", bytes.toByteArray(), RECEIVED);

    assertThat(s.issues()).singleElement().satisfies(i -> {
      assertThat(i.rule()).isEqualTo(vn.cdgd.ingest.Rule.FILE_ENCRYPTED);
      assertThat(i.message()).startsWith("Tệp .ods được đặt mật khẩu nên không đọc được.");
    });
  }

  @Test
  void translatesOpenFormulaReferencesForMessages() {
    assertThat(OdsGridReader.formula("of:=[.E8]+[$'Số liệu'.F8:.F9]")).isEqualTo("E8+Số liệu!F8:F9");
    assertThat(OdsWriter.openFormula("SUM(E8:E10)+F2")).isEqualTo("of:=SUM([.E8:.E10])+[.F2]");
  }
}
