package vn.cdgd.staging.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cdgd.staging.feedback.ProblemReportWriterTest.column;
import static vn.cdgd.staging.feedback.ProblemReportWriterTest.open;
import static vn.cdgd.staging.feedback.ProblemReportWriterTest.texts;
import static vn.cdgd.staging.feedback.Problems.problem;
import static vn.cdgd.staging.feedback.Problems.unreadable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.ingest.Rule;

class FeedbackWorkbookWriterTest {

  @TempDir Path folder;

  @Test
  void writesOneWorkbookPerUnitAndYearWithThatUnitsProblemsOnly() throws IOException {
    List<Path> written =
        FeedbackWorkbookWriter.writePerUnit(
            List.of(
                problem(
                    "DNO002",
                    "Trường Ánh Dương",
                    "2019-2020",
                    "bm.xlsx",
                    "B9",
                    Rule.NEGATIVE,
                    "Số âm ở B9"),
                problem(
                    "DNO001",
                    "Trường THCS Lê Lợi",
                    "2020-2021",
                    "ll-2021.xlsx",
                    "B9",
                    Rule.NEGATIVE,
                    "Số âm năm sau"),
                problem(
                    "DNO001",
                    "Trường THCS Lê Lợi",
                    "2019-2020",
                    "ll.xlsx",
                    "B10",
                    Rule.OUTLIER,
                    "Thay đổi nhiều"),
                problem(
                    "DNO001",
                    "Trường THCS Lê Lợi",
                    "2019-2020",
                    "ll.xlsx",
                    "B9",
                    Rule.NEGATIVE,
                    "Số âm ở B9")),
            folder);

    assertThat(written)
        .extracting(path -> path.getFileName().toString())
        .containsExactly(
            "DNO002 - Trường Ánh Dương - 2019-2020.xlsx",
            "DNO001 - Trường THCS Lê Lợi - 2019-2020.xlsx",
            "DNO001 - Trường THCS Lê Lợi - 2020-2021.xlsx");
    assertThat(written).allMatch(Files::isRegularFile);

    try (XSSFWorkbook workbook = open(written.get(1))) {
      XSSFSheet sheet = workbook.getSheet("Phản hồi");
      int header = headerRow(sheet);
      assertThat(texts(sheet.getRow(header)))
          .containsExactly(
              "STT",
              "Tệp",
              "Sheet",
              "Ô",
              "Mã chỉ tiêu",
              "Giá trị đã nhập",
              "Mức độ",
              "Nội dung cần sửa");
      assertThat(column(sheet, header + 1, 7)).containsExactly("Số âm ở B9", "Thay đổi nhiều");
      assertThat(column(sheet, header + 1, 1)).containsOnly("ll.xlsx");
      assertThat(column(sheet, header + 1, 6)).containsExactly("lỗi", "cảnh báo");
      assertThat(texts(sheet.getRow(header + 1)).get(0)).isEqualTo("1");
    }
  }

  @Test
  void titleBlockNamesUnitYearFileOutcomeAndWhatToDo() throws IOException {
    List<Path> written =
        FeedbackWorkbookWriter.writePerUnit(
            List.of(
                problem(
                    "DNO001",
                    "Trường THCS Lê Lợi",
                    "2019-2020",
                    "ll.xlsx",
                    "B9",
                    Rule.NEGATIVE,
                    "Số âm")),
            folder);

    try (XSSFWorkbook workbook = open(written.get(0))) {
      List<String> lines = titleLines(workbook.getSheet("Phản hồi"));
      assertThat(lines.get(0)).isEqualTo("PHẢN HỒI KẾT QUẢ KIỂM TRA BÁO CÁO THỐNG KÊ");
      assertThat(String.join("\n", lines))
          .contains("lỗi", "phải được sửa và gửi lại", "cảnh báo")
          .contains("Trường THCS Lê Lợi")
          .contains("Năm học: 2019-2020")
          .contains("ll.xlsx")
          .contains("Bị từ chối – cần sửa và gửi lại");
    }
  }

  @Test
  void saysAcceptedWhenTheSubmissionHasOnlyWarnings() throws IOException {
    List<Path> written =
        FeedbackWorkbookWriter.writePerUnit(
            List.of(
                problem(
                    "DNO001",
                    "Trường THCS Lê Lợi",
                    "2019-2020",
                    "ll.xlsx",
                    "B9",
                    Rule.OUTLIER,
                    "Thay đổi nhiều")),
            folder);

    try (XSSFWorkbook workbook = open(written.get(0))) {
      assertThat(titleLines(workbook.getSheet("Phản hồi"))).contains("Kết quả: Đã tiếp nhận");
    }
  }

  @Test
  void aRejectedFileSinceReplacedByAnAcceptedOneSaysItWasFixedAndWhen() throws IOException {
    vn.cdgd.ingest.Issue negative = new vn.cdgd.ingest.Issue("ll.xlsx", "Số liệu", "B9", "A02", "-3", Rule.NEGATIVE, "Số âm");
    vn.cdgd.ingest.Issue outlier = new vn.cdgd.ingest.Issue("ll sửa.xlsx", "Số liệu", "B9", "A02", "3", Rule.OUTLIER, "Thay đổi nhiều");
    List<Path> written =
        FeedbackWorkbookWriter.writePerUnit(
            List.of(
                new ProblemRow("DNO001", "Trường THCS Lê Lợi", "2019-2020", "ll.xlsx", ProblemRow.REJECTED, negative,
                    "tệp ll sửa.xlsx, tiếp nhận ngày 25/09/2020"),
                new ProblemRow("DNO001", "Trường THCS Lê Lợi", "2019-2020", "ll sửa.xlsx", ProblemRow.ACCEPTED, outlier)),
            folder);

    try (XSSFWorkbook workbook = open(written.get(0))) {
      assertThat(titleLines(workbook.getSheet("Phản hồi"))).contains(
          "Kết quả: ll sửa.xlsx: Đã tiếp nhận; ll.xlsx: Bị từ chối, đã sửa: tệp ll sửa.xlsx, tiếp nhận ngày 25/09/2020");
    }
  }

  @Test
  void replacesCharactersWindowsRefusesAndKeepsVietnameseLettersComposed() {
    String decomposed =
        Normalizer.normalize("Trường \"Hoa/Sen\": A*B?<C>|D\\E", Normalizer.Form.NFD);
    List<Path> written =
        FeedbackWorkbookWriter.writePerUnit(
            List.of(problem("DNO:7", decomposed, "2019/2020", "hs.xlsx", "B9", Rule.NEGATIVE, "x")),
            folder);

    assertThat(written.get(0).getFileName().toString())
        .isEqualTo("DNO-7 - Trường -Hoa-Sen-- A-B--C--D-E - 2019-2020.xlsx");
    assertThat(written.get(0)).isRegularFile();
  }

  @Test
  void writesProblemsWithoutUnitToOneWorkbookPerSourceFile() throws IOException {
    List<Path> written =
        FeedbackWorkbookWriter.writePerUnit(
            List.of(
                unreadable("huyen-a/hong.xls"),
                unreadable("huyen-b/hong.xlsx"),
                unreadable("mat-khau.xlsx"),
                problem(
                    "DNO001",
                    "Trường THCS Lê Lợi",
                    "2019-2020",
                    "ll.xlsx",
                    "B9",
                    Rule.NEGATIVE,
                    "x")),
            folder);

    assertThat(written)
        .extracting(path -> path.getFileName().toString())
        .containsExactly(
            "DNO001 - Trường THCS Lê Lợi - 2019-2020.xlsx",
            "Khong-xac-dinh - hong.xlsx",
            "Khong-xac-dinh - hong (2).xlsx",
            "Khong-xac-dinh - mat-khau.xlsx");
    try (XSSFWorkbook workbook = open(written.get(2))) {
      XSSFSheet sheet = workbook.getSheet("Phản hồi");
      assertThat(column(sheet, headerRow(sheet) + 1, 1)).containsExactly("huyen-b/hong.xlsx");
    }
  }

  private static int headerRow(XSSFSheet sheet) {
    for (Row row : sheet) {
      if (row.getCell(0) != null && "STT".equals(row.getCell(0).getStringCellValue())) {
        return row.getRowNum();
      }
    }
    throw new AssertionError("no table header in " + sheet.getSheetName());
  }

  private static List<String> titleLines(XSSFSheet sheet) {
    List<String> lines = new ArrayList<>();
    for (int index = 0; index < headerRow(sheet); index++) {
      Row row = sheet.getRow(index);
      if (row != null) {
        lines.add(row.getCell(0).getStringCellValue());
      }
    }
    return lines;
  }
}
