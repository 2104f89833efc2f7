package vn.cdgd.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.SheetDefinition;
import vn.cdgd.ingest.values.Parsed;
import vn.cdgd.ingest.workbook.Grid;
import vn.cdgd.ingest.workbook.GridCell;
import vn.cdgd.ingest.workbook.TableLayout;

/**
 * Reads the two row tables of the form, awards and union officers: every row below the header that
 * has something in one of the table's columns (a row with only its STT is blank).
 */
final class RosterReader {
  private final FormDefinition form;
  private final Problems problems;

  RosterReader(FormDefinition form, Problems problems) {
    this.form = form;
    this.problems = problems;
  }

  /** Award rows; a value outside the form's lists, or a missing or bad date, is an error. */
  List<AwardRow> awards(Grid grid, TableLayout layout) {
    List<AwardRow> rows = new ArrayList<>();
    for (int row : dataRows(grid, layout)) {
      Cells cells = new Cells(grid, layout, row, this.form.sheet(FormDefinition.AWARDS));
      String form = listValue(cells, "form", "award_form", Rule.AWARD_LIST);
      String level = listValue(cells, "level", "award_level", Rule.AWARD_LIST);
      String recipient = listValue(cells, "recipient_type", "recipient_type", Rule.AWARD_LIST);
      String gender = listValue(cells, "gender", "gender", Rule.AWARD_LIST);
      Parsed<LocalDate> date = CellValues.date(cells.get("decision_date"));
      if (!date.isOk() || date.isBlank()) {
        String message =
            date.isBlank()
                ? "Thiếu ngày quyết định khen thưởng. Hãy ghi ngày dạng dd/mm/yyyy, ví dụ 06/10/2020."
                : "Ngày quyết định: " + date.problem();
        problems.add(Rule.AWARD_DATE, grid.name(), cells.address("decision_date"), "",
            CellValues.shown(cells.get("decision_date")), message);
      }
      rows.add(
          new AwardRow(
              row + 1, form, level, recipient, CellValues.text(cells.get("recipient_name")), gender,
              CellValues.text(cells.get("title")), CellValues.text(cells.get("decision_number")),
              date.isOk() ? date.value() : null, CellValues.shown(cells.get("decision_date"))));
    }
    return rows;
  }

  /** Officer rows; a bad value is a warning, since the roster only checks B01 and B02. */
  List<OfficerRow> officers(Grid grid, TableLayout layout) {
    List<OfficerRow> rows = new ArrayList<>();
    for (int row : dataRows(grid, layout)) {
      Cells cells = new Cells(grid, layout, row, form.sheet(FormDefinition.OFFICERS));
      String gender = listValue(cells, "gender", "gender", Rule.OFFICER_VALUE);
      String role = listValue(cells, "role", "officer_role", Rule.OFFICER_VALUE);
      Parsed<Boolean> trained = CellValues.yesNo(cells.get("trained"));
      if (!trained.isOk()) {
        problems.add(Rule.OFFICER_VALUE, grid.name(), cells.address("trained"), "",
            CellValues.shown(cells.get("trained")), "Cột đã được tập huấn: " + trained.problem());
      }
      Parsed<java.math.BigDecimal> birthYear = CellValues.number(cells.get("birth_year"));
      Integer year = null;
      if (birthYear.isOk() && !birthYear.isBlank()
          && birthYear.value().intValue() >= 1900 && birthYear.value().intValue() <= 2100) {
        year = birthYear.value().intValue();
      } else if (!birthYear.isBlank()) {
        problems.add(Rule.OFFICER_VALUE, grid.name(), cells.address("birth_year"), "",
            CellValues.shown(cells.get("birth_year")),
            "Năm sinh phải là năm có 4 chữ số, ví dụ 1980.");
      }
      Parsed<LocalDate> lastTraining = CellValues.date(cells.get("last_training_date"));
      if (!lastTraining.isOk()) {
        problems.add(Rule.OFFICER_VALUE, grid.name(), cells.address("last_training_date"), "",
            CellValues.shown(cells.get("last_training_date")),
            "Ngày tập huấn gần nhất: " + lastTraining.problem());
      }
      rows.add(
          new OfficerRow(
              row + 1, CellValues.text(cells.get("full_name")), gender, year, role,
              trained.isOk() ? trained.value() : null,
              lastTraining.isOk() ? lastTraining.value() : null,
              CellValues.shown(cells.get("birth_year")), CellValues.shown(cells.get("trained")),
              CellValues.shown(cells.get("last_training_date"))));
    }
    return rows;
  }

  private String listValue(Cells cells, String column, String list, Rule rule) {
    Parsed<String> parsed = CellValues.listAnswer(cells.get(column), form.list(list));
    if (!parsed.isOk()) {
      String header = cells.header(column);
      problems.add(rule, cells.grid.name(), cells.address(column), "",
          CellValues.shown(cells.get(column)), "Cột " + header + ": " + parsed.problem());
      return null;
    }
    return parsed.value() == null ? "" : parsed.value();
  }

  private static List<Integer> dataRows(Grid grid, TableLayout layout) {
    List<Integer> rows = new ArrayList<>();
    for (int row : grid.filledRowsAfter(layout.lastHeaderRow())) {
      if (!layout.holds(row)) {
        break;
      }
      boolean filled = false;
      for (Map.Entry<String, Integer> column : layout.columns().entrySet()) {
        if (column.getKey().equals("row_number")) {
          continue;
        }
        filled |= grid.cell(row, column.getValue()).map(c -> !c.isBlank()).orElse(false);
      }
      if (filled) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** The cells of one data row, by column key. */
  private final class Cells {
    final Grid grid;
    final TableLayout layout;
    final int row;
    final SheetDefinition sheet;

    Cells(Grid grid, TableLayout layout, int row, SheetDefinition sheet) {
      this.grid = grid;
      this.layout = layout;
      this.row = row;
      this.sheet = sheet;
    }

    Optional<GridCell> get(String key) {
      OptionalInt column = layout.column(key);
      return column.isPresent() ? grid.cell(row, column.getAsInt()) : Optional.empty();
    }

    String address(String key) {
      OptionalInt column = layout.column(key);
      return column.isPresent() ? GridCell.address(row, column.getAsInt()) : "dòng " + (row + 1);
    }

    String header(String key) {
      return "\"" + sheet.header(key) + "\"";
    }
  }
}
