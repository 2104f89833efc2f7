package vn.cdgd.ingest.workbook;

import java.util.List;
import java.util.Optional;
import vn.cdgd.conf.SheetDefinition;
import vn.cdgd.ingest.values.Texts;

/**
 * Finds a sheet of the form in a workbook: by its name first (ignoring case, diacritics and
 * spacing), else by its content (the first sheet whose header row holds the table's key columns),
 * so a renamed or reordered sheet is still found.
 */
public final class SheetLocator {
  private SheetLocator() {}

  public record Located(Grid grid, TableLayout layout) {}

  public static Optional<Located> locate(
      List<Grid> grids, SheetDefinition sheet, List<String> requiredColumns) {
    String wanted = Texts.key(sheet.name());
    for (Grid grid : grids) {
      if (Texts.key(grid.name()).equals(wanted)) {
        Optional<TableLayout> layout = TableLayout.find(grid, sheet.columns(), requiredColumns);
        if (layout.isPresent()) {
          return Optional.of(new Located(grid, layout.get()));
        }
      }
    }
    for (Grid grid : grids) {
      Optional<TableLayout> layout = TableLayout.find(grid, sheet.columns(), requiredColumns);
      if (layout.isPresent()) {
        return Optional.of(new Located(grid, layout.get()));
      }
    }
    return Optional.empty();
  }

  /** The sheet with this name, whether or not it holds the table (for error messages). */
  public static Optional<Grid> byName(List<Grid> grids, String name) {
    String wanted = Texts.key(name);
    return grids.stream().filter(g -> Texts.key(g.name()).equals(wanted)).findFirst();
  }
}
