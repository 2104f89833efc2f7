package vn.cdgd.ingest.odd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Settings;
import vn.cdgd.ingest.FigureValue;
import vn.cdgd.ingest.ParsedSubmission;
import vn.cdgd.ingest.Rule;
import vn.cdgd.ingest.SubmissionReader;
import vn.cdgd.ingest.TestRegister;

/**
 * A formula whose file holds no usable result and that cannot be computed here is an error that
 * names the sheet, the cell and the formula: never 0, never silent.
 */
class FormulaWithoutResultTest {
  private static final FormDefinition FORM = TestWorkspace.form();
  private static final SubmissionReader READER =
      new SubmissionReader(FORM, TestRegister.register(), Settings.defaults());

  @Test
  void aFormulaThatCannotBeComputedIsAnErrorNamingItsCellAndFormula() {
    OddForm form = new OddForm(FORM);
    form.typed("F02", new Sheets.Formula("FOOBAR(6000000)"), null, null, null);
    byte[] bytes = new RawCells().cache("FOOBAR(6000000)", null, "<v></v>").applyTo(form.write().bytes());

    ParsedSubmission s = READER.read("x.xlsx", bytes, LocalDateTime.of(2020, 9, 20, 9, 0));

    assertThat(s.figures()).filteredOn(f -> f.fieldCode().equals("F02"))
        .extracting(FigureValue::total).containsExactly((Long) null);
    assertThat(s.issues()).singleElement().satisfies(i -> {
      assertThat(i.rule()).isEqualTo(Rule.NOT_A_NUMBER);
      assertThat(i.sheet()).isEqualTo("Số liệu");
      assertThat(i.cell()).isEqualTo(form.totalCells.get("F02"));
      assertThat(i.message())
          .contains("Ô Số liệu!" + form.totalCells.get("F02") + " có công thức =FOOBAR(6000000)"
              + " không tính được: cdgd chưa tính được hàm FOOBAR")
          .contains("Excel hoặc LibreOffice");
    });
  }
}
