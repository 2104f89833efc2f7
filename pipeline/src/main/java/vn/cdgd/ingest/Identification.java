package vn.cdgd.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cdgd.ingest.values.Texts;
import vn.cdgd.ingest.workbook.CellKind;
import vn.cdgd.ingest.workbook.Grid;
import vn.cdgd.ingest.workbook.GridCell;

/**
 * The unit code, unit name and school year a workbook says it is for, each with the cell it was
 * read from. A value stands in the next filled cell right of its label ("Mã đơn vị:" | DNO0001), or
 * after a colon in the label's own cell ("Năm học: 2019-2020").
 */
record Identification(Found unitCode, Found unitName, Found schoolYear) {

  record Found(String sheet, String cell, String text) {}

  static final String UNIT_CODE = "unit_code";
  static final String UNIT_NAME = "unit_name";
  static final String SCHOOL_YEAR = "school_year";

  /** Searches the given sheets in order, the rows above {@code aboveRow} of the first one. */
  static Identification read(List<Grid> sheets, Map<String, List<String>> labels) {
    return new Identification(
        find(sheets, labels.getOrDefault(UNIT_CODE, List.of())).orElse(null),
        find(sheets, labels.getOrDefault(UNIT_NAME, List.of())).orElse(null),
        find(sheets, labels.getOrDefault(SCHOOL_YEAR, List.of())).orElse(null));
  }

  private static Optional<Found> find(List<Grid> sheets, List<String> aliases) {
    List<String> keys = aliases.stream().map(Texts::key).toList();
    for (Grid grid : sheets) {
      for (int row : grid.filledRows()) {
        List<GridCell> cells = grid.row(row);
        for (int i = 0; i < cells.size(); i++) {
          GridCell cell = cells.get(i);
          if (cell.kind() != CellKind.TEXT) {
            continue;
          }
          String text = Texts.clean(cell.text());
          int colon = text.indexOf(':');
          String label = colon < 0 ? text : text.substring(0, colon);
          if (!keys.contains(Texts.key(label))) {
            continue;
          }
          if (colon >= 0 && !text.substring(colon + 1).isBlank()) {
            return Optional.of(
                new Found(grid.name(), cell.address(), text.substring(colon + 1).strip()));
          }
          if (i + 1 < cells.size()) {
            GridCell value = cells.get(i + 1);
            return Optional.of(new Found(grid.name(), value.address(), Texts.clean(value.text())));
          }
          return Optional.of(new Found(grid.name(), cell.address(), ""));
        }
      }
    }
    return Optional.empty();
  }
}
