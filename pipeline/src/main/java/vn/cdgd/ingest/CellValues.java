package vn.cdgd.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import vn.cdgd.ingest.values.Dates;
import vn.cdgd.ingest.values.Numbers;
import vn.cdgd.ingest.values.Parsed;
import vn.cdgd.ingest.values.Texts;
import vn.cdgd.ingest.values.YesNo;
import vn.cdgd.ingest.workbook.CellKind;
import vn.cdgd.ingest.workbook.GridCell;

/**
 * Reads a typed value out of a grid cell whatever the cell's kind: a number typed as text, a date
 * stored as an Excel serial, "Có" or an "x". Each result keeps the problem in Vietnamese when the
 * cell cannot be read as asked.
 */
final class CellValues {
  private CellValues() {}

  /** What a person sees in the cell, for the error report's "value as written". */
  static String shown(Optional<GridCell> cell) {
    return cell.map(c -> c.formula() != null ? "=" + c.formula() + " → " + c.text() : c.text())
        .orElse("");
  }

  static Parsed<BigDecimal> number(Optional<GridCell> cell) {
    if (cell.isEmpty()) {
      return Parsed.blank();
    }
    GridCell c = cell.get();
    return switch (c.kind()) {
      case NUMBER -> Parsed.ok(BigDecimal.valueOf(c.number()));
      case TEXT -> Numbers.parse(c.text());
      case BOOLEAN -> Parsed.fail("Ô chứa giá trị đúng/sai, không phải số. Hãy nhập một số.");
      case ERROR ->
          Parsed.fail(
              "Công thức " + c.text() + " báo lỗi nên không có số. Hãy sửa công thức hoặc nhập số.");
    };
  }

  static Parsed<Boolean> yesNo(Optional<GridCell> cell) {
    if (cell.isEmpty()) {
      return YesNo.parse("");
    }
    GridCell c = cell.get();
    return switch (c.kind()) {
      case NUMBER -> YesNo.fromNumber(c.number());
      case BOOLEAN -> Parsed.ok("TRUE".equals(c.text()));
      case TEXT -> YesNo.parse(c.text());
      case ERROR -> Parsed.fail("Công thức " + c.text() + " báo lỗi. Hãy ghi Có hoặc Không.");
    };
  }

  static Parsed<LocalDate> date(Optional<GridCell> cell) {
    if (cell.isEmpty()) {
      return Parsed.blank();
    }
    GridCell c = cell.get();
    if (c.kind() == CellKind.NUMBER) {
      return Dates.fromExcelSerial(c.number());
    }
    if (c.kind() == CellKind.TEXT) {
      return Dates.parse(c.text());
    }
    return Parsed.fail("Ô không chứa ngày. Hãy ghi ngày dạng dd/mm/yyyy, ví dụ 06/10/2020.");
  }

  static String text(Optional<GridCell> cell) {
    return cell.map(c -> Texts.clean(c.text())).orElse("");
  }
}
