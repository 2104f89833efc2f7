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
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.TestWorkspace;
import vn.cdgd.ingest.FormWorkbook;
import vn.cdgd.ingest.Issue;
import vn.cdgd.ingest.Rule;
import vn.cdgd.ingest.XlsCopy;
import vn.cdgd.conf.ReadLimits;

class FeedbackWorkbookWriterTest {

  @TempDir Path folder;

  @Test
  void writesOneWorkbookPerUnitAndYearWithThatUnitsProblemsOnly() throws IOException {
    List<Path> written =
        Problems.listOnly(
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
      XSSFSheet sheet = workbook.getSheet("Hướng dẫn sửa");
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
              "Lỗi",
              "Cách sửa");
      assertThat(column(sheet, header + 1, 8)).containsExactly("Số âm ở B9", "Thay đổi nhiều");
      assertThat(column(sheet, header + 1, 7)).containsExactly("Số âm", "Thay đổi bất thường so với năm trước");
      assertThat(column(sheet, header + 1, 1)).containsOnly("ll.xlsx");
      assertThat(column(sheet, header + 1, 6)).containsExactly("lỗi", "cảnh báo");
      assertThat(texts(sheet.getRow(header + 1)).get(0)).isEqualTo("1");
    }
  }

  @Test
  void titleBlockNamesUnitYearFileOutcomeAndWhatToDo() throws IOException {
    List<Path> written =
        Problems.listOnly(
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
      List<String> lines = titleLines(workbook.getSheet("Hướng dẫn sửa"));
      assertThat(lines.get(0)).isEqualTo("PHẢN HỒI KẾT QUẢ KIỂM TRA BÁO CÁO THỐNG KÊ");
      assertThat(String.join("\n", lines))
          .contains("lỗi", "phải được sửa và gửi lại", "cảnh báo")
          .contains("Trường THCS Lê Lợi")
          .contains("Năm học: 2019-2020")
          .contains("ll.xlsx")
          .contains("Bị từ chối – cần sửa và gửi lại")
          .contains("CÔNG ĐOÀN NGÀNH GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐẮK NÔNG")
          .contains("Hạn gửi lại báo cáo đã sửa: 11/10/2020.")
          .contains("Liên hệ khi cần hỏi: Văn phòng Công đoàn ngành – ĐT 0261 3000 000");
    }
  }

  @Test
  void saysAcceptedWhenTheSubmissionHasOnlyWarnings() throws IOException {
    List<Path> written =
        Problems.listOnly(
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
      assertThat(titleLines(workbook.getSheet("Hướng dẫn sửa"))).contains("Kết quả: Đã tiếp nhận");
    }
  }

  @Test
  void aRejectedFileSinceReplacedByAnAcceptedOneSaysItWasFixedAndWhen() throws IOException {
    vn.cdgd.ingest.Issue negative = new vn.cdgd.ingest.Issue("ll.xlsx", "Số liệu", "B9", "A02", "-3", Rule.NEGATIVE, "Số âm");
    vn.cdgd.ingest.Issue outlier = new vn.cdgd.ingest.Issue("ll sửa.xlsx", "Số liệu", "B9", "A02", "3", Rule.OUTLIER, "Thay đổi nhiều");
    List<Path> written =
        Problems.listOnly(
            List.of(
                new ProblemRow("DNO001", "Trường THCS Lê Lợi", "2019-2020", "ll.xlsx", ProblemRow.REJECTED, negative,
                    "tệp ll sửa.xlsx, tiếp nhận ngày 25/09/2020"),
                new ProblemRow("DNO001", "Trường THCS Lê Lợi", "2019-2020", "ll sửa.xlsx", ProblemRow.ACCEPTED, outlier)),
            folder);

    try (XSSFWorkbook workbook = open(written.get(0))) {
      assertThat(titleLines(workbook.getSheet("Hướng dẫn sửa"))).contains(
          "Kết quả: ll sửa.xlsx: Đã tiếp nhận; ll.xlsx: Bị từ chối, đã sửa: tệp ll sửa.xlsx, tiếp nhận ngày 25/09/2020");
    }
  }

  @Test
  void replacesCharactersWindowsRefusesAndKeepsVietnameseLettersComposed() {
    String decomposed =
        Normalizer.normalize("Trường \"Hoa/Sen\": A*B?<C>|D\\E", Normalizer.Form.NFD);
    List<Path> written =
        Problems.listOnly(
            List.of(problem("DNO:7", decomposed, "2019/2020", "hs.xlsx", "B9", Rule.NEGATIVE, "x")),
            folder);

    assertThat(written.get(0).getFileName().toString())
        .isEqualTo("DNO-7 - Trường -Hoa-Sen-- A-B--C--D-E - 2019-2020.xlsx");
    assertThat(written.get(0)).isRegularFile();
  }

  @Test
  void writesProblemsWithoutUnitToOneWorkbookPerSourceFile() throws IOException {
    List<Path> written =
        Problems.listOnly(
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
      XSSFSheet sheet = workbook.getSheet("Hướng dẫn sửa");
      assertThat(column(sheet, headerRow(sheet) + 1, 1)).containsExactly("huyen-b/hong.xlsx");
    }
  }

  @Test
  void theFeedbackIsACopyOfTheSchoolsWorkbookWithTheWrongCellFilledAndCommented() throws IOException {
    byte[] sent = styled(new FormWorkbook(TestWorkspace.form()).set("A02", 38, -1).bytes(), "A02");
    String cell = cellOf(sent, "A02");
    List<Path> written = FeedbackWorkbookWriter.writePerUnit(
        List.of(negative("gia-nghia/nguyen-du.xlsx", cell), wholeFile("gia-nghia/nguyen-du.xlsx")), folder, Problems.TERMS,
        path -> path.equals("gia-nghia/nguyen-du.xlsx") ? sent : null, ReadLimits.defaults());

    assertThat(written).extracting(path -> path.getFileName().toString())
        .containsExactly("DNO0001 - Công đoàn trường Tiểu học Nguyễn Du - 2019-2020.xlsx");
    try (XSSFWorkbook workbook = open(written.get(0))) {
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Hướng dẫn sửa");
      assertThat(workbook.getActiveSheetIndex()).isZero();
      XSSFSheet guide = workbook.getSheetAt(0);
      int header = headerRow(guide);
      // The cell's problem and the whole file's, which has no cell to mark and is only listed.
      assertThat(column(guide, header + 1, 2)).containsExactly("", "Số liệu");
      assertThat(column(guide, header + 1, 3)).containsExactly("", cell);
      assertThat(column(guide, header + 1, 7)).containsExactly("Không có sheet khen thưởng hoặc cán bộ", "Số âm");
      assertThat(guide.getRow(header + 2).getCell(3).getHyperlink().getAddress()).isEqualTo("'Số liệu'!" + cell);
      assertThat(String.join("\n", titleLines(guide)))
          .contains("Hạn gửi lại báo cáo đã sửa: 11/10/2020.")
          .contains("Liên hệ khi cần hỏi: Văn phòng Công đoàn ngành – ĐT 0261 3000 000")
          .contains("bản sao tệp \"nguyen-du.xlsx\"");

      XSSFSheet figures = workbook.getSheet("Số liệu");
      XSSFCell marked = figures.getRow(new CellAddress(cell).getRow()).getCell(new CellAddress(cell).getColumn());
      assertThat(marked.getNumericCellValue()).isEqualTo(-1);
      assertThat(marked.getCellStyle().getFillForegroundColorColor().getRGB()).isEqualTo(Xlsx.ERROR_FILL);
      assertThat(marked.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
      // The school's own style stays under the fill.
      assertThat(marked.getCellStyle().getFont().getBold()).isTrue();
      assertThat(marked.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      assertThat(marked.getCellComment().getString().getString())
          .isEqualTo("Lỗi: Số âm. Cách sửa: Số nữ đoàn viên không được âm: hãy ghi số nữ thật (0 nếu không có).")
          .doesNotContain("negative");
      assertThat(workbook.getSheet("Khen thưởng")).isNotNull();
      for (Sheet sheet : workbook) {
        assertThat(sheet.getPrintSetup().getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isFalse();
        assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).as(sheet.getSheetName()).isZero();
        assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
      }
    }
  }

  @Test
  void anXlsStaysAnXlsWithTheWrongCellFilledAndCommented() throws IOException {
    byte[] sent = XlsCopy.of(new FormWorkbook(TestWorkspace.form()).set("A02", 38, -1).bytes());
    String cell = cellOf(new FormWorkbook(TestWorkspace.form()).bytes(), "A02");
    List<Path> written = FeedbackWorkbookWriter.writePerUnit(List.of(negative("nguyen-du.xls", cell)), folder,
        Problems.TERMS, path -> sent, ReadLimits.defaults());

    assertThat(written.get(0).getFileName().toString()).endsWith(" - 2019-2020.xls");
    try (HSSFWorkbook workbook = new HSSFWorkbook(Files.newInputStream(written.get(0)))) {
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Hướng dẫn sửa");
      HSSFCell marked = workbook.getSheet("Số liệu").getRow(new CellAddress(cell).getRow())
          .getCell(new CellAddress(cell).getColumn());
      assertThat(marked.getNumericCellValue()).isEqualTo(-1);
      assertThat(marked.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
      short[] rgb = workbook.getCustomPalette().getColor(marked.getCellStyle().getFillForegroundColor()).getTriplet();
      assertThat(rgb[0]).as("a reddish fill").isGreaterThan(rgb[2]);
      assertThat(marked.getCellComment().getString().getString()).startsWith("Lỗi: Số âm. Cách sửa: ");
      assertThat(workbook.getSheetAt(1).getPrintSetup().getFitWidth()).isEqualTo((short) 1);
    }
  }

  @Test
  void aFileThatCannotBeOpenedGetsTheListAloneSayingWhy() throws IOException {
    byte[] sent = new FormWorkbook(TestWorkspace.form()).set("A02", 38, -1).bytes();
    byte[] broken = java.util.Arrays.copyOf(sent, sent.length / 3);
    List<Path> written = FeedbackWorkbookWriter.writePerUnit(List.of(negative("nguyen-du.xlsx", "F9")), folder,
        Problems.TERMS, path -> broken, ReadLimits.defaults());

    try (XSSFWorkbook workbook = open(written.get(0))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
      XSSFSheet guide = workbook.getSheet("Hướng dẫn sửa");
      assertThat(column(guide, headerRow(guide) + 1, 3)).containsExactly("F9");
      assertThat(String.join("\n", titleLines(guide))).contains("không mở được để đánh dấu từng ô")
          .contains("Hạn gửi lại báo cáo đã sửa: 11/10/2020.");
      assertThat(guide.getPrintSetup().getLandscape()).isFalse();
      assertThat(guide.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
    }
  }

  @Test
  void anXlsWhoseStylesAreAtExcelsLimitGetsTheListInsteadOfStoppingTheIngest() throws IOException {
    byte[] full;
    try (HSSFWorkbook workbook = new HSSFWorkbook(new java.io.ByteArrayInputStream(
            XlsCopy.of(new FormWorkbook(TestWorkspace.form()).set("A02", 38, -1).bytes())));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      // As many styles as an .xls may hold (POI refuses the next one).
      try {
        while (true) {
          workbook.createCellStyle();
        }
      } catch (IllegalStateException noMore) {
        assertThat(workbook.getNumCellStyles()).isGreaterThanOrEqualTo(4000);
      }
      workbook.write(out);
      full = out.toByteArray();
    }

    List<Path> written = FeedbackWorkbookWriter.writePerUnit(List.of(negative("nguyen-du.xls", "F9")), folder,
        Problems.TERMS, path -> full, ReadLimits.defaults());

    assertThat(written.get(0).getFileName().toString()).endsWith(".xlsx");
    try (XSSFWorkbook workbook = open(written.get(0))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
      assertThat(column(workbook.getSheet("Hướng dẫn sửa"), headerRow(workbook.getSheet("Hướng dẫn sửa")) + 1, 3))
          .containsExactly("F9");
    }
  }

  @Test
  void anAcceptedReportWithWarningsNeedsNoResending() throws IOException {
    List<Path> written = Problems.listOnly(
        List.of(problem("DNO001", "Trường THCS Lê Lợi", "2019-2020", "ll.xlsx", "B9", Rule.OUTLIER, "Thay đổi nhiều")),
        folder);

    try (XSSFWorkbook workbook = open(written.get(0))) {
      assertThat(titleLines(workbook.getSheet("Hướng dẫn sửa")))
          .contains("Không cần gửi lại báo cáo; hãy xem lại các cảnh báo cho lần báo cáo sau.")
          .noneMatch(line -> line.startsWith("Hạn gửi lại"));
    }
  }

  private static ProblemRow negative(String file, String cell) {
    return new ProblemRow("DNO0001", "Công đoàn trường Tiểu học Nguyễn Du", "2019-2020", file, ProblemRow.REJECTED,
        new Issue(file, "Số liệu", cell, "A02", "-1", Rule.NEGATIVE,
            "Số nữ đoàn viên không được âm: hãy ghi số nữ thật (0 nếu không có)."));
  }

  private static ProblemRow wholeFile(String file) {
    return new ProblemRow("DNO0001", "Công đoàn trường Tiểu học Nguyễn Du", "2019-2020", file, ProblemRow.REJECTED,
        Issue.ofFile(file, Rule.SHEET_ABSENT, "Không có sheet Khen thưởng."));
  }

  /** The women's cell of a field on the form's figures sheet: the row of its code, column F. */
  static String cellOf(byte[] xlsx, String code) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      for (Row row : workbook.getSheet("Số liệu")) {
        if (row.getCell(2) != null && code.equals(row.getCell(2).toString())) {
          return new CellAddress(row.getRowNum(), 5).formatAsString();
        }
      }
    }
    throw new AssertionError("no row for " + code);
  }

  /** The workbook with the field's women cell in bold and formatted "#,##0", as a school may have it. */
  private static byte[] styled(byte[] xlsx, String code) throws IOException {
    CellAddress address = new CellAddress(cellOf(xlsx, code));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      XSSFCellStyle style = workbook.createCellStyle();
      XSSFFont bold = workbook.createFont();
      bold.setBold(true);
      style.setFont(bold);
      style.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
      workbook.getSheet("Số liệu").getRow(address.getRow()).getCell(address.getColumn()).setCellStyle(style);
      workbook.write(out);
      return out.toByteArray();
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
