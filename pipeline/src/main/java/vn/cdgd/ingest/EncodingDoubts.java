package vn.cdgd.ingest;

import vn.cdgd.ingest.workbook.Grid;
import vn.cdgd.ingest.workbook.GridCell;

/**
 * Reports the text cells whose encoding could not be told: their text was kept as it is, and the
 * unit is shown both readings so a person decides. Every sheet is scanned, since a name or a label
 * anywhere can land in staging.
 */
final class EncodingDoubts {
  private EncodingDoubts() {}

  static void report(Iterable<Grid> grids, Problems problems) {
    for (Grid grid : grids) {
      for (int row : grid.filledRows()) {
        for (GridCell cell : grid.row(row)) {
          if (cell.isUncertain()) {
            problems.add(Rule.ENCODING_UNCERTAIN, grid.name(), cell.address(), "", cell.rawText(),
                message(grid.name(), cell));
          }
        }
      }
    }
  }

  static String message(String sheet, GridCell cell) {
    return "Không chắc bảng mã của ô " + sheet + "!" + cell.address() + ": đọc theo Unicode là \""
        + cell.text() + "\", đọc theo bảng mã cũ (TCVN3/VNI) là \"" + cell.otherReading()
        + "\". Đã giữ nguyên \"" + cell.text() + "\". Nếu sai, hãy gõ lại ô này bằng Unicode"
        + " (phông Times New Roman hoặc Arial) hoặc chuyển tệp bằng lệnh cdgd convert rồi gửi lại.";
  }
}
