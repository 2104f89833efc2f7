package vn.cdgd.ingest.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    Headers headers = new Headers(aliases);
    for (int row : grid.filledRows()) {
      Map<String, Integer> found = headers.in(grid, row);
      if (found.keySet().containsAll(requiredKeys)) {
        int last = row;
        Map<String, Integer> below = headers.in(grid, row + 1);
        for (Map.Entry<String, Integer> entry : below.entrySet()) {
          if (!found.containsKey(entry.getKey()) && !found.containsValue(entry.getValue())) {
            found.put(entry.getKey(), entry.getValue());
            last = row + 1;
          }
        }
        return Optional.of(
            new TableLayout(row, last, nextHeader(grid, last, headers, requiredKeys), Map.copyOf(found)));
      }
    }
    return Optional.empty();
  }

  /**
   * The next row below {@code after} that is a header of the same kind: a second table on the same
   * sheet (last year's figures, a summary) starts there, and its rows are not this table's.
   */
  private static int nextHeader(Grid grid, int after, Headers headers, List<String> requiredKeys) {
    for (int row : grid.filledRowsAfter(after)) {
      if (headers.in(grid, row).keySet().containsAll(requiredKeys)) {
        return row;
      }
    }
    return Integer.MAX_VALUE;
  }

  /**
   * The header texts of a table by their {@link Texts#key}: each key gives the table's keys
   * having an alias with that key, in the order of {@code aliases}. Built once per search, so a
   * cell costs one key and one lookup instead of keying every alias of every column (which was
   * a tenth of reading a workbook, the search running over every row of every sheet).
   */
  private static final class Headers {
    private final Map<String, List<String>> keysByAlias = new HashMap<>();

    Headers(Map<String, List<String>> aliases) {
      for (Map.Entry<String, List<String>> column : aliases.entrySet()) {
        for (String alias : column.getValue()) {
          List<String> keys = keysByAlias.computeIfAbsent(Texts.key(alias), k -> new ArrayList<>(1));
          if (!keys.contains(column.getKey())) {
            keys.add(column.getKey());
          }
        }
      }
    }

    /** Each table key a header cell of the row names, by the first column naming it. */
    Map<String, Integer> in(Grid grid, int row) {
      Map<String, Integer> found = new LinkedHashMap<>();
      for (GridCell cell : grid.row(row)) {
        if (cell.kind() != CellKind.TEXT) {
          continue;
        }
        List<String> keys = keysByAlias.get(Texts.key(cell.text()));
        if (keys == null) {
          continue;
        }
        for (String key : keys) {
          if (!found.containsKey(key)) {
            found.put(key, cell.column());
            break;
          }
        }
      }
      return found;
    }
  }
}
