package vn.cdgd.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.FieldDefinition;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.reference.Unit;

class TemplateWriterTest {
  private static final Unit UNIT =
      new Unit(
          "DNO0123", "Công đoàn trường Tiểu học Nguyễn Du", "DNO-CJ", "Tiểu học", "Công lập",
          "Cụm thi đua số 2", "Đắk Nông", LocalDate.of(2015, 1, 1), null);
  private static final SchoolYear YEAR = SchoolYear.of("2019-2020");
  private static final DataFormatter FORMATTER = new DataFormatter();

  @TempDir static Path folder;
  static FormDefinition form;
  static XSSFWorkbook workbook;

  @BeforeAll
  static void writeAndReopen() throws Exception {
    form = TestWorkspace.form();
    TemplateWriter writer = new TemplateWriter(form, TemplateInstructions.bundled());
    Path file = writer.write(UNIT, YEAR, folder);
    try (InputStream in = Files.newInputStream(file)) {
      workbook = new XSSFWorkbook(in);
    }
  }

  @Test
  void hasTheFourSheetsOfTheFormInOrder() {
    assertThat(List.of(0, 1, 2, 3)).extracting(workbook::getSheetName)
        .containsExactly("Số liệu", "Khen thưởng", "Cán bộ công đoàn", "Hướng dẫn");
  }

  @Test
  void fillsTheIdentificationBlockNextToItsLabels() {
    XSSFSheet sheet = workbook.getSheet("Số liệu");
    assertThat(valueRightOf(sheet, "Mã đơn vị:")).isEqualTo("DNO0123");
    assertThat(valueRightOf(sheet, "Tên đơn vị:")).isEqualTo("Công đoàn trường Tiểu học Nguyễn Du");
    assertThat(valueRightOf(sheet, "Năm học:")).isEqualTo("2019-2020");
    assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo(form.title());
  }

  @Test
  void writesTheHeaderAndEveryFieldCodeOfTheFormInTheCodeColumn() {
    XSSFSheet sheet = workbook.getSheet("Số liệu");
    Row header = rowContaining(sheet, "Tổng số");
    assertThat(texts(header))
        .containsExactly("STT", "Nội dung", "Mã", "ĐVT", "Tổng số", "Trong đó nữ", "Ghi chú");
    List<String> codes = new ArrayList<>();
    for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
      String code = text(sheet.getRow(r).getCell(2));
      if (!code.isEmpty()) {
        codes.add(code);
      }
    }
    assertThat(codes).containsExactlyElementsOf(form.fields().stream().map(FieldDefinition::code).toList());
  }

  @Test
  void greysOutTheWomenCellOfFieldsWithoutWomen() {
    XSSFSheet sheet = workbook.getSheet("Số liệu");
    Row a04 = rowOfCode(sheet, "A04");
    assertThat(text(a04.getCell(5))).isEqualTo("x");
    assertThat(a04.getCell(5).getCellStyle().getLocked()).isTrue();
    assertThat(rowOfCode(sheet, "A02").getCell(5).getCellStyle().getLocked()).isFalse();
  }

  @Test
  void offersCoKhongOnYesNoTotalsAndChecksWholeNumbersElsewhere() {
    XSSFSheet sheet = workbook.getSheet("Số liệu");
    int d03 = rowOfCode(sheet, "D03").getRowNum();
    int a01 = rowOfCode(sheet, "A01").getRowNum();
    DataValidation yesNo = validationAt(sheet, d03, 4);
    assertThat(yesNo.getValidationConstraint().getExplicitListValues()).containsExactly("Có", "Không");
    DataValidation number = validationAt(sheet, a01, 4);
    assertThat(number.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
    assertThat(number.getErrorBoxText()).contains("số nguyên");
    assertThat(validationAt(sheet, a01, 5)).isNotNull();
  }

  @Test
  void putsDropDownsOnTheAwardAndOfficerColumns() {
    XSSFSheet awards = workbook.getSheet("Khen thưởng");
    Row header = rowContaining(awards, "Hình thức");
    assertThat(texts(header))
        .containsExactly("STT", "Hình thức", "Cấp", "Đối tượng", "Tên tập thể/cá nhân", "Giới tính",
            "Tên danh hiệu", "Số quyết định", "Ngày quyết định");
    int first = header.getRowNum() + 1;
    assertThat(validationAt(awards, first, 1).getValidationConstraint().getExplicitListValues())
        .containsExactly("Bằng khen", "Giấy khen", "Danh hiệu");
    assertThat(validationAt(awards, first + 299, 2).getValidationConstraint().getExplicitListValues())
        .containsExactlyElementsOf(form.list("award_level"));
    assertThat(validationAt(awards, first, 3).getValidationConstraint().getExplicitListValues())
        .containsExactly("Tập thể", "Cá nhân");
    assertThat(validationAt(awards, first, 5).getValidationConstraint().getExplicitListValues())
        .containsExactly("Nam", "Nữ");
    assertThat(validationAt(awards, first, 8).getValidationConstraint().getValidationType())
        .isEqualTo(ValidationType.DATE);
    assertThat(awards.getRow(first).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
    assertThat(awards.getLastRowNum()).isEqualTo(first + 299);

    XSSFSheet officers = workbook.getSheet("Cán bộ công đoàn");
    Row officersHeader = rowContaining(officers, "Họ và tên");
    assertThat(texts(officersHeader))
        .containsExactly("STT", "Họ và tên", "Giới tính", "Năm sinh", "Chức vụ công đoàn",
            "Đã được tập huấn trong nhiệm kỳ", "Ngày tập huấn gần nhất");
    int firstOfficer = officersHeader.getRowNum() + 1;
    assertThat(validationAt(officers, firstOfficer, 4).getValidationConstraint().getExplicitListValues())
        .containsExactlyElementsOf(form.list("officer_role"));
    assertThat(validationAt(officers, firstOfficer, 5).getValidationConstraint().getExplicitListValues())
        .containsExactly("Có", "Không");
    DataValidation birthYear = validationAt(officers, firstOfficer, 3);
    assertThat(birthYear.getValidationConstraint().getFormula1()).isEqualTo("1940");
    assertThat(birthYear.getValidationConstraint().getFormula2()).isEqualTo("2010");
    assertThat(officers.getLastRowNum()).isEqualTo(firstOfficer + 199);
  }

  @Test
  void protectsEverySheetWithoutPasswordLockingLabelsButNotInputs() {
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      XSSFSheet sheet = workbook.getSheetAt(i);
      assertThat(sheet.getProtect()).as(sheet.getSheetName()).isTrue();
      assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
      assertThat(sheet.getCTWorksheet().getSheetProtection().isSetHashValue()).isFalse();
    }
    XSSFSheet figures = workbook.getSheet("Số liệu");
    Row a02 = rowOfCode(figures, "A02");
    assertThat(a02.getCell(1).getCellStyle().getLocked()).isTrue();
    assertThat(a02.getCell(2).getCellStyle().getLocked()).isTrue();
    assertThat(a02.getCell(4).getCellStyle().getLocked()).isFalse();
    assertThat(a02.getCell(6).getCellStyle().getLocked()).isFalse();
    assertThat(rowContaining(figures, "Mã đơn vị:").getCell(2).getCellStyle().getLocked()).isTrue();

    XSSFSheet awards = workbook.getSheet("Khen thưởng");
    assertThat(awards.isInsertRowsLocked()).isFalse();
    assertThat(awards.isSortLocked()).isFalse();
    assertThat(awards.isAutoFilterLocked()).isFalse();
    assertThat(awards.isFormatCellsLocked()).isFalse();
    assertThat(rowContaining(awards, "Hình thức").getCell(1).getCellStyle().getLocked()).isTrue();
    assertThat(awards.getRow(10).getCell(2).getCellStyle().getLocked()).isFalse();
  }

  @Test
  void printsOnA4WithTheHeaderRepeatedAndListsInLandscape() {
    XSSFSheet figures = workbook.getSheet("Số liệu");
    assertThat(figures.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
    assertThat(figures.getRepeatingRows()).isNotNull();
    assertThat(workbook.getSheet("Khen thưởng").getPrintSetup().getLandscape()).isTrue();
    assertThat(workbook.getSheet("Cán bộ công đoàn").getPrintSetup().getLandscape()).isTrue();
  }

  @Test
  void writesTheInstructionsOneParagraphPerRow() {
    XSSFSheet sheet = workbook.getSheet("Hướng dẫn");
    assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo("HƯỚNG DẪN ĐIỀN BIỂU THỐNG KÊ CÔNG ĐOÀN CƠ SỞ");
    String all = String.join("\n", rowTexts(sheet));
    assertThat(all).contains("Có", "Không", "dd/mm/yyyy", ".xlsx", "Trong đó nữ", "dữ liệu cá nhân");
  }

  @Test
  void bundledInstructionsAreTheWorkspaceCopy() throws Exception {
    assertThat(TemplateInstructions.bundled())
        .isEqualTo(TemplateInstructions.paragraphs(
            Files.readString(TestWorkspace.root().resolve("conf/template-instructions.txt"))));
  }

  @Test
  void namesTheFileAfterUnitAndYearWithoutWindowsIllegalCharacters() {
    assertThat(TemplateWriter.fileName(UNIT, YEAR))
        .isEqualTo("DNO0123 - Công đoàn trường Tiểu học Nguyễn Du - 2019-2020.xlsx");
    Unit odd = new Unit("DNO9", "Công đoàn \"A/B\": Tiểu học <1>|2*?\\", "", "", "", "", "", null, null);
    assertThat(TemplateWriter.fileName(odd, YEAR))
        .isEqualTo("DNO9 - Công đoàn _A_B__ Tiểu học _1__2___ - 2019-2020.xlsx");
  }

  static String text(Cell cell) {
    return cell == null ? "" : FORMATTER.formatCellValue(cell).strip();
  }

  static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(text(cell)));
    return texts;
  }

  static List<String> rowTexts(XSSFSheet sheet) {
    List<String> texts = new ArrayList<>();
    sheet.forEach(row -> texts.add(String.join(" ", texts(row))));
    return texts;
  }

  static Row rowContaining(XSSFSheet sheet, String value) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (text(cell).equals(value)) {
          return row;
        }
      }
    }
    throw new AssertionError("no cell " + value + " in " + sheet.getSheetName());
  }

  static Row rowOfCode(XSSFSheet sheet, String code) {
    for (Row row : sheet) {
      if (text(row.getCell(2)).equals(code)) {
        return row;
      }
    }
    throw new AssertionError("no field " + code);
  }

  static String valueRightOf(XSSFSheet sheet, String label) {
    Row row = rowContaining(sheet, label);
    for (Cell cell : row) {
      if (text(cell).equals(label)) {
        for (int c = cell.getColumnIndex() + 1; c <= row.getLastCellNum(); c++) {
          String value = text(row.getCell(c));
          if (!value.isEmpty()) {
            return value;
          }
        }
      }
    }
    return "";
  }

  static DataValidation validationAt(XSSFSheet sheet, int row, int column) {
    for (DataValidation validation : sheet.getDataValidations()) {
      for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
        if (range.isInRange(row, column)) {
          return validation;
        }
      }
    }
    throw new AssertionError("no validation at row " + row + ", column " + column);
  }
}
