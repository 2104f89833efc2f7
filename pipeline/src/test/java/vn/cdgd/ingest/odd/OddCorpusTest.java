package vn.cdgd.ingest.odd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Settings;
import vn.cdgd.ingest.AwardRow;
import vn.cdgd.ingest.FigureValue;
import vn.cdgd.ingest.Level;
import vn.cdgd.ingest.OfficerRow;
import vn.cdgd.ingest.ParsedSubmission;
import vn.cdgd.ingest.SubmissionReader;
import vn.cdgd.ingest.TestRegister;
import vn.cdgd.ingest.workbook.CsvGridReader;
import vn.cdgd.ingest.workbook.EncodingContext;
import vn.cdgd.ingest.workbook.Grid;
import vn.cdgd.ingest.workbook.GridCell;
import vn.cdgd.ingest.workbook.WorkbookGridReader;

/**
 * Reads every file of the odd corpus as ingest does and checks everything that lands in staging:
 * each figure and its cell, each award and officer row with its decoded names, the Unicode of every
 * text cell written, and exactly the warnings the file should give (so no cell is guessed
 * silently, and no clean cell is doubted).
 */
class OddCorpusTest {
  private static final FormDefinition FORM = TestWorkspace.form();
  private static final SubmissionReader READER =
      new SubmissionReader(FORM, TestRegister.register(), Settings.defaults());

  static List<OddCorpus.Case> corpus() {
    return OddCorpus.all(FORM);
  }

  /** The workbooks typed in legacy fonts (not CSV: a CSV has no fonts). */
  static List<OddCorpus.Case> legacyWorkbooks() {
    return corpus().stream()
        .filter(c -> (c.file().startsWith("tcvn3_") || c.file().startsWith("vni_")) && !c.file().endsWith(".csv"))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void readsEveryFigureNameAndTextOfTheFile(OddCorpus.Case file) throws Exception {
    ParsedSubmission s = READER.read("odd/" + file.file(), file.bytes(), LocalDateTime.of(2020, 9, 20, 9, 0));

    assertThat(s.issues()).as("errors").filteredOn(i -> i.level() == Level.ERROR).isEmpty();
    assertThat(s.issues().stream().map(i -> i.rule().code() + "@" + i.sheet() + "!" + i.cell()))
        .as("warnings").containsExactlyInAnyOrderElementsOf(file.warnings());
    assertThat(s.unitCode()).isEqualTo("DNO0001");
    assertThat(s.schoolYear()).isEqualTo("2019-2020");
    Map<String, FigureValue> figures = new HashMap<>();
    s.figures().forEach(f -> figures.put(f.fieldCode(), f));
    assertThat(figures.keySet()).hasSize(FORM.fields().size());
    file.figures().forEach((code, expected) -> {
      assertThat(figures.get(code).total()).as(code + " total").isEqualTo(expected[0]);
      assertThat(figures.get(code).women()).as(code + " women").isEqualTo(expected[1]);
    });
    if (file.form() != null) {
      file.form().totalCells.forEach((code, cell) ->
          assertThat(figures.get(code).totalCell()).as(code + " cell").isEqualTo(cell));
      assertThat(s.awards().stream().map(OddCorpusTest::award).toList())
          .isEqualTo(expectedAwards(file.form()));
      assertThat(s.officers().stream().map(OddCorpusTest::officer).toList())
          .isEqualTo(expectedOfficers(file.form()));
    }
    assertThat(texts(file)).containsAllEntriesOf(file.texts());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("legacyWorkbooks")
  void legacyFilesReallyHoldLegacyCharacters(OddCorpus.Case file) throws Exception {
    List<Grid> grids = WorkbookGridReader.read(file.bytes());
    long decoded = grids.stream()
        .flatMap(g -> java.util.stream.StreamSupport.stream(g.filledRows().spliterator(), false).flatMap(r -> g.row(r).stream()))
        .filter(c -> !c.text().equals(c.rawText()))
        .count();
    assertThat(decoded).as("cells whose stored characters were decoded").isGreaterThan(5);
  }

  @org.junit.jupiter.api.Test
  void anXlsGivesTheSameProblemsAtTheSameCellsAsAnXlsx() {
    java.util.function.Function<Boolean, List<String>> problems = xls -> {
      OddForm f = new OddForm(FORM);
      f.xls = xls;
      f.labels = Typing.TCVN3;
      f.typed("A02", 38, 39, 38L, 39L).typed("C02", "hai", null, null, null);
      f.awards.get(0)[1] = "Cấp tỉnh";
      ParsedSubmission s = READER.read("f." + (xls ? "xls" : "xlsx"), f.write().bytes(), LocalDateTime.of(2020, 9, 20, 9, 0));
      return s.issues().stream().map(i -> i.rule().code() + "@" + i.sheet() + "!" + i.cell() + " " + i.message()).toList();
    };

    List<String> fromXlsx = problems.apply(false);

    assertThat(fromXlsx).hasSize(3);
    assertThat(problems.apply(true)).isEqualTo(fromXlsx);
  }

  private static Map<String, String> texts(OddCorpus.Case file) throws Exception {
    List<Grid> grids =
        EncodingContext.apply(
            file.file().endsWith(".csv")
                ? CsvGridReader.read(file.bytes(), file.file())
                : WorkbookGridReader.read(file.bytes()));
    Map<String, String> texts = new HashMap<>();
    for (Grid grid : grids) {
      for (int row : grid.filledRows()) {
        for (GridCell cell : grid.row(row)) {
          texts.put(grid.name() + "!" + cell.address(), cell.text());
        }
      }
    }
    return texts;
  }

  private static String award(AwardRow a) {
    return String.join(" | ", a.form(), a.level(), a.recipientType(), a.recipientName(),
        a.gender(), a.title(), String.valueOf(a.decisionDate()));
  }

  private static String officer(OfficerRow o) {
    return String.join(" | ", o.fullName(), o.gender(), String.valueOf(o.birthYear()), o.role(),
        String.valueOf(o.trained()), String.valueOf(o.lastTrainingDate()));
  }

  private static List<String> expectedAwards(OddForm f) {
    Typing answers = f.answers == null ? f.names : f.answers;
    List<String> rows = new ArrayList<>();
    for (Object[] a : f.awards) {
      rows.add(String.join(" | ", (String) a[0], (String) a[1], (String) a[2], name(f.names, a[3]),
          canonical(answers, (String) a[4]), name(f.names, a[5]), LocalDate.of(2020, 10, 6).toString()));
    }
    return rows;
  }

  private static List<String> expectedOfficers(OddForm f) {
    List<String> rows = new ArrayList<>();
    for (Object[] o : f.officers) {
      rows.add(String.join(" | ", name(f.names, o[0]), (String) o[1], o[2].toString(), (String) o[3],
          "true", LocalDate.of(2019, 11, 5).toString()));
    }
    return rows;
  }

  private static String canonical(Typing typing, String listValue) {
    return listValue;
  }

  private static String name(Typing typing, Object value) {
    if (value instanceof Sheets.Rich rich) {
      return rich.expected();
    }
    return typing.expected((String) value);
  }

  @SuppressWarnings("unused")
  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  @SuppressWarnings("unused")
  private static String joined(Map<String, String> map) {
    return map.entrySet().stream().map(Map.Entry::toString).collect(Collectors.joining("\n"));
  }
}
