package vn.cdgd.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cdgd.ingest.workbook.HandWrittenXlsx.MAIN;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cdgd.ingest.legacy.LegacyEncoding;
import vn.cdgd.conf.ReadLimits;

/**
 * The shapes of .xlsx that no writer here produces, each read by the streaming reader exactly as
 * by the user model (or handed over to it), and the limits the streaming reader sets itself.
 */
class StreamingXlsxReaderTest {

  private static List<Grid> streamed(byte[] bytes) throws UnreadableFileException {
    assertThat(StreamingXlsxParityTest.compare("hand-written", bytes)).isNull();
    return StreamingXlsxReader.read(bytes).grids();
  }

  private static GridCell cell(List<Grid> grids, String address) {
    org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(address);
    return grids.get(0).cell(ref.getRow(), ref.getCol()).orElseThrow();
  }

  @Test
  void numbersCellsAndRowsWithoutReferencesAsPoiDoes() throws Exception {
    List<Grid> grids = streamed(new HandWrittenXlsx()
        .sheet("Số liệu", "<sheetData>"
            + "<row r=\"2\"><c t=\"inlineStr\"><is><t>Mã</t></is></c><c><v>5</v></c>"
            + "<c r=\"E2\"><v>7</v></c><c><v>8</v></c></row>"
            + "<row><c><v>1</v></c></row>"
            + "<row r=\"9\"><c r=\"B9\" t=\"b\"><v>1</v></c></row>"
            + "<row r=\"9\"><c r=\"C9\" t=\"b\"><v>0</v></c></row>"
            + "</sheetData>")
        .bytes());
    assertThat(cell(grids, "A2").text()).isEqualTo("Mã");
    assertThat(cell(grids, "B2").number()).isEqualTo(5.0);
    assertThat(cell(grids, "F2").number()).isEqualTo(8.0);
    assertThat(cell(grids, "A3").number()).isEqualTo(1.0);
    // A repeated row replaces the earlier one, as in XSSFSheet.
    assertThat(grids.get(0).row(8)).extracting(GridCell::address, GridCell::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("C9", "FALSE"));
  }

  @Test
  void readsEveryKindOfValueAsPoiDoes() throws Exception {
    List<Grid> grids = streamed(new HandWrittenXlsx()
        .sharedStrings("<si><t>Tổng số</t></si>", "<si><t>a_x000D_b</t></si>",
            "<si><t>Lª</t><rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></si>")
        .sheet("S", "<sheetData><row r=\"1\">"
            + "<c r=\"A1\" t=\"s\"><v>0</v></c>"
            + "<c r=\"B1\" t=\"s\"><v>1</v></c>"
            + "<c r=\"C1\" t=\"s\" s=\"1\"><v>2</v></c>"
            + "<c r=\"D1\" t=\"s\"><v>99</v></c>"
            + "<c r=\"E1\" t=\"e\"><v>#DIV/0!</v></c>"
            + "<c r=\"F1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
            + "<c r=\"G1\" t=\"str\"><f>A1&amp;\"!\"</f><v>Tổng số!</v></c>"
            + "<c r=\"H1\" t=\"b\"><f>TRUE()</f><v>1</v></c>"
            + "<c r=\"I1\"><f>SUM(J1:K1)</f><v>12.50</v></c>"
            + "<c r=\"J1\" s=\"2\"><v>43831</v></c>"
            + "<c r=\"K1\" s=\"2\"><v>-1</v></c>"
            + "<c r=\"L1\"><v></v></c>"
            + "<c r=\"M1\" t=\"inlineStr\"><v>inline as v</v></c>"
            + "<c r=\"N1\"><f t=\"array\" ref=\"N1\">SUM(I1*2)</f><v>25</v></c>"
            + "<c r=\"O1\"><f t=\"dataTable\" ref=\"O1\" dt2D=\"0\" dtr=\"0\" r1=\"A1\"/><v>3</v></c>"
            + "</row></sheetData>")
        .bytes());
    assertThat(cell(grids, "B1").text()).isEqualTo("a\rb");
    assertThat(cell(grids, "C1").text()).isEqualTo("Lê");
    assertThat(cell(grids, "C1").encoding()).isEqualTo(LegacyEncoding.TCVN3);
    assertThat(grids.get(0).cell(0, 3)).isEmpty();
    assertThat(cell(grids, "E1").text()).isEqualTo("#LỖI");
    assertThat(cell(grids, "F1").text()).isEqualTo("=1/0");
    assertThat(cell(grids, "G1").formula()).isEqualTo("A1&\"!\"");
    assertThat(cell(grids, "I1").text()).isEqualTo("12.5");
    assertThat(cell(grids, "J1").dateFormatted()).isTrue();
    assertThat(cell(grids, "K1").dateFormatted()).isFalse();
    assertThat(cell(grids, "L1").number()).isEqualTo(0.0);
    assertThat(cell(grids, "N1").formula()).isEqualTo("SUM(I1*2)");
    assertThat(cell(grids, "O1").formula()).isNull();
  }

  @Test
  void givesRichTextRunsTheirOwnFontOrTheCellsAsPoiDoes() throws Exception {
    List<Grid> grids = streamed(new HandWrittenXlsx()
        .sharedStrings("<si><r><rPr><rFont val=\".VnTime\"/></rPr><t>NguyÔn </t></r>"
            + "<r><rPr><color rgb=\"FFFF0000\"/></rPr><t>V¨n</t></r>"
            + "<r><t xml:space=\"preserve\"> A</t></r></si>")
        .sheet("S", "<cols><col min=\"2\" max=\"3\" width=\"9\" style=\"1\" customWidth=\"1\"/></cols>"
            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>0</v></c>"
            + "<c r=\"C1\" t=\"inlineStr\"><is><r><rPr><rFont val=\"Arial\"/></rPr><t>Lª</t></r>"
            + "<r><t>Lª</t></r></is></c>"
            + "<c r=\"D1\" s=\"3\" t=\"inlineStr\"><is><t>Nguyeãn</t></is></c>"
            + "</row></sheetData>")
        .bytes());
    assertThat(cell(grids, "A1").fontName()).isEqualTo("Arial");
    assertThat(cell(grids, "B1").fontName()).isEqualTo(".VnTime");
    assertThat(cell(grids, "B1").text()).isEqualTo("Nguyễn Văn A");
    assertThat(cell(grids, "C1").text()).isEqualTo("LªLê");
    assertThat(cell(grids, "D1").text()).isEqualTo("Nguyễn");
  }

  @Test
  void computesAFormulaWhoseCachedValueIsMissingEmptyOrUnusable() throws Exception {
    for (String cell : List.of("<c r=\"A1\"><f>1+1</f></c>", "<c r=\"A1\"><f>1+1</f><v></v></c>",
        "<c r=\"A1\"><f>1+1</f><v>hai</v></c>", "<c r=\"A1\" t=\"b\"><f>1+1</f><v>2</v></c>",
        "<c r=\"A1\" t=\"s\"><f>1+1</f><v> </v></c>")) {
      byte[] bytes = new HandWrittenXlsx()
          .sheet("S", "<sheetData><row r=\"1\">" + cell + "</row></sheetData>").bytes();
      assertThat(cell(streamed(bytes), "A1").number()).as(cell).isEqualTo(2.0);
    }
  }

  @Test
  void handsOverWhatOnlyTheUserModelReadsRight() throws Exception {
    Map<String, String> sheets = new LinkedHashMap<>();
    sheets.put("a shared formula", "<c r=\"A1\"><v>1</v></c>"
        + "<c r=\"B1\"><f t=\"shared\" ref=\"B1:C1\" si=\"0\">A1*2</f><v>2</v></c>"
        + "<c r=\"C1\"><f t=\"shared\" si=\"0\"/><v>4</v></c>");
    sheets.put("an array formula over several cells",
        "<c r=\"A1\"><f t=\"array\" ref=\"A1:A2\">{1;2}</f><v>1</v></c>");
    for (Map.Entry<String, String> sheet : sheets.entrySet()) {
      byte[] bytes = new HandWrittenXlsx()
          .sheet("S", "<sheetData><row r=\"1\">" + sheet.getValue() + "</row></sheetData>").bytes();
      assertThat(StreamingXlsxReader.read(bytes).userModelReason()).isEqualTo(sheet.getKey().strip());
      // Whatever the user model makes of it (today it refuses a non-numeric cached value), the
      // public entry point gives just that.
      StreamingXlsxParityTest.compare(sheet.getKey(), bytes);
    }
  }

  @Test
  void refusesAPartWithADoctypeBeforeAnyParserReadsIt() throws Exception {
    byte[] withDoctype = HandWrittenXlsx.zip(Map.of(
        "_rels/.rels", "<!DOCTYPE r [<!ENTITY a \"aaaa\">]><Relationships xmlns="
            + "\"http://schemas.openxmlformats.org/package/2006/relationships\">&a;</Relationships>"));
    assertThatThrownBy(() -> StreamingXlsxReader.read(withDoctype))
        .isInstanceOf(FileLimitException.class)
        .hasMessageContaining("\"_rels/.rels\" có khai báo DOCTYPE");
    assertThatThrownBy(() -> WorkbookGridReader.read(withDoctype))
        .isInstanceOf(FileLimitException.class);
  }

  @Test
  void refusesAZipBombNamingTheEntry() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + MAIN + "\"><sheetData/>"
        + " ".repeat(20 * 1024 * 1024) + "</worksheet>");
    byte[] bomb = HandWrittenXlsx.zip(parts);
    assertThat(bomb.length).isLessThan(100 * 1024);
    assertThatThrownBy(() -> WorkbookGridReader.read(bomb))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("xl/worksheets/sheet1.xml")
        .hasMessageContaining("gấp hơn 100 lần kích thước nén (giới hạn 100 lần)")
        .satisfies(e -> assertThat(((UnreadableFileException) e).encrypted()).isFalse());
  }

  @Test
  void refusesMoreEntriesThanPoiAllows() {
    Map<String, String> parts = new LinkedHashMap<>();
    for (int i = 0; i <= ReadLimits.defaults().maxEntries(); i++) {
      parts.put("xl/media/part" + i + ".xml", "<x/>");
    }
    assertThatThrownBy(() -> StreamingXlsxReader.read(HandWrittenXlsx.zip(parts)))
        .isInstanceOf(FileLimitException.class)
        .hasMessageContaining("tệp nén có hơn 1000 phần (giới hạn 1000)");
  }
}
