package vn.cdgd.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Settings;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.template.TemplateLayout;
import vn.cdgd.template.TemplateWriter;

/** A blank form from the template writer, filled in as a person would, goes through ingest. */
class TemplateRoundTripTest {
  private static final FormDefinition FORM = TestWorkspace.form();
  private final TemplateWriter writer = new TemplateWriter(FORM, List.of("Hướng dẫn"));
  private final SubmissionReader reader = new SubmissionReader(FORM, TestRegister.register(), Settings.defaults());

  private byte[] filled(Map<String, Object[]> figures) throws Exception {
    var unit = TestRegister.register().rows().get(2);
    try (XSSFWorkbook workbook = writer.build(unit, SchoolYear.of("2019-2020"));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      TemplateLayout layout = writer.layout();
      Sheet sheet = workbook.getSheetAt(0);
      for (var entry : figures.entrySet()) {
        Row row = sheet.getRow(layout.fieldRows().get(entry.getKey()));
        put(row, layout.figuresColumns().get("total"), entry.getValue()[0]);
        put(row, layout.figuresColumns().get("women"), entry.getValue()[1]);
      }
      Sheet awards = workbook.getSheet("Khen thưởng");
      Row award = awards.getRow(layout.firstAwardRow()) == null ? awards.createRow(layout.firstAwardRow()) : awards.getRow(layout.firstAwardRow());
      put(award, layout.awardsColumns().get("form"), "Giấy khen");
      put(award, layout.awardsColumns().get("level"), "Công đoàn ngành");
      put(award, layout.awardsColumns().get("recipient_type"), "Tập thể");
      put(award, layout.awardsColumns().get("recipient_name"), "Tổ Toán – Tin");
      put(award, layout.awardsColumns().get("decision_date"), "06/10/2020");
      Sheet officers = workbook.getSheet("Cán bộ công đoàn");
      for (int i = 0; i < 3; i++) {
        int r = layout.firstOfficerRow() + i;
        Row row = officers.getRow(r) == null ? officers.createRow(r) : officers.getRow(r);
        put(row, layout.officersColumns().get("full_name"), "Phạm Thị Hương " + i);
        put(row, layout.officersColumns().get("gender"), "Nữ");
        put(row, layout.officersColumns().get("birth_year"), 1985);
        put(row, layout.officersColumns().get("role"), i == 0 ? "Chủ tịch" : "Tổ trưởng");
        put(row, layout.officersColumns().get("trained"), i < 2 ? "Có" : "Không");
        put(row, layout.officersColumns().get("last_training_date"), i < 2 ? LocalDate.of(2020, 3, 2) : null);
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static void put(Row row, Integer column, Object value) {
    if (value == null || column == null) {
      return;
    }
    Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
    if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (value instanceof LocalDate d) {
      cell.setCellValue(d);
    } else {
      cell.setCellValue(value.toString());
    }
  }

  private static Map<String, Object[]> figures() {
    return new java.util.LinkedHashMap<>(Map.of(
        "A01", new Object[] {30, 25}, "A02", new Object[] {28, 23}, "B01", new Object[] {3, 3},
        "B02", new Object[] {2, 2}, "C01", new Object[] {"15", null}, "D03", new Object[] {"Có", null},
        "E01", new Object[] {"Có", null}));
  }

  @Test
  void aFilledTemplateIsAccepted() throws Exception {
    ParsedSubmission s = reader.read("mau.xlsx", filled(figures()), LocalDateTime.of(2020, 9, 1, 8, 0));

    assertThat(s.issues()).isEmpty();
    assertThat(s.unitCode()).isEqualTo("DNO0001");
    assertThat(s.schoolYear()).isEqualTo("2019-2020");
    assertThat(s.figures()).filteredOn(f -> f.fieldCode().equals("A02")).singleElement()
        .satisfies(f -> assertThat(f.total()).isEqualTo(28L));
    assertThat(s.awards()).singleElement().satisfies(a -> assertThat(a.recipientName()).isEqualTo("Tổ Toán – Tin"));
    assertThat(s.officers()).hasSize(3);
  }

  @Test
  void aTemplateWithABrokenRuleIsRejectedNamingItsCell() throws Exception {
    Map<String, Object[]> figures = figures();
    figures.put("B02", new Object[] {4, 2});
    ParsedSubmission s = reader.read("mau.xlsx", filled(figures), LocalDateTime.of(2020, 9, 1, 8, 0));

    TemplateLayout layout = writer.layout();
    String expectedCell =
        org.apache.poi.ss.util.CellReference.convertNumToColString(layout.figuresColumns().get("total"))
            + (layout.fieldRows().get("B02") + 1);
    assertThat(s.accepted()).isFalse();
    assertThat(s.issues()).filteredOn(i -> i.rule() == Rule.COMPARISON).singleElement()
        .satisfies(i -> assertThat(i.cell()).isEqualTo(expectedCell));
  }
}
