package vn.cdgd.ingest.odd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Settings;
import vn.cdgd.ingest.ParsedSubmission;
import vn.cdgd.ingest.Rule;
import vn.cdgd.ingest.SubmissionReader;
import vn.cdgd.ingest.TestRegister;
import vn.cdgd.ingest.legacy.Tcvn3;

/** What cannot be found in an edited workbook is an error naming what is missing and where. */
class HandEditedLayoutTest {
  private static final FormDefinition FORM = TestWorkspace.form();
  private static final SubmissionReader READER =
      new SubmissionReader(FORM, TestRegister.register(), Settings.defaults());

  private static ParsedSubmission read(OddForm form) {
    return READER.read("x.xlsx", form.write().bytes(), LocalDateTime.of(2020, 9, 20, 9, 0));
  }

  @Test
  void namesTheMissingHeadersAndEverySheetSearched() {
    ParsedSubmission s = read(new OddForm(FORM).with(f -> f.headerTexts.put("total", "Cộng")));

    assertThat(s.accepted()).isFalse();
    assertThat(s.issues()).singleElement().satisfies(i -> {
      assertThat(i.rule()).isEqualTo(Rule.HEADER_MISSING);
      assertThat(i.message())
          .contains("không tìm thấy dòng tiêu đề có các cột Mã, Tổng số".substring(1))
          .contains("trong các sheet: \"Số liệu\", \"Khen thưởng\", \"Cán bộ công đoàn\"");
    });
  }

  @Test
  void aRenamedSheetWithoutItsHeaderIsAMissingSheet() {
    ParsedSubmission s = read(new OddForm(FORM).with(f -> {
      f.figuresSheet = "Bieu";
      f.headerTexts.put("code", "Ký hiệu");
    }));

    assertThat(s.issues()).singleElement().satisfies(i -> {
      assertThat(i.rule()).isEqualTo(Rule.SHEET_MISSING);
      assertThat(i.message()).contains("\"Bieu\"");
    });
  }

  @Test
  void aDeletedFieldRowNamesTheCodeAndTheColumnSearched() {
    ParsedSubmission s = read(new OddForm(FORM).with(f -> {
      f.figureCells.remove("C02");
      f.expectedFigures.remove("C02");
    }));

    assertThat(s.issues()).singleElement().satisfies(i -> {
      assertThat(i.rule()).isEqualTo(Rule.FIELD_MISSING);
      assertThat(i.message()).contains("mã C02").contains("cột Mã (cột C)").contains("\"Số liệu\"");
    });
  }

  @Test
  void anUnclearCellIsReportedWithBothReadingsAndKeptAsItIs() {
    // Only this name was typed in TCVN3 and then set in a Unicode font: nothing else in the
    // workbook says TCVN3, so the one short word stays a doubt.
    ParsedSubmission s = read(new OddForm(FORM).with(f -> {
      f.officers.get(0)[0] = Tcvn3.encode("Mê Linh");
    }));

    assertThat(s.officers().get(0).fullName()).isEqualTo("Mª Linh");
    assertThat(s.officers().get(1).fullName()).isEqualTo("Trần Văn Đức");
    assertThat(s.issues()).singleElement().satisfies(i -> {
      assertThat(i.rule()).isEqualTo(Rule.ENCODING_UNCERTAIN);
      assertThat(i.level()).isEqualTo(vn.cdgd.ingest.Level.WARNING);
      assertThat(i.sheet()).isEqualTo("Cán bộ công đoàn");
      assertThat(i.cell()).isEqualTo("B3");
      assertThat(i.value()).isEqualTo("Mª Linh");
      assertThat(i.message()).contains("Cán bộ công đoàn!B3").contains("\"Mª Linh\"").contains("\"Mê Linh\"");
    });
  }
}
