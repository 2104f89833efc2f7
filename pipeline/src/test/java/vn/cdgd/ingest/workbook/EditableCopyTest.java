package vn.cdgd.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import vn.cdgd.conf.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import vn.cdgd.TestWorkspace;
import vn.cdgd.ingest.FormWorkbook;

class EditableCopyTest {

  @Test
  void theCopyCarriesNoMacroAndNoLiveLinkToAnotherWorkbook() throws IOException {
    byte[] sent = withMacroAndLink();

    Optional<EditableCopy.Opened> opened = EditableCopy.open(sent, ReadLimits.defaults());

    assertThat(opened).isPresent();
    assertThat(opened.get().format()).isEqualTo(EditableCopy.Format.XLSX);
    byte[] written;
    try (Workbook workbook = opened.get().workbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      // The formula reading the other workbook keeps its last value, as a plain number.
      assertThat(workbook.getSheet("Số liệu").getRow(0).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(workbook.getSheet("Số liệu").getRow(0).getCell(5).getNumericCellValue()).isEqualTo(7);
      assertThat(workbook.getAllNames()).extracting(Name::getNameName).doesNotContain("BenNgoai", "Auto_Open");
      // A formula fetching from the web when recalculated keeps its last text, and no formula.
      assertThat(workbook.getSheet("Số liệu").getRow(0).getCell(6).getCellType()).isEqualTo(CellType.STRING);
      assertThat(workbook.getSheet("Số liệu").getRow(0).getCell(6).getStringCellValue()).isEqualTo("đã tải");
      // A formula within the workbook stays live.
      assertThat(workbook.getSheet("Số liệu").getRow(0).getCell(7).getCellFormula()).isEqualTo("1+2");
      workbook.write(out);
      written = out.toByteArray();
    }
    List<String> parts = partNames(written);
    assertThat(parts).noneMatch(p -> p.contains("vbaProject") || p.contains("externalLink"));
    String types = part(written, "[Content_Types].xml");
    assertThat(types).doesNotContain("macroEnabled").doesNotContain("vbaProject");
    assertThat(part(written, "xl/workbook.xml")).doesNotContain("externalReference");
    try (XSSFWorkbook reopened = new XSSFWorkbook(new ByteArrayInputStream(written))) {
      assertThat(reopened.getWorkbookType()).isEqualTo(XSSFWorkbookType.XLSX);
      assertThat(reopened.getExternalLinksTable()).isEmpty();
    }
  }

  @Test
  void anOdsAnExcel95FileABrokenFileACsvAndAFilePastALimitGiveNoCopy() throws IOException {
    byte[] form = new FormWorkbook(TestWorkspace.form()).bytes();
    assertThat(EditableCopy.open(OdsWriter.fromWorkbook(form), ReadLimits.defaults())).isEmpty();
    assertThat(EditableCopy.open(Biff5Writer.fromWorkbook(form), ReadLimits.defaults())).as("Excel 5.0/95").isEmpty();
    assertThat(EditableCopy.open(java.util.Arrays.copyOf(form, form.length / 3), ReadLimits.defaults())).isEmpty();
    assertThat(EditableCopy.open("STT;Mã\n1;A01\n".getBytes(StandardCharsets.UTF_8), ReadLimits.defaults())).isEmpty();
    ReadLimits fewCells = new ReadLimits(10, 50L << 20, 0.01, 1000, 10_000_000L, java.time.Duration.ofSeconds(60));
    assertThat(EditableCopy.open(form, fewCells)).as("past the cell limit").isEmpty();
  }

  /** A form saved as a macro workbook with a VBA project, a link to another workbook and a name into it. */
  private static byte[] withMacroAndLink() throws IOException {
    byte[] form = new FormWorkbook(TestWorkspace.form()).bytes();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(form));
        XSSFWorkbook other = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue(7);
      workbook.setWorkbookType(XSSFWorkbookType.XLSM);
      workbook.setVBAProject(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}));
      workbook.linkExternalWorkbook("khac.xlsx", other);
      var cell = workbook.getSheet("Số liệu").getRow(0).createCell(5);
      cell.setCellFormula("[khac.xlsx]Sheet1!A1");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
      var web = (org.apache.poi.xssf.usermodel.XSSFCell) workbook.getSheet("Số liệu").getRow(0).createCell(6);
      web.getCTCell().addNewF().setStringValue("_xlfn.WEBSERVICE(\"http://example.invalid/\")");
      web.getCTCell().setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR);
      web.getCTCell().setV("đã tải");
      workbook.getSheet("Số liệu").getRow(0).createCell(7).setCellFormula("1+2");
      Name autoOpen = workbook.createName();
      autoOpen.setNameName("Auto_Open");
      autoOpen.setRefersToFormula("'Số liệu'!$A$1");
      Name name = workbook.createName();
      name.setNameName("BenNgoai");
      name.setRefersToFormula("[khac.xlsx]Sheet1!$A$1");
      workbook.write(out);
      byte[] bytes = out.toByteArray();
      assertThat(partNames(bytes)).anyMatch(p -> p.contains("externalLink")).anyMatch(p -> p.contains("vbaProject"));
      return bytes;
    }
  }

  private static List<String> partNames(byte[] zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        names.add(entry.getName());
      }
    }
    return names;
  }

  private static String part(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        if (entry.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no part " + name);
  }
}
