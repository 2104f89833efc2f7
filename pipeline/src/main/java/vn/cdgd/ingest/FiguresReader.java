package vn.cdgd.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.cdgd.conf.FieldDefinition;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.ingest.values.Parsed;
import vn.cdgd.ingest.values.Texts;
import vn.cdgd.ingest.workbook.Grid;
import vn.cdgd.ingest.workbook.GridCell;
import vn.cdgd.ingest.workbook.TableLayout;

/**
 * Reads the figures table: each field of the form is found by its code in the code column, and its
 * total and women values are read from the columns found by their headers.
 */
final class FiguresReader {
  private final FormDefinition form;
  private final Problems problems;

  FiguresReader(FormDefinition form, Problems problems) {
    this.form = form;
    this.problems = problems;
  }

  List<FigureValue> read(Grid grid, TableLayout layout) {
    int codeColumn = layout.column("code").orElseThrow();
    int totalColumn = layout.column("total").orElseThrow();
    OptionalInt womenColumn = layout.column("women");
    Map<String, Integer> rowOfCode = rowsByCode(grid, layout, codeColumn);
    List<FigureValue> figures = new ArrayList<>();
    for (FieldDefinition field : form.fields()) {
      Integer row = rowOfCode.get(field.code());
      if (row == null) {
        problems.add(
            Rule.FIELD_MISSING, grid.name(), GridCell.columnLetter(codeColumn) + (layout.lastHeaderRow() + 2),
            field.code(), "",
            "Không tìm thấy dòng có mã " + field.code() + " (" + field.label() + ") trong cột Mã (cột "
                + GridCell.columnLetter(codeColumn) + ") của sheet \"" + grid.name()
                + "\". Hãy dùng biểu mẫu mới nhất và không xoá dòng, không sửa mã.");
        continue;
      }
      figures.add(readField(grid, field, row, totalColumn, womenColumn));
    }
    return figures;
  }

  private Map<String, Integer> rowsByCode(Grid grid, TableLayout layout, int codeColumn) {
    Map<String, Integer> known = new LinkedHashMap<>();
    form.fields().forEach(f -> known.put(Texts.key(f.code()), null));
    Map<String, Integer> rows = new LinkedHashMap<>();
    for (int row : grid.filledRowsAfter(layout.lastHeaderRow())) {
      if (!layout.holds(row)) {
        break;
      }
      Optional<GridCell> cell = grid.cell(row, codeColumn);
      if (cell.isEmpty()) {
        continue;
      }
      String code = Texts.clean(cell.get().text()).toUpperCase(Locale.ROOT);
      if (!known.containsKey(Texts.key(code))) {
        continue;
      }
      if (rows.containsKey(code)) {
        problems.add(
            Rule.FIELD_DUPLICATED, grid.name(), cell.get().address(), code, code,
            "Mã " + code + " xuất hiện nhiều lần; chỉ lấy số liệu ở dòng " + (rows.get(code) + 1)
                + ". Hãy xoá dòng thừa.");
        continue;
      }
      rows.put(code, row);
    }
    return rows;
  }

  private FigureValue readField(
      Grid grid, FieldDefinition field, int row, int totalColumn, OptionalInt womenColumn) {
    Optional<GridCell> totalCell = grid.cell(row, totalColumn);
    String totalAddress = GridCell.address(row, totalColumn);
    Long total;
    if (field.type().isNumeric()) {
      total = wholeNumber(grid, field, totalCell, totalAddress, "Tổng số");
    } else {
      total = yesNo(grid, field, totalCell, totalAddress);
    }
    Long women = null;
    String womenAddress = "";
    Optional<GridCell> womenCell = Optional.empty();
    if (field.women() && womenColumn.isPresent()) {
      womenCell = grid.cell(row, womenColumn.getAsInt());
      womenAddress = GridCell.address(row, womenColumn.getAsInt());
      women = wholeNumber(grid, field, womenCell, womenAddress, "Trong đó nữ");
    }
    return new FigureValue(
        field.code(), total, women, CellValues.shown(totalCell), CellValues.shown(womenCell),
        grid.name(), totalAddress, womenAddress);
  }

  private Long wholeNumber(
      Grid grid, FieldDefinition field, Optional<GridCell> cell, String address, String column) {
    Parsed<BigDecimal> parsed = CellValues.number(cell);
    String shown = CellValues.shown(cell);
    String where = field.code() + " (" + field.label() + "), cột " + column;
    if (!parsed.isOk()) {
      problems.add(Rule.NOT_A_NUMBER, grid.name(), address, field.code(), shown,
          where + ": " + parsed.problem());
      return null;
    }
    if (parsed.isBlank()) {
      return null;
    }
    BigDecimal value = parsed.value();
    if (value.signum() < 0) {
      problems.add(Rule.NEGATIVE, grid.name(), address, field.code(), shown,
          where + ": số âm (" + shown + ") không hợp lệ. Hãy nhập số từ 0 trở lên.");
      return null;
    }
    BigDecimal rounded = value.setScale(0, java.math.RoundingMode.HALF_UP);
    if (value.subtract(rounded).abs().compareTo(new BigDecimal("0.000001")) > 0) {
      String unit = field.unit() == null ? "" : " (đơn vị: " + field.unit() + ")";
      problems.add(Rule.NOT_WHOLE, grid.name(), address, field.code(), shown,
          where + ": \"" + shown + "\" không phải số nguyên" + unit
              + ". Hãy nhập số nguyên, không có phần thập phân.");
      return null;
    }
    return rounded.longValueExact();
  }

  private Long yesNo(Grid grid, FieldDefinition field, Optional<GridCell> cell, String address) {
    Parsed<Boolean> parsed = CellValues.yesNo(cell);
    if (!parsed.isOk()) {
      problems.add(Rule.NOT_YES_NO, grid.name(), address, field.code(), CellValues.shown(cell),
          field.code() + " (" + field.label() + "): " + parsed.problem());
      return null;
    }
    return Boolean.TRUE.equals(parsed.value()) ? 1L : 0L;
  }
}
