package vn.cdgd.template;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The data validations of the template, each with a Vietnamese message that says what to type. */
final class Validations {
  private final XSSFSheet sheet;
  private final XSSFDataValidationHelper helper;

  Validations(XSSFSheet sheet) {
    this.sheet = sheet;
    this.helper = new XSSFDataValidationHelper(sheet);
  }

  void list(CellRangeAddressList cells, List<String> values) {
    DataValidationConstraint constraint =
        helper.createExplicitListConstraint(values.toArray(String[]::new));
    add(
        cells,
        constraint,
        "Giá trị không có trong danh sách",
        "Hãy chọn một trong các giá trị: " + String.join(", ", values) + ".");
  }

  void wholeNumberAtLeastZero(CellRangeAddressList cells) {
    DataValidationConstraint constraint =
        helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
    add(
        cells,
        constraint,
        "Số không hợp lệ",
        "Hãy nhập số nguyên không âm (0, 1, 2, …), không có phần thập phân, không kèm chữ.");
  }

  void wholeNumberBetween(CellRangeAddressList cells, int low, int high) {
    DataValidationConstraint constraint =
        helper.createIntegerConstraint(
            OperatorType.BETWEEN, Integer.toString(low), Integer.toString(high));
    add(
        cells,
        constraint,
        "Số không hợp lệ",
        "Hãy nhập số nguyên từ " + low + " đến " + high + ".");
  }

  void dateBetween(CellRangeAddressList cells, LocalDate from, LocalDate to) {
    DataValidationConstraint constraint =
        helper.createDateConstraint(OperatorType.BETWEEN, excel(from), excel(to), "dd/mm/yyyy");
    add(
        cells,
        constraint,
        "Ngày không hợp lệ",
        "Hãy nhập ngày dạng dd/mm/yyyy (ví dụ 06/10/2020), từ "
            + Dates.text(from)
            + " đến "
            + Dates.text(to)
            + ".");
  }

  private static String excel(LocalDate date) {
    return "DATE(" + date.getYear() + "," + date.getMonthValue() + "," + date.getDayOfMonth() + ")";
  }

  private void add(
      CellRangeAddressList cells, DataValidationConstraint constraint, String title, String text) {
    DataValidation validation = helper.createValidation(constraint, cells);
    validation.setShowErrorBox(true);
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.createErrorBox(title, text);
    validation.setShowPromptBox(false);
    validation.setEmptyCellAllowed(true);
    if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
      validation.setSuppressDropDownArrow(true);
    }
    sheet.addValidationData(validation);
  }
}
