package vn.cdgd.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.ingest.Issue;
import vn.cdgd.ingest.Rule;
import vn.cdgd.staging.feedback.ProblemRow;

class ErrorReportInputsTest {
  private static final ProblemRow BROKEN = new ProblemRow("DNO0001", "Nguyễn Du", "2019-2020", "a.xlsx",
      ProblemRow.REJECTED, Issue.ofFile("a.xlsx", Rule.FILE_UNREADABLE, "Tệp hỏng"));
  private static final ProblemRow NO_SHEET = new ProblemRow("DNO0002", "Hoa Sen", "2019-2020", "b.xlsx",
      ProblemRow.REJECTED, Issue.ofFile("b.xlsx", Rule.SHEET_MISSING, "Thiếu sheet"));
  private static final java.time.LocalDate DAY = java.time.LocalDate.of(2020, 10, 6);
  private static final Map<String, String> IDS = Map.of("a.xlsx", "11", "b.xlsx", "22");

  @Test
  void theKeyIsTheSameWhateverOrderStagingGivesTheProblemsIn(@TempDir Path conf) {
    assertThat(ErrorReportInputs.key("f", IDS, List.of(BROKEN, NO_SHEET), List.of(), DAY, conf))
        .isEqualTo(ErrorReportInputs.key("f", IDS, List.of(NO_SHEET, BROKEN), List.of(), DAY, conf));
  }

  @Test
  void anyInputChangesTheKey(@TempDir Path conf) throws Exception {
    Files.writeString(conf.resolve("cdgd.yaml"), "union:\n  root_unit: DNO\n");
    String key = ErrorReportInputs.key("f", IDS, List.of(BROKEN, NO_SHEET), List.of(), DAY, conf);
    assertThat(ErrorReportInputs.key("g", IDS, List.of(BROKEN, NO_SHEET), List.of(), DAY, conf)).isNotEqualTo(key);
    assertThat(ErrorReportInputs.key("f", Map.of("a.xlsx", "11", "b.xlsx", "23"), List.of(BROKEN, NO_SHEET), List.of(), DAY, conf))
        .isNotEqualTo(key);
    assertThat(ErrorReportInputs.key("f", IDS, List.of(BROKEN), List.of(), DAY, conf)).isNotEqualTo(key);
    assertThat(ErrorReportInputs.key("f", IDS, List.of(BROKEN, NO_SHEET), List.of("lịch sử"), DAY, conf))
        .isNotEqualTo(key);
    assertThat(ErrorReportInputs.key("f", IDS, List.of(BROKEN, NO_SHEET), List.of(), DAY.plusDays(1), conf))
        .isNotEqualTo(key);
    Files.writeString(conf.resolve("cdgd.yaml"), "union:\n  root_unit: LDO\n");
    assertThat(ErrorReportInputs.key("f", IDS, List.of(BROKEN, NO_SHEET), List.of(), DAY, conf)).isNotEqualTo(key);
  }

  @Test
  void reportsCountAsUpToDateOnlyWithTheirRecordTheirFilesAndEveryFeedbackFile(@TempDir Path folder) throws Exception {
    List<String> reports = List.of("bao-cao-loi.csv", "bao-cao-loi.xlsx");
    assertThat(ErrorReportInputs.upToDate(folder, "k", reports, "phan-hoi")).isEmpty();
    Files.writeString(folder.resolve("bao-cao-loi.csv"), "x");
    Files.writeString(folder.resolve("bao-cao-loi.xlsx"), "x");
    Files.createDirectories(folder.resolve("phan-hoi"));
    Files.writeString(folder.resolve("phan-hoi/DNO0001.xlsx"), "x");
    ErrorReportInputs.record(folder, "k", 1);
    assertThat(ErrorReportInputs.upToDate(folder, "k", reports, "phan-hoi")).contains(1);
    assertThat(ErrorReportInputs.upToDate(folder, "other", reports, "phan-hoi")).isEmpty();
    Files.delete(folder.resolve("phan-hoi/DNO0001.xlsx"));
    assertThat(ErrorReportInputs.upToDate(folder, "k", reports, "phan-hoi")).isEmpty();
  }

  @Test
  void aFileIsWrittenFromAContentOnlyWhileBothItAndItsNoteAreThere(@TempDir Path folder) throws Exception {
    Path list = folder.resolve("chua-nop-2019-2020.xlsx");
    assertThat(ErrorReportInputs.writtenFrom(list, "danh sách")).isFalse();
    Files.writeString(list, "x");
    ErrorReportInputs.recordWritten(list, "danh sách");
    assertThat(ErrorReportInputs.writtenFrom(list, "danh sách")).isTrue();
    assertThat(ErrorReportInputs.writtenFrom(list, "danh sách khác")).isFalse();
    Files.delete(list);
    assertThat(ErrorReportInputs.writtenFrom(list, "danh sách")).isFalse();
  }
}
