package vn.cdgd.ingest.workbook;

import java.util.ArrayList;
import java.util.List;

/** Every cell of some grids as one line each, sheet first, so two readings compare line by line. */
final class GridDump {
  private GridDump() {}

  static List<String> of(List<Grid> grids) {
    List<String> lines = new ArrayList<>();
    for (Grid grid : grids) {
      lines.add("sheet " + grid.name());
      for (int row : grid.filledRows()) {
        for (GridCell cell : grid.row(row)) {
          lines.add(grid.name() + "!" + cell.address() + " " + cell);
        }
      }
    }
    return lines;
  }
}
