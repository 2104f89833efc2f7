package vn.cdgd.ingest.workbook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cdgd.ingest.legacy.ContextReading;
import vn.cdgd.ingest.legacy.FontEncodings;
import vn.cdgd.ingest.legacy.LegacyEncoding;

/**
 * The second look at a workbook's text, once every cell has been decoded on its own: short cells
 * typed in TCVN3 or VNI whose font was later changed to a Unicode font ("M·" for "Mã", "N÷" for
 * "Nữ") are read as the rest of their sheet is written ({@link ContextReading}), judged only from
 * the cells in Unicode fonts, whose content alone says how they were typed. A sheet whose
 * legacy-looking cells say nothing either way follows the whole workbook. Works on {@link Grid}s,
 * so every reader (.xlsx, .xls, CSV, and any later one) gets the same decision; the cells it does
 * not decode keep their doubt, if they had one.
 */
public final class EncodingContext {
  private EncodingContext() {}

  /** The grids with their ambiguous cells decided by context; the grids given are not changed. */
  public static List<Grid> apply(List<Grid> grids) {
    List<Votes> sheets = new ArrayList<>();
    Votes workbook = new Votes();
    for (Grid grid : grids) {
      Votes votes = votes(grid);
      sheets.add(votes);
      workbook.add(votes);
    }
    List<Grid> decided = new ArrayList<>(grids.size());
    for (int i = 0; i < grids.size(); i++) {
      Votes votes = sheets.get(i).legacyLooking.isEmpty() ? workbook : sheets.get(i);
      Optional<LegacyEncoding> leaning = ContextReading.leaning(votes.legacyLooking);
      decided.add(
          leaning.isPresent() && leaning.get() != LegacyEncoding.UNICODE
              ? decode(grids.get(i), leaning.get(), votes.outnumbersUnicode(leaning.get()))
              : grids.get(i));
    }
    return decided;
  }

  /** What the cells of a sheet (or workbook) say about how its legacy-looking text reads. */
  private static final class Votes {
    final Map<LegacyEncoding, Integer> legacyLooking = new EnumMap<>(LegacyEncoding.class);
    int plainlyUnicode;

    void add(Votes other) {
      other.legacyLooking.forEach((encoding, count) -> legacyLooking.merge(encoding, count, Integer::sum));
      plainlyUnicode += other.plainlyUnicode;
    }

    boolean outnumbersUnicode(LegacyEncoding encoding) {
      int unicode = plainlyUnicode + legacyLooking.getOrDefault(LegacyEncoding.UNICODE, 0);
      return legacyLooking.getOrDefault(encoding, 0) > unicode;
    }
  }

  private static Votes votes(Grid grid) {
    Votes votes = new Votes();
    for (int row : grid.filledRows()) {
      for (GridCell cell : grid.row(row)) {
        // A cell in a .Vn or VNI font was decided by its font and says nothing about cells in a
        // Unicode font beside it: a typist who switches fonts types Unicode in the Unicode ones.
        if (cell.kind() != CellKind.TEXT
            || FontEncodings.ofFont(cell.fontName()) != LegacyEncoding.UNICODE) {
          continue;
        }
        ContextReading.vote(cell.rawText(), cell.encoding(), cell.isUncertain())
            .ifPresent(encoding -> votes.legacyLooking.merge(encoding, 1, Integer::sum));
        if (ContextReading.isPlainlyUnicode(cell.rawText(), cell.encoding())) {
          votes.plainlyUnicode++;
        }
      }
    }
    return votes;
  }

  private static Grid decode(Grid grid, LegacyEncoding leaning, boolean evenWhereBothRead) {
    Grid decided = new Grid(grid.name());
    for (int row : grid.filledRows()) {
      for (GridCell cell : grid.row(row)) {
        decided.put(decodeCell(cell, leaning, evenWhereBothRead));
      }
    }
    return decided;
  }

  private static GridCell decodeCell(GridCell cell, LegacyEncoding leaning, boolean evenWhereBothRead) {
    boolean leftAsItIs =
        cell.kind() == CellKind.TEXT
            && cell.encoding() == LegacyEncoding.UNICODE
            && FontEncodings.ofFont(cell.fontName()) == LegacyEncoding.UNICODE;
    if (!leftAsItIs) {
      return cell;
    }
    return ContextReading.decode(cell.rawText(), leaning, evenWhereBothRead)
        .map(text -> cell.withText(text, leaning))
        .orElse(cell);
  }
}
