package vn.cdgd.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
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
    // The error report follows each rejected unit to the end: fixed with the accepted file and its date, or open.
    try (InputStream in = Files.newInputStream(summary.reportFolder().resolve("bao-cao-loi.xlsx"));
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      List<List<String>> history = new ArrayList<>();
      for (Row row : book.getSheet("Lịch sử nộp")) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        history.add(cells);
      }
      assertThat(history).containsExactly(
          List.of("Năm học", "Mã đơn vị", "Tên đơn vị", "Tệp", "Ngày nhận", "Kết quả của tệp", "Tình trạng của đơn vị"),
          List.of("2019-2020", "DNO0002", "Công đoàn trường Mầm non tư thục Hoa Sen", "hoa-sen.xlsx", "10/09/2020",
              "Bị từ chối", "Đã sửa: tệp hoa-sen sửa.xlsx, tiếp nhận ngày 25/09/2020"),
          List.of("2019-2020", "DNO0002", "Công đoàn trường Mầm non tư thục Hoa Sen", "hoa-sen sửa.xlsx", "25/09/2020",
              "Đã tiếp nhận", "Đã sửa: tệp hoa-sen sửa.xlsx, tiếp nhận ngày 25/09/2020"),
          List.of("2019-2020", "DNO0001", "Công đoàn trường Tiểu học Nguyễn Du", "nguyen-du.xlsx", "12/09/2020",
              "Bị từ chối", "Chưa sửa – cần gửi lại"));
      List<String> summaryLines = new ArrayList<>();
      book.getSheet("Tóm tắt").forEach(row -> summaryLines.add(row.getCell(0).getStringCellValue()
          + (row.getCell(1) == null ? "" : " = " + row.getCell(1).toString())));
      assertThat(summaryLines).contains("Số đơn vị bị từ chối đã gửi lại bản đạt (đã sửa) = 1.0",
          "Số đơn vị còn phải gửi lại báo cáo = 1.0");
    }
  }
}
