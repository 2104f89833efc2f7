package vn.cdgd.ingest.workbook;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.cdgd.ingest.values.Texts;

/**
 * Where a table stands on a sheet: its header row and the column of each of its keys, found by the
 * header texts of the form (any alias, ignoring case, diacritics and spacing), so inserted or moved
 * columns and rows still read. A two-row header (a merged "Tổng số" above "Trong đó nữ") is read by
 * also looking one row below the first. The table ends where a second header row of the same kind
 * starts, so a second table on the sheet does not mix its rows in.
 */
public record TableLayout(
    int headerRow, int lastHeaderRow, int endRow, Map<String, Integer> columns) {

  /** Whether a row below the header belongs to this table (a second table's header ends it). */
  public boolean holds(int row) {
    return row > lastHeaderRow && row < endRow;
  }

  public OptionalInt column(String key) {
    Integer column = columns.get(key);
    return column == null ? OptionalInt.empty() : OptionalInt.of(column);
  }

  /**
   * The first row holding a header for every one of {@code requiredKeys}; the other keys of {@code
   * aliases} are taken from that row or the one below when present.
   */
  public static Optional<TableLayout> find(
      Grid grid, Map<String, List<String>> aliases, List<String> requiredKeys) {
    for (int row : grid.filledRows()) {
      Map<String, Integer> found = headersIn(grid, row, aliases);
      if (found.keySet().containsAll(requiredKeys)) {
        int last = row;
        Map<String, Integer> below = headersIn(grid, row + 1, aliases);
        for (Map.Entry<String, Integer> entry : below.entrySet()) {
          if (!found.containsKey(entry.getKey()) && !found.containsValue(entry.getValue())) {
            found.put(entry.getKey(), entry.getValue());
            last = row + 1;
          }
        }
        return Optional.of(
            new TableLayout(row, last, nextHeader(grid, last, aliases, requiredKeys), Map.copyOf(found)));
      }
    }
    return Optional.empty();
  }

  /**
   * The next row below {@code after} that is a header of the same kind: a second table on the same
   * sheet (last year's figures, a summary) starts there, and its rows are not this table's.
   */
  private static int nextHeader(
      Grid grid, int after, Map<String, List<String>> aliases, List<String> requiredKeys) {
    for (int row : grid.filledRowsAfter(after)) {
      if (headersIn(grid, row, aliases).keySet().containsAll(requiredKeys)) {
        return row;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static Map<String, Integer> headersIn(
      Grid grid, int row, Map<String, List<String>> aliases) {
    Map<String, Integer> found = new java.util.LinkedHashMap<>();
    for (GridCell cell : grid.row(row)) {
      if (cell.kind() != CellKind.TEXT) {
        continue;
      }
      String key = Texts.key(cell.text());
      for (Map.Entry<String, List<String>> column : aliases.entrySet()) {
        if (!found.containsKey(column.getKey())
            && column.getValue().stream().anyMatch(alias -> Texts.key(alias).equals(key))) {
          found.put(column.getKey(), cell.column());
          break;
        }
      }
    }
    return found;
  }
}
