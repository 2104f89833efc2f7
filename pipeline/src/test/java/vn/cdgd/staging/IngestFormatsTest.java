package vn.cdgd.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.Duck;
import vn.cdgd.SparkTestBase;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.ingest.FormWorkbook;
import vn.cdgd.ingest.TestRegister;
import vn.cdgd.ingest.odd.OddCorpus;
import vn.cdgd.ingest.workbook.Biff5Writer;
import vn.cdgd.ingest.workbook.OdsWriter;

/**
 * Ingest end to end on a folder of the formats schools send and of files past a limit: the .ods
 * and the Excel 95 workbook are staged, the zip bomb and the oversized workbook are rejected with
 * their reasons and kept in the rejected area, and the batch completes. The cell limit is lowered
 * in the workspace's conf/cdgd.yaml, which also shows the setting reaching Spark's tasks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestFormatsTest extends SparkTestBase {
  private static final FormDefinition FORM = TestWorkspace.form();

  @TempDir static Path root;
  private Workspace workspace;
  private Path inbox;
  private IngestRun.Summary summary;

  @BeforeAll
  void ingest() throws Exception {
    workspace = TestWorkspace.create(root.resolve("ws"));
    TestRegister.register().write(workspace.unitRegister());
    Path conf = workspace.conf().resolve("cdgd.yaml");
    Files.writeString(conf, Files.readString(conf).replace("max_cells_per_sheet: 200000", "max_cells_per_sheet: 5000"));
    inbox = root.resolve("inbox");
    write("2019-2020/hoa-sen.ods", OdsWriter.fromWorkbook(new FormWorkbook(FORM).unit("DNO0002").bytes()));
    byte[] tcvn3 = OddCorpus.all(FORM).stream().filter(c -> c.file().equals("tcvn3_vntime.xlsx"))
        .findFirst().orElseThrow().bytes();
    write("2019-2020/nguyen-du excel95.xls", Biff5Writer.fromWorkbook(tcvn3));
    write("2019-2020/bom.xlsx", withPart(new FormWorkbook(FORM).unit("DNO0003").bytes(), "xl/media/image1.png", new byte[4 << 20]));
    write("2019-2020/lon.xlsx", rows(3_000));

    summary = IngestRun.run(WorkspaceConfig.load(workspace), inbox, SparkTestBase::spark, ProgressSink.NONE);
  }

  @Test
  void stagesTheOdsAndTheExcel95WorkbookAndRejectsTheFilesPastALimit() {
    assertThat(summary.filesRead()).isEqualTo(4);
    assertThat(summary.accepted() + summary.acceptedWithWarnings()).isEqualTo(2);
    assertThat(summary.rejected()).isEqualTo(2);
    List<List<String>> staged = Duck.query(
        "select file, unit_code, status from '" + table("stg_submission") + "' order by file");
    assertThat(staged).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2).startsWith("accepted"))
        .containsExactly(
            "2019-2020/bom.xlsx  false",
            "2019-2020/hoa-sen.ods DNO0002 true",
            "2019-2020/lon.xlsx  false",
            "2019-2020/nguyen-du excel95.xls DNO0001 true");
    assertThat(Duck.single("select count(*) from '" + table("stg_figure") + "'"))
        .isEqualTo(String.valueOf(2 * FORM.fields().size()));
  }

  @Test
  void keepsTheRefusedFilesWithTheLimitTheyPassed() throws Exception {
    Path bomb = workspace.rejected().resolve("2019-2020/bom.xlsx");
    assertThat(bomb).exists().hasSameBinaryContentAs(inbox.resolve("2019-2020/bom.xlsx"));
    assertThat(Files.readString(bomb.resolveSibling("bom.xlsx.loi.txt"))).contains("bom zip");
    Path large = workspace.rejected().resolve("2019-2020/lon.xlsx");
    assertThat(large).exists();
    assertThat(Files.readString(large.resolveSibling("lon.xlsx.loi.txt")))
        .contains("Tệp quá lớn: sheet \"Số liệu\" có hơn 5.000 ô (giới hạn 5.000 ô một sheet)")
        .doesNotContain("hỏng");
  }

  private String table(String name) {
    return workspace.staging().resolve("current").resolve(name) + "/*/*.parquet";
  }

  private void write(String relative, byte[] bytes) throws Exception {
    Path file = inbox.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private static byte[] rows(int count) throws Exception {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Số liệu");
      for (int r = 0; r < count; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(r);
        row.createCell(1).setCellValue("dòng " + r);
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] withPart(byte[] xlsx, String name, byte[] content) throws Exception {
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(in.readAllBytes());
        out.closeEntry();
      }
      out.putNextEntry(new ZipEntry(name));
      out.write(content);
      out.closeEntry();
      out.finish();
      return bytes.toByteArray();
    }
  }
}
