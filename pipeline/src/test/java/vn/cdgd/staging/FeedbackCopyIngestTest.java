package vn.cdgd.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.SparkTestBase;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.ingest.FormWorkbook;
import vn.cdgd.ingest.TestRegister;
import vn.cdgd.ingest.XlsCopy;
import vn.cdgd.ingest.workbook.OdsWriter;

/**
 * Ingest of a folder holding wrong reports in every format a school sends, then the feedback
 * workbooks opened as the clerk would: the .xlsx and the .xls come back as copies with the wrong
 * cell marked behind the list of problems, deadline and contact of the demo's conf/; the .ods and
 * the broken file come back as the list alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackCopyIngestTest extends SparkTestBase {
  private static final FormDefinition FORM = TestWorkspace.form();
  private static final LocalDate INGESTED_ON = LocalDate.of(2020, 10, 1);

  @TempDir static Path root;
  private Path feedback;

  @BeforeAll
  void ingest() throws Exception {
    Workspace workspace = TestWorkspace.create(root.resolve("ws"));
    TestRegister.register().write(workspace.unitRegister());
    Path inbox = root.resolve("inbox");
    Files.createDirectories(inbox);
    Files.write(inbox.resolve("nguyen-du.xlsx"), new FormWorkbook(FORM).set("A02", 38, -1).bytes());
    Files.write(inbox.resolve("hoa-sen.xls"), XlsCopy.of(new FormWorkbook(FORM).unit("DNO0002").set("A02", 38, -1).bytes()));
    Files.write(inbox.resolve("son-ca.ods"),
        OdsWriter.fromWorkbook(new FormWorkbook(FORM).unit("DNO0003").year("2018-2019").set("A02", 38, -1).bytes()));
    byte[] good = new FormWorkbook(FORM).bytes();
    Files.write(inbox.resolve("hong.xlsx"), Arrays.copyOf(good, good.length / 3));

    IngestRun.Summary summary =
        IngestRun.run(WorkspaceConfig.load(workspace), inbox, SparkTestBase::spark, ProgressSink.NONE, INGESTED_ON);

    assertThat(summary.rejected()).isEqualTo(4);
    feedback = summary.reportFolder().resolve("phan-hoi");
  }

  @Test
  void theXlsxComesBackAsItsOwnCopyWithTheWrongCellMarkedBehindTheList() throws Exception {
    try (Workbook book = open("DNO0001 - Công đoàn trường Tiểu học Nguyễn Du - 2019-2020.xlsx")) {
      String cell = womenCellOf(book.getSheet("Số liệu"), "A02");
      assertTheListNames(book, cell);
      Cell marked = cell(book.getSheet("Số liệu"), cell);
      assertThat(marked.getNumericCellValue()).isEqualTo(-1);
      assertThat(marked.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
      assertThat(((XSSFCellStyle) marked.getCellStyle()).getFillForegroundColorColor().getARGBHex()).isEqualTo("FFFFC7CE");
      assertThat(marked.getCellComment().getString().getString())
          .startsWith("Lỗi: Số âm. Cách sửa: ")
          .doesNotContain("negative");
      assertPrintsOnA4UprightFittingTheWidth(book);
    }
  }

  @Test
  void theXlsComesBackAsAnXls() throws Exception {
    try (Workbook book = open("DNO0002 - Công đoàn trường Mầm non tư thục Hoa Sen - 2019-2020.xls")) {
      assertThat(book).isInstanceOf(org.apache.poi.hssf.usermodel.HSSFWorkbook.class);
      String cell = womenCellOf(book.getSheet("Số liệu"), "A02");
      assertTheListNames(book, cell);
      Cell marked = cell(book.getSheet("Số liệu"), cell);
      assertThat(marked.getNumericCellValue()).isEqualTo(-1);
      assertThat(marked.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
      assertThat(marked.getCellComment().getString().getString()).startsWith("Lỗi: Số âm. Cách sửa: ");
      assertPrintsOnA4UprightFittingTheWidth(book);
    }
  }

  @Test
  void theOdsAndTheBrokenFileComeBackAsTheListAlone() throws Exception {
    try (Workbook book = open("DNO0003 - Công đoàn trường Mầm non Sơn Ca - 2018-2019.xlsx")) {
      assertThat(book.getNumberOfSheets()).isEqualTo(1);
      assertThat(texts(book.getSheetAt(0))).anyMatch(t -> t.contains("không mở được để đánh dấu từng ô"))
          .contains("Số âm");
      assertPrintsOnA4UprightFittingTheWidth(book);
    }
    try (Workbook book = open("Khong-xac-dinh - hong.xlsx")) {
      assertThat(book.getNumberOfSheets()).isEqualTo(1);
      assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Hướng dẫn sửa");
      assertThat(texts(book.getSheetAt(0))).contains("hong.xlsx", "Tệp không đọc được");
    }
  }

  /** The first sheet lists the problem at its cell, the deadline ten days on and the demo's contact. */
  private static void assertTheListNames(Workbook book, String cell) {
    Sheet guide = book.getSheetAt(0);
    assertThat(guide.getSheetName()).isEqualTo("Hướng dẫn sửa");
    List<String> texts = texts(guide);
    assertThat(texts)
        .contains("Hạn gửi lại báo cáo đã sửa: 11/10/2020.")
        .anyMatch(t -> t.startsWith("Liên hệ khi cần hỏi: Văn phòng Công đoàn ngành Giáo dục tỉnh Đắk Nông – ĐT"));
    Row problem = rowWith(guide, "Số âm");
    assertThat(problem.getCell(2).getStringCellValue()).isEqualTo("Số liệu");
    assertThat(problem.getCell(3).getStringCellValue()).isEqualTo(cell);
    assertThat(problem.getCell(8).getStringCellValue()).isNotBlank();
  }

  private static void assertPrintsOnA4UprightFittingTheWidth(Workbook book) {
    for (Sheet sheet : book) {
      PrintSetup print = sheet.getPrintSetup();
      assertThat(print.getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(print.getLandscape()).as(sheet.getSheetName()).isFalse();
      assertThat(print.getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
      assertThat(print.getFitHeight()).as(sheet.getSheetName()).isZero();
      assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
    }
  }

  private Workbook open(String name) throws Exception {
    Path file = feedback.resolve(name);
    assertThat(file).isRegularFile();
    try (InputStream in = Files.newInputStream(file)) {
      return WorkbookFactory.create(in);
    }
  }

  /** The women's column (F) of the row holding the field's code. */
  private static String womenCellOf(Sheet sheet, String code) {
    return new CellAddress(rowWith(sheet, code).getRowNum(), 5).formatAsString();
  }

  private static Cell cell(Sheet sheet, String address) {
    CellAddress at = new CellAddress(address);
    return sheet.getRow(at.getRow()).getCell(at.getColumn());
  }

  private static Row rowWith(Sheet sheet, String text) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().equals(text)) {
          return row;
        }
      }
    }
    throw new AssertionError("no cell \"" + text + "\" in " + sheet.getSheetName());
  }

  private static List<String> texts(Sheet sheet) {
    List<String> texts = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
          texts.add(cell.getStringCellValue());
        }
      }
    }
    return texts;
  }
}
