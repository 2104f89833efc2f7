package vn.cdgd.ingest.workbook;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The filled cells of one sheet (or of a CSV file), by row and column. */
public final class Grid implements Serializable {
  private final String name;
  private final NavigableMap<Integer, NavigableMap<Integer, GridCell>> rows = new TreeMap<>();

  public Grid(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  public void put(GridCell cell) {
    if (cell.isBlank()) {
      return;
    }
    rows.computeIfAbsent(cell.row(), r -> new TreeMap<>()).put(cell.column(), cell);
  }

  public Optional<GridCell> cell(int row, int column) {
    NavigableMap<Integer, GridCell> cells = rows.get(row);
    return cells == null ? Optional.empty() : Optional.ofNullable(cells.get(column));
  }

  /** The filled cells of a row, left to right. */
  public List<GridCell> row(int row) {
    NavigableMap<Integer, GridCell> cells = rows.get(row);
    return cells == null ? List.of() : List.copyOf(cells.values());
  }

  /** Indexes of the rows that hold at least one filled cell, top to bottom. */
  public Iterable<Integer> filledRows() {
    return Collections.unmodifiableSet(rows.keySet());
  }

  /** Filled rows strictly below {@code row}. */
  public Iterable<Integer> filledRowsAfter(int row) {
    return Collections.unmodifiableSet(rows.tailMap(row, false).keySet());
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
