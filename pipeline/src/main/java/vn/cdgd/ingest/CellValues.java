package vn.cdgd.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.cdgd.ingest.legacy.ContextReading;
import vn.cdgd.ingest.legacy.FontEncodings;
import vn.cdgd.ingest.legacy.LegacyEncoding;
import vn.cdgd.ingest.values.Dates;
import vn.cdgd.ingest.values.Lists;
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
              c.formulaProblem() != null
                  ? c.formulaProblem()
                  : "Công thức " + c.text() + " báo lỗi nên không có số. Hãy sửa công thức hoặc"
                      + " nhập số.");
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
      case TEXT -> underAnyReading(c, YesNo::parse);
      case ERROR ->
          Parsed.fail(
              c.formulaProblem() != null
                  ? c.formulaProblem()
                  : "Công thức " + c.text() + " báo lỗi. Hãy ghi Có hoặc Không.");
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
    if (c.formulaProblem() != null) {
      return Parsed.fail(c.formulaProblem());
    }
    return Parsed.fail("Ô không chứa ngày. Hãy ghi ngày dạng dd/mm/yyyy, ví dụ 06/10/2020.");
  }

  /**
   * A list answer (form, level, gender, role…) read as it is, else under a legacy reading of its
   * stored characters: "Cã" left as it is (it is a word in Unicode too) is TCVN3 for "Có", and a
   * closed list settles what the cell alone could not. The problem, if none matches, is about the
   * text as it is.
   */
  static Parsed<String> listAnswer(Optional<GridCell> cell, List<String> allowed) {
    if (cell.isEmpty()) {
      return Lists.match("", allowed);
    }
    return underAnyReading(cell.get(), text -> Lists.match(Texts.clean(text), allowed));
  }

  private static <T> Parsed<T> underAnyReading(GridCell cell, Function<String, Parsed<T>> parse) {
    Parsed<T> asIs = parse.apply(cell.text());
    if (asIs.isOk() || cell.encoding() != LegacyEncoding.UNICODE
        || FontEncodings.ofFont(cell.fontName()) != LegacyEncoding.UNICODE) {
      return asIs;
    }
    for (String reading : ContextReading.legacyReadings(cell.rawText())) {
      Parsed<T> parsed = parse.apply(reading);
      if (parsed.isOk() && !parsed.isBlank()) {
        return parsed;
      }
    }
    return asIs;
  }

  static String text(Optional<GridCell> cell) {
    return cell.map(c -> Texts.clean(c.text())).orElse("");
  }
}
