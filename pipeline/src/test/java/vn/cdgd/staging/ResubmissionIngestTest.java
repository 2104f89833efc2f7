package vn.cdgd.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.SparkTestBase;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Workspace;
import vn.cdgd.ingest.FormWorkbook;
import vn.cdgd.ingest.TestRegister;

/**
 * A school whose report was rejected sends a corrected one: ingest counts it as fixed, not
 * rejected, and its feedback says which file was accepted and when.
 */
class ResubmissionIngestTest {
  private static final FormDefinition FORM = TestWorkspace.form();

  @TempDir Path root;

  @Test
  void aCorrectedReportTurnsTheUnitFromRejectedToFixed() throws Exception {
    Workspace workspace = TestWorkspace.create(root.resolve("ws"));
    TestRegister.register().write(workspace.unitRegister());
    Path inbox = root.resolve("inbox");
    Files.createDirectories(inbox);
    Files.write(inbox.resolve("hoa-sen.xlsx"), new FormWorkbook(FORM).unit("DNO0002").set("A02", 38, 39).bytes());
    Files.write(inbox.resolve("hoa-sen sửa.xlsx"), new FormWorkbook(FORM).unit("DNO0002").set("A02", 38, 30).bytes());
    Files.write(inbox.resolve("nguyen-du.xlsx"), new FormWorkbook(FORM).set("A02", 20, -1).bytes());
    Files.writeString(inbox.resolve("manifest.csv"), "file,received_at\n"
        + "hoa-sen.xlsx,2020-09-10T08:00:00\nhoa-sen sửa.xlsx,2020-09-25T15:30:00\nnguyen-du.xlsx,2020-09-12T08:00:00\n");

    IngestRun.Summary summary =
        IngestRun.run(vn.cdgd.conf.WorkspaceConfig.load(workspace), inbox, SparkTestBase::spark, ProgressSink.NONE, LocalDate.of(2020, 10, 1));

    assertThat(summary.rejected()).isEqualTo(2);
    assertThat(summary.unitsFixed()).isEqualTo(1);
    assertThat(summary.unitsStillRejected()).isEqualTo(1);
    Path feedback = summary.reportFolder().resolve("phan-hoi");
    Path hoaSen;
    try (var files = Files.list(feedback)) {
      hoaSen = files.filter(f -> f.getFileName().toString().startsWith("DNO0002")).findFirst().orElseThrow();
    }
    try (InputStream in = Files.newInputStream(hoaSen); XSSFWorkbook book = new XSSFWorkbook(in)) {
      StringBuilder title = new StringBuilder();
      for (int row = 0; row < 8; row++) {
        if (book.getSheetAt(0).getRow(row) != null && book.getSheetAt(0).getRow(row).getCell(0) != null) {
          title.append(book.getSheetAt(0).getRow(row).getCell(0).getStringCellValue()).append('\n');
        }
      }
      assertThat(title.toString())
          .contains("Kết quả: Bị từ chối, đã sửa: tệp hoa-sen sửa.xlsx, tiếp nhận ngày 25/09/2020")
          .doesNotContain("cần sửa và gửi lại");
    }
  }
}
