package vn.cdgd.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Settings;
import vn.cdgd.ingest.Issue;
import vn.cdgd.ingest.ParsedSubmission;
import vn.cdgd.ingest.Rule;
import vn.cdgd.ingest.SubmissionReader;
import vn.cdgd.ingest.TestRegister;
import vn.cdgd.ingest.legacy.LegacyEncoding;
import vn.cdgd.ingest.odd.OddCorpus;
import vn.cdgd.conf.ReadLimits;

class Excel95GridReaderTest {
  private static final FormDefinition FORM = TestWorkspace.form();
  private static final LocalDateTime RECEIVED = LocalDateTime.of(2020, 9, 20, 9, 0);
  private static final SubmissionReader READER =
      new SubmissionReader(FORM, TestRegister.register(), Settings.defaults());

  @Test
  void readsEveryKindOfCellAtItsAddress() throws Exception {
    byte[] xls = new Biff5Writer()
        .sheet("Bieu 1")
        // "Tæng sè" is "Tổng số" typed in .VnTime.
        .label(0, 0, "Tæng sè", ".VnTime")
        .label(1, 1, "DNO0001", "Arial")
        .bool(4, 3, true)
        .number(7, 4, 38, false)
        .rk(7, 5, 28)
        .mulrk(8, 0, 1, 2, 3)
        .formula(9, 4, 25_000_000)
        .formula(10, 1, "Có", "Arial")
        .formula(10, 2, "Kh«ng", ".VnTime")
        .number(11, 6, 43774, true)
        .sheet("Bieu 2")
        .label(2, 2, "hai", "Arial")
        .bytes();

    List<Grid> grids = GridReaders.read("cu.xls", xls, ReadLimits.defaults()).grids();

    assertThat(grids).extracting(Grid::name).containsExactly("Bieu 1", "Bieu 2");
    Grid grid = grids.get(0);
    assertThat(grid.cell(0, 0).orElseThrow()).satisfies(c -> {
      assertThat(c.address()).isEqualTo("A1");
      assertThat(c.text()).isEqualTo("Tổng số");
      assertThat(c.encoding()).isEqualTo(LegacyEncoding.TCVN3);
      assertThat(c.fontName()).isEqualTo(".VnTime");
    });
    assertThat(grid.cell(1, 1).orElseThrow().text()).isEqualTo("DNO0001");
    assertThat(grid.cell(4, 3).orElseThrow().kind()).isEqualTo(CellKind.BOOLEAN);
    assertThat(grid.cell(7, 4).orElseThrow().number()).isEqualTo(38.0);
    assertThat(grid.cell(7, 5).orElseThrow().number()).isEqualTo(28.0);
    assertThat(grid.row(8)).extracting(GridCell::address, GridCell::number)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A9", 1.0),
            org.assertj.core.groups.Tuple.tuple("B9", 2.0),
            org.assertj.core.groups.Tuple.tuple("C9", 3.0));
    assertThat(grid.cell(9, 4).orElseThrow().number()).isEqualTo(25_000_000.0);
    assertThat(grid.cell(10, 1).orElseThrow().text()).isEqualTo("Có");
    assertThat(grid.cell(10, 2).orElseThrow().text()).isEqualTo("Không");
    assertThat(grid.cell(11, 6).orElseThrow()).satisfies(c -> {
      assertThat(c.address()).isEqualTo("G12");
      assertThat(c.dateFormatted()).isTrue();
      assertThat(c.number()).isEqualTo(43774.0);
    });
    assertThat(grids.get(1).cell(2, 2).orElseThrow().text()).isEqualTo("hai");
  }

  @Test
  void aTcvn3FormSavedAsExcel95IngestsToTheSameFiguresAwardsAndOfficersAsTheXlsx() {
    OddCorpus.Case tcvn3 = OddCorpus.all(FORM).stream()
        .filter(c -> c.file().equals("tcvn3_vntime.xlsx")).findFirst().orElseThrow();
    ParsedSubmission fromXlsx = READER.read("odd/tcvn3_vntime.xlsx", tcvn3.bytes(), RECEIVED);

    ParsedSubmission fromXls =
        READER.read("odd/tcvn3_vntime.xls", Biff5Writer.fromWorkbook(tcvn3.bytes()), RECEIVED);

    assertThat(fromXls.issues()).filteredOn(i -> i.rule() == Rule.FILE_UNREADABLE).isEmpty();
    assertThat(fromXls.figures()).isEqualTo(fromXlsx.figures()).hasSize(FORM.fields().size());
    assertThat(fromXls.awards()).isEqualTo(fromXlsx.awards()).isNotEmpty();
    assertThat(fromXls.officers()).isEqualTo(fromXlsx.officers()).isNotEmpty();
    assertThat(fromXls.issues().stream().map(Excel95GridReaderTest::where).toList())
        .isEqualTo(fromXlsx.issues().stream().map(Excel95GridReaderTest::where).toList());
  }

  private static String where(Issue i) {
    return i.rule().code() + "@" + i.sheet() + "!" + i.cell();
  }

  @Test
  void anExcel4WorkbookIsRefusedNamingItsFormatAndHowToSaveIt() {
    // A bare BIFF4 stream, as Excel 4.0 saved it: BOF (0x0409), then EOF.
    byte[] excel4 = {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00};

    ParsedSubmission s = READER.read("2019-2020/cu.xls", excel4, RECEIVED);

    assertThat(s.issues()).singleElement().satisfies(i -> {
      assertThat(i.rule()).isEqualTo(Rule.FILE_UNREADABLE);
      assertThat(i.message()).isEqualTo(
          "Tệp là định dạng Excel 4.0 (cũ) nên không đọc được. Hãy mở bằng Excel hoặc LibreOffice"
              + " và lưu lại dạng .xlsx (Excel Workbook) rồi gửi lại.");
    });
  }

  @Test
  void aBookStreamThatIsNotBiff5IsRefusedAsAnOldFormatNotAsBroken() {
    // An OLE2 "Book" stream opening with a BIFF4 BOF record.
    byte[] book = {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00};

    assertThatThrownBy(() -> GridReaders.read("cu.xls", Biff5Writer.ole2("Book", book), ReadLimits.defaults()))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith("Tệp là định dạng Excel 2.x–4.0 (cũ)")
        .hasMessageContaining("lưu lại dạng .xlsx (Excel Workbook)")
        .hasMessageNotContaining("hỏng");
  }
}
