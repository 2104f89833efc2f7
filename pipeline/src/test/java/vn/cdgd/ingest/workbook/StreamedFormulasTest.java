package vn.cdgd.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import vn.cdgd.ingest.legacy.LegacyEncoding;

/**
 * Formulas saved without a result, computed by the streaming reader: each operator, function,
 * reference, error and cycle gives the hand-computed value, and the same cell as POI's user model
 * gives ({@link StreamingXlsxParityTest#compare} asserts both and that nothing was handed over).
 * Formulas outside the subset still go to the user model.
 */
class StreamedFormulasTest {

  private static List<Grid> streamed(byte[] bytes) throws UnreadableFileException {
    assertThat(StreamingXlsxParityTest.compare("formulas", bytes)).isNull();
    return StreamingXlsxReader.read(bytes).grids();
  }

  private static GridCell cell(List<Grid> grids, String address) {
    CellReference ref = new CellReference(address);
    String sheet = ref.getSheetName();
    Grid grid = sheet == null ? grids.get(0)
        : grids.stream().filter(g -> g.name().equals(sheet)).findFirst().orElseThrow();
    return grid.cell(ref.getRow(), ref.getCol()).orElseThrow(() -> new AssertionError("no " + address));
  }

  private static double number(List<Grid> grids, String address) {
    GridCell cell = cell(grids, address);
    assertThat(cell.kind()).as(address).isEqualTo(CellKind.NUMBER);
    return cell.number();
  }

  /** A cell holding a formula and no stored result, as openpyxl and POI write it. */
  private static String f(String address, String formula) {
    return "<c r=\"" + address + "\"><f>" + formula.replace("&", "&amp;").replace("<", "&lt;")
        .replace(">", "&gt;") + "</f></c>";
  }

  private static String n(String address, double value) {
    return "<c r=\"" + address + "\"><v>" + value + "</v></c>";
  }

  private static String text(String address, String value) {
    return "<c r=\"" + address + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
  }

  private static String row(int r, String... cells) {
    return "<row r=\"" + r + "\">" + String.join("", cells) + "</row>";
  }

  private static String sheet(String... rows) {
    return "<sheetData>" + String.join("", rows) + "</sheetData>";
  }

  @Test
  void computesOperatorsWithExcelsPrecedence() throws Exception {
    List<Grid> grids = streamed(new HandWrittenXlsx().sheet("S", sheet(
        row(1, n("A1", 2), f("B1", "A1+A2*2")),
        row(2, n("A2", 3), f("B2", "(A1+A2)*2")),
        row(3, f("B3", "A1^A2")),
        row(4, f("B4", "A2/A1")),
        row(5, f("B5", "-A1+10")),
        row(6, f("B6", "50%*A1")),
        row(7, f("B7", "$A$1*$A2-1")),
        row(8, f("B8", "A4+1")),
        row(9, f("B9", "A2-A1/4")),
        row(10, f("B10", "A1>A2")),
        row(11, f("B11", "1500000*2"))))
        .bytes());
    assertThat(number(grids, "B1")).isEqualTo(8.0);
    assertThat(number(grids, "B2")).isEqualTo(10.0);
    assertThat(number(grids, "B3")).isEqualTo(8.0);
    assertThat(number(grids, "B4")).isEqualTo(1.5);
    assertThat(cell(grids, "B4").text()).isEqualTo("1.5");
    assertThat(number(grids, "B5")).isEqualTo(8.0);
    assertThat(number(grids, "B6")).isEqualTo(1.0);
    assertThat(number(grids, "B7")).isEqualTo(5.0);
    // An empty cell counts as 0.
    assertThat(number(grids, "B8")).isEqualTo(1.0);
    assertThat(number(grids, "B9")).isEqualTo(2.5);
    assertThat(cell(grids, "B10").kind()).isEqualTo(CellKind.BOOLEAN);
    assertThat(cell(grids, "B10").text()).isEqualTo("FALSE");
    assertThat(cell(grids, "B11").text()).isEqualTo("3000000");
    assertThat(cell(grids, "B11").formula()).isEqualTo("1500000*2");
  }

  @Test
  void computesTheFunctionsSchoolsWriteOverRangesWithTextsAndBlanks() throws Exception {
    List<Grid> grids = streamed(new HandWrittenXlsx().sheet("S", sheet(
        row(1, n("A1", 2), f("C1", "SUM(A1:A5)")),
        row(2, n("A2", 3), f("C2", "AVERAGE(A1:A2)")),
        row(3, text("A3", "chữ"), f("C3", "MIN(A1:A5)")),
        row(4, f("C4", "MAX(A1:A5)")),
        row(5, text("A5", "5"), f("C5", "COUNT(A1:A5)")),
        row(6, f("C6", "COUNTA(A1:A5)")),
        row(7, f("C7", "ROUND(A2/A1*7,1)")),
        row(8, f("C8", "IF(A1>A2,\"lớn\",\"nhỏ\")")),
        row(9, f("C9", "A5+1")),
        row(10, f("C10", "SUM(6,7)")),
        row(11, f("C11", "ROUND(8/3,2)"))))
        .bytes());
    // A range's texts are skipped, even "5"; a text that reads as a number counts once typed in.
    assertThat(number(grids, "C1")).isEqualTo(5.0);
    assertThat(number(grids, "C2")).isEqualTo(2.5);
    assertThat(number(grids, "C3")).isEqualTo(2.0);
    assertThat(number(grids, "C4")).isEqualTo(3.0);
    assertThat(number(grids, "C5")).isEqualTo(2.0);
    assertThat(number(grids, "C6")).isEqualTo(4.0);
    assertThat(number(grids, "C7")).isEqualTo(10.5);
    assertThat(cell(grids, "C8").kind()).isEqualTo(CellKind.TEXT);
    assertThat(cell(grids, "C8").text()).isEqualTo("nhỏ");
    assertThat(number(grids, "C9")).isEqualTo(6.0);
    assertThat(number(grids, "C10")).isEqualTo(13.0);
    assertThat(cell(grids, "C11").text()).isEqualTo("2.67");
  }

  @Test
  void followsChainsAcrossSheetsInAnyOrderAndRecomputesCachedFormulasTheyReferTo() throws Exception {
    List<Grid> grids = streamed(new HandWrittenXlsx()
        .sheet("Số liệu", sheet(
            row(1, f("A1", "'Tính toán'!B3*2")),
            row(2, f("A2", "SUM('Tính toán'!$B$1:B3)")),
            row(3, f("A3", "'tính toán'!D1"))))
        .sheet("Tính toán", sheet(
            row(1, n("B1", 1), "<c r=\"C1\"><f>B1*100</f><v>7</v></c>", f("D1", "C1+1")),
            row(2, f("B2", "B3+1")),
            row(3, f("B3", "B1+10"))))
        .bytes());
    assertThat(number(grids, "'Tính toán'!B3")).isEqualTo(11.0);
    assertThat(number(grids, "'Tính toán'!B2")).isEqualTo(12.0);
    assertThat(number(grids, "'Số liệu'!A1")).isEqualTo(22.0);
    assertThat(number(grids, "'Số liệu'!A2")).isEqualTo(24.0);
    // The cell shows its stored 7, but a formula referring to it computes it again, as POI does.
    assertThat(number(grids, "'Tính toán'!C1")).isEqualTo(7.0);
    assertThat(number(grids, "'Tính toán'!D1")).isEqualTo(101.0);
    // Sheet names compare without case, as in XSSFWorkbook.
    assertThat(number(grids, "'Số liệu'!A3")).isEqualTo(101.0);
  }

  @Test
  void errorsAndCyclesGiveErrorCellsNamingTheFormula() throws Exception {
    List<Grid> grids = streamed(new HandWrittenXlsx().sheet("S", sheet(
        row(1, n("A1", 2), f("B1", "A1/0"), "<c r=\"E1\" t=\"e\"><v>#N/A</v></c>"),
        row(2, text("A2", "chữ"), f("B2", "A2+1")),
        row(3, f("B3", "A1/(A1-2)")),
        row(4, f("B4", "E1+1")),
        row(5, f("B5", "SUM(A1,B1)")),
        row(6, f("C6", "D6+1"), f("D6", "C6+1")),
        row(7, f("C7", "C7*2"))))
        .bytes());
    for (String address : List.of("B1", "B2", "B3", "B4", "B5", "C6", "D6", "C7")) {
      GridCell cell = cell(grids, address);
      assertThat(cell.kind()).as(address).isEqualTo(CellKind.ERROR);
      assertThat(cell.text()).as(address).isEqualTo("=" + cell.formula());
      assertThat(cell.formulaProblem()).as(address).isNull();
    }
    assertThat(cell(grids, "C6").formula()).isEqualTo("D6+1");
  }

  @Test
  void typesTheComputedValueByTheCellsStyleAndFont() throws Exception {
    List<Grid> grids = streamed(new HandWrittenXlsx().sheet("S", sheet(
        row(1, "<c r=\"A1\" s=\"2\"><v>43831</v></c>", "<c r=\"B1\" s=\"2\"><f>A1+1</f></c>",
            "<c r=\"C1\"><f>A1+1</f></c>"),
        row(2, "<c r=\"A2\" s=\"1\"><f>IF(1&gt;0,\"Lª\",\"\")</f><v></v></c>"),
        row(3, "<c r=\"A3\"><f>IF(1&gt;0,\"\",\"x\")</f></c>")))
        .bytes());
    assertThat(cell(grids, "B1").dateFormatted()).isTrue();
    assertThat(number(grids, "B1")).isEqualTo(43832.0);
    assertThat(cell(grids, "C1").dateFormatted()).isFalse();
    // A text computed in a .VnTime cell is decoded by its font.
    assertThat(cell(grids, "A2").text()).isEqualTo("Lê");
    assertThat(cell(grids, "A2").encoding()).isEqualTo(LegacyEncoding.TCVN3);
    // An empty text is no cell, as in the user model's grid.
    assertThat(grids.get(0).cell(2, 0)).isEmpty();
  }

  @Test
  void handsFormulasOutsideTheSubsetToTheUserModel() throws Exception {
    for (String formula : List.of("FOOBAR(1)", "INDIRECT(\"A1\")", "SUBTOTAL(9,A1:A2)", "A1:A2 A1",
        "'Không có'!A1+1", "[1]Sheet1!A1", "SUM(Sheet1:S!A1)")) {
      byte[] bytes = new HandWrittenXlsx().sheet("S", sheet(row(1, n("A1", 2), f("B1", formula))))
          .bytes();
      assertThat(StreamingXlsxParityTest.compare(formula, bytes)).as(formula)
          .isNotNull().isNotEqualTo(StreamingXlsxParityTest.UNREADABLE);
    }
  }

  @Test
  void handsOverAnArrayFormulaAndAChainTooDeepToFollowButComputesALongChainInOrder() throws Exception {
    byte[] array = new HandWrittenXlsx().sheet("S", sheet(row(1, n("A1", 2), f("B1", "A1+1"),
        "<c r=\"C1\"><f t=\"array\" ref=\"C1\">SUM(A1*2)</f><v>4</v></c>"))).bytes();
    assertThat(StreamingXlsxParityTest.compare("array", array)).contains("array formula");

    StringBuilder chain = new StringBuilder(row(1, n("A1", 1)));
    for (int r = 2; r <= 20_000; r++) {
      chain.append(row(r, f("A" + r, "A" + (r - 1) + "+1")));
    }
    // Read top down, each link finds the one above already computed: streamed.
    byte[] topDown = new HandWrittenXlsx().sheet("Chuỗi", sheet(chain.toString())).bytes();
    assertThat(number(streamed(topDown), "A20000")).isEqualTo(20_000.0);
    // Asked for from a sheet before it, the whole chain is one recursion: the user model's
    // FormulaResults walks it from its far end.
    byte[] fromAbove = new HandWrittenXlsx()
        .sheet("Tổng", sheet(row(1, f("A1", "'Chuỗi'!A20000"))))
        .sheet("Chuỗi", sheet(chain.toString())).bytes();
    assertThat(StreamingXlsxParityTest.compare("deep", fromAbove)).contains("too deep");
    assertThat(WorkbookGridReader.read(fromAbove).get(0).cell(0, 0).orElseThrow().number())
        .isEqualTo(20_000.0);
  }
}
