package vn.cdgd.ingest.odd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.ingest.Rule;

/**
 * The corpus of odd workbooks: each file named by the case it holds, generated here so that what a
 * reader must find is known exactly (every figure, every decoded text, every cell to report).
 * {@link #writeTo} writes them to a folder, to look at them in a spreadsheet program or feed them
 * to {@code cdgd ingest} and {@code cdgd convert}.
 */
public final class OddCorpus {
  /**
   * One file of the corpus.
   *
   * @param form the workbook's description and expectations (null for a CSV file)
   * @param warnings the warnings reading must give, as {@code rule@sheet!cell}
   */
  public record Case(
      String file, byte[] bytes, OddForm form, Map<String, String> texts,
      Map<String, Long[]> figures, Set<String> warnings) {
    @Override
    public String toString() {
      return file;
    }
  }

  private OddCorpus() {}

  public static List<Case> all(FormDefinition form) {
    List<Case> cases = new ArrayList<>();
    cases.add(workbook("tcvn3_vntime.xlsx", form, f -> tcvn3(f)));
    cases.add(workbook("tcvn3_vntime.xls", form, f -> tcvn3(f).xls = true));
    cases.add(workbook("tcvn3_vnarial_labels.xls", form, f -> {
      f.xls = true;
      f.labels = Typing.TCVN3_ARIAL;
      f.headers = Typing.TCVN3_ARIAL;
    }));
    cases.add(workbook("tcvn3_allcaps_header.xls", form, f -> {
      f.xls = true;
      f.headers = Typing.TCVN3_CAPS;
      f.labels = Typing.TCVN3;
      f.names = Typing.TCVN3_CAPS;
    }));
    cases.add(workbook("tcvn3_rich_text_runs.xlsx", form, OddCorpus::richRuns));
    cases.add(workbook("tcvn3_rich_text_runs.xls", form, f -> {
      richRuns(f);
      f.xls = true;
    }));
    cases.add(workbook("vni_times_names.xlsx", form, f -> f.names = Typing.VNI));
    cases.add(workbook("vni_times_everything.xls", form, f -> {
      f.xls = true;
      f.labels = Typing.VNI;
      f.headers = Typing.VNI;
      f.names = Typing.VNI;
      f.values = Typing.VNI;
    }));
    cases.add(workbook("nfd_labels.xlsx", form, f -> {
      f.labels = Typing.NFD;
      f.headers = Typing.NFD;
      f.names = Typing.NFD;
    }));
    // The one-word-and-ASCII note "NguyÔn Du" alone proves nothing, but its sheet's other
    // legacy-looking text (the unit's name) reads clearly as TCVN3, so it is TCVN3 too.
    cases.add(workbook("tcvn3_unicode_font_detected.xlsx", form, f -> {
      f.names = Typing.TCVN3_IN_ARIAL;
      f.answers = Typing.UNICODE;
      f.extras.add(sheets -> sheets.put(sheets.sheet(f.figuresSheet), rowOf(f, "A01"),
          f.columns.indexOf("note"), "Nguyễn Du", Typing.TCVN3_IN_ARIAL));
    }));
    // The same note in a workbook typed all in Unicode: nothing around it says TCVN3, so it is
    // kept as it is and reported with both readings.
    Case lone = workbook("lone_tcvn3_cell_in_unicode_workbook.xlsx", form, f ->
        f.extras.add(sheets -> {
          Sheet sheet = sheets.sheet(f.figuresSheet);
          int row = rowOf(f, "A01");
          sheets.put(sheet, row, f.columns.indexOf("note"), "Nguyễn Du", Typing.TCVN3_IN_ARIAL);
          sheets.expect(sheet, row, f.columns.indexOf("note"), "NguyÔn Du");
        }));
    cases.add(withWarnings(lone, Rule.ENCODING_UNCERTAIN.code() + "@Số liệu!G7"));
    cases.add(workbook("rows_inserted.xlsx", form, f -> {
      f.rowsAboveId = 4;
      f.blankRowAfter = Set.of("A03", "B02", "D03");
      f.sections = true;
    }));
    cases.add(workbook("rows_deleted.xls", form, f -> {
      f.xls = true;
      f.title = false;
      f.spacerRow = false;
    }));
    cases.add(workbook("columns_moved.xlsx", form, f ->
        f.columns = List.of("code", "women", "total", "label", "row_number", "unit", "note")));
    cases.add(workbook("labels_retyped.xlsx", form, f -> {
      f.headerTexts.putAll(Map.of("code", "MÃ SỐ", "total", "tong  so", "women", "Trong đó:\u00a0nữ",
          "label", "NỘI DUNG CHỈ TIÊU", "unit", "Đơn vị tính"));
      f.idLabels.putAll(Map.of("unit_code", "MÃ CĐCS :", "unit_name", "Tên công đoàn cơ sở",
          "school_year", "năm  học"));
    }));
    cases.add(workbook("renamed_sheet.xlsx", form, f -> {
      f.figuresSheet = "Bieu 1";
      f.awardsSheet = "KT";
      f.officersSheet = "Sheet3";
      f.sheetOrder = List.of("officers", "awards", "figures");
      f.idPlace = OddForm.IdPlace.OTHER_SHEET;
    }));
    cases.add(workbook("merged_header.xlsx", form, f -> {
      f.mergedHeader = true;
      f.sections = true;
    }));
    cases.add(workbook("merged_header.xls", form, f -> {
      f.mergedHeader = true;
      f.xls = true;
    }));
    cases.add(workbook("hidden_rows.xlsx", form, f -> f.hiddenFields = Set.of("A02", "B01", "F02")));
    cases.add(workbook("trailing_blank_rows.xlsx", form, f -> f.trailingBlankRows = 40));
    cases.add(workbook("second_table.xlsx", form, f -> f.secondTable = true));
    cases.add(workbook("id_block_right.xlsx", form, f -> f.idPlace = OddForm.IdPlace.RIGHT));
    cases.add(workbook("id_block_below.xls", form, f -> {
      f.xls = true;
      f.idPlace = OddForm.IdPlace.BELOW;
    }));
    cases.add(workbook("formula_no_cache.xlsx", form, OddCorpus::formulas));
    cases.add(workbook("formula_cached.xls", form, f -> {
      formulas(f);
      f.xls = true;
      f.cacheFormulas = true;
    }));
    cases.add(workbook("typed_numbers.xlsx", form, OddCorpus::typedNumbers));
    cases.add(workbook("typed_numbers_tcvn3.xls", form, f -> {
      typedNumbers(f);
      f.xls = true;
      f.values = Typing.TCVN3;
      f.labels = Typing.TCVN3;
    }));
    cases.add(workbook("dates_as_text.xlsx", form, f -> datesAsText(f, Typing.UNICODE)));
    cases.add(workbook("dates_as_text_tcvn3.xls", form, f -> {
      f.xls = true;
      datesAsText(f, Typing.TCVN3);
    }));
    cases.add(workbook("yes_no_forms.xlsx", form, OddCorpus::yesNo));
    cases.add(workbook("tcvn3_in_unicode_font_short_headers.xlsx", form, f -> everything(f, Typing.TCVN3_IN_ARIAL)));
    cases.add(workbook("vni_in_unicode_font_short_headers.xlsx", form, f -> everything(f, Typing.VNI_IN_ARIAL)));
    cases.add(workbook("tcvn3_roster_pasted_into_unicode_template.xlsx", form, f -> {
      f.names = Typing.TCVN3_IN_ARIAL;
      f.officers.get(0)[4] = "Có";
      f.officers.get(1)[4] = "Có";
    }));
    cases.add(patched(workbook("formula_empty_cached_value.xlsx", form, OddCorpus::emptyCaches),
        new RawCells()
            .cache("12500000+12500000", null, "<v></v>")
            .cache("6000000+6000000", null, "<v/>")
            .cache("1500000*2", "str", "<v></v>")
            .cache("15+15", null, "<v>abc</v>")
            .cache("19*2", "n", "<v> </v>")
            .cache("2*1", null, "<v>2</v>")));
    cases.add(workbook("formula_no_cache.xls", form, f -> {
      formulas(f);
      f.xls = true;
    }));
    cases.add(workbook("formula_deep_chain.xlsx", form, f -> deepChain(f, 20_000)));
    cases.addAll(CsvCases.all(form));
    return cases;
  }

  /** Writes every file of the corpus into a folder. */
  public static void writeTo(Path folder, FormDefinition form) {
    try {
      Files.createDirectories(folder);
      for (Case c : all(form)) {
        Files.write(folder.resolve(c.file()), c.bytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static OddForm tcvn3(OddForm f) {
    f.labels = Typing.TCVN3;
    f.headers = Typing.TCVN3;
    f.names = Typing.TCVN3;
    f.values = Typing.TCVN3;
    return f;
  }

  private static void richRuns(OddForm f) {
    f.labels = Typing.TCVN3;
    f.headers = Typing.TCVN3_CAPS;
    f.names = Typing.TCVN3;
    f.awards.set(1, award(f, 1, Sheets.Rich.of(Typing.TCVN3, "Nguyễn Thị ", Typing.TCVN3_CAPS, "Hương")));
    f.awards.set(3, award(f, 3, Sheets.Rich.of(Typing.UNICODE, "Lê Văn ", Typing.TCVN3, "Đức")));
    f.officers.get(4)[0] = Sheets.Rich.of(Typing.VNI, "Hoàng ", Typing.VNI, "Quốc ", Typing.TCVN3, "Việt");
  }

  private static Object[] award(OddForm f, int index, Sheets.Rich name) {
    Object[] row = f.awards.get(index).clone();
    row[3] = name;
    return row;
  }

  private static void formulas(OddForm f) {
    int a01 = rowOf(f, "A01");
    int a02 = rowOf(f, "A02");
    String total = col(f, "total");
    String women = col(f, "women");
    f.typed("A01", new Sheets.Formula("SUM(" + total + (a02 + 1) + "," + "2)"), new Sheets.Formula(women + (a02 + 1) + "+2"), 40L, 30L);
    f.typed("A03", new Sheets.Formula("SUM(J" + (a01 + 1) + ":L" + (a01 + 1) + ")"), new Sheets.Formula("1*1"), 2L, 1L);
    f.typed("D02", new Sheets.Formula("1500000*2"), null, 3_000_000L, null);
    f.typed("F01", new Sheets.Formula("SUM('Tính toán'!B1:B3)"), null, 25_000_000L, null);
    f.typed("A04", new Sheets.Formula("ROUND(8/2,0)"), null, 4L, null);
    f.extras.add(sheets -> {
      Sheet sheet = sheets.sheet(f.figuresSheet);
      sheets.put(sheet, a01, 9, 1, Typing.UNICODE);
      sheets.put(sheet, a01, 10, 0, Typing.UNICODE);
      sheets.put(sheet, a01, 11, 1, Typing.UNICODE);
    });
    f.before.add(sheets -> {
      Sheet helper = sheets.sheet("Tính toán");
      sheets.put(helper, 0, 1, 10_000_000, Typing.UNICODE);
      sheets.put(helper, 1, 1, 10_000_000, Typing.UNICODE);
      sheets.put(helper, 2, 1, 5_000_000, Typing.UNICODE);
    });
  }

  /** A workbook typed wholly in one legacy encoding whose font was then changed to Arial. */
  private static void everything(OddForm f, Typing typing) {
    f.labels = typing;
    f.headers = typing;
    f.names = typing;
    f.values = typing;
  }

  /** Formulas whose file stores an empty or unusable result, each with the value it shows. */
  private static void emptyCaches(OddForm f) {
    f.typed("F01", new Sheets.Formula("12500000+12500000"), null, 25_000_000L, null);
    f.typed("F02", new Sheets.Formula("6000000+6000000"), null, 12_000_000L, null);
    f.typed("D02", new Sheets.Formula("1500000*2"), null, 3_000_000L, null);
    f.typed("A01", 40, new Sheets.Formula("15+15"), 40L, 30L);
    f.typed("A02", new Sheets.Formula("19*2"), 28, 38L, 28L);
    f.typed("A03", new Sheets.Formula("2*1"), 1, 2L, 1L);
  }

  /**
   * F01 is the end of a chain of formulas on a helper sheet, none with a stored result: each cell
   * adds 1,250 to the one above, so the last of 20,000 is 25,000,000.
   */
  private static void deepChain(OddForm f, int length) {
    f.typed("F01", new Sheets.Formula("'Tính toán'!A" + length), null, 1250L * length, null);
    f.before.add(sheets -> {
      Sheet helper = sheets.sheet("Tính toán");
      sheets.put(helper, 0, 0, 1250, Typing.UNICODE);
      for (int r = 1; r < length; r++) {
        sheets.put(helper, r, 0, new Sheets.Formula("A" + r + "+1250"), Typing.UNICODE);
      }
    });
  }

  private static void typedNumbers(OddForm f) {
    f.typed("A01", "40 người", " 30 ", 40L, 30L);
    f.typed("A02", "38", "28\u00a0", 38L, 28L);
    f.typed("A04", "4 tổ", null, 4L, null);
    f.typed("A06", "-", " - ", 0L, 0L);
    f.typed("A07", "\u00a05 người\u00a0", "4", 5L, 4L);
    f.typed("D02", "3.000.000", null, 3_000_000L, null);
    f.typed("F01", "25 000 000 đồng", null, 25_000_000L, null);
    f.typed("F02", "12,000,000", null, 12_000_000L, null);
    f.typed("E03", "2 lần", null, 2L, null);
    f.typed("C02", "1,234", null, 1234L, null);
  }

  private static void datesAsText(OddForm f, Typing typing) {
    f.names = typing;
    Object[] dates = {"06/10/2020", "6/10/2020", "ngày 06 tháng 10 năm 2020", 44110};
    for (int i = 0; i < f.awards.size(); i++) {
      f.awards.get(i)[7] = dates[i];
    }
    f.award("Giấy khen", "Công đoàn ngành", "Tập thể", "Tổ Văn", "", "", "2020-10-06");
    f.award("Giấy khen", "Công đoàn ngành", "Tập thể", "Tổ Sử", "", "", "06-10-2020");
    f.award("Giấy khen", "Công đoàn ngành", "Tập thể", "Tổ Địa", "", "", "44110");
    f.award("Giấy khen", "Công đoàn ngành", "Tập thể", "Tổ Anh", "", "", LocalDate.of(2020, 10, 6));
    Object[] training = {"05/11/2019", "5/11/19", "ngày 5 tháng 11 năm 2019", 43774, "2019-11-05"};
    for (int i = 0; i < f.officers.size(); i++) {
      f.officers.get(i)[5] = training[i];
    }
  }

  private static void yesNo(OddForm f) {
    f.typed("D03", "có", null, 1L, null).typed("E01", "x", null, 1L, null);
    Object[] yes = {"C", "X", 1, Boolean.TRUE, "✓"};
    for (int i = 0; i < f.officers.size(); i++) {
      f.officers.get(i)[4] = yes[i];
    }
  }

  /** The zero-based row a field lands on in the default layout (title, id block, spacer, header). */
  private static int rowOf(OddForm f, String code) {
    int index = 0;
    for (var field : f.form.fields()) {
      if (field.code().equals(code)) {
        break;
      }
      index++;
    }
    return 6 + index;
  }

  private static String col(OddForm f, String key) {
    return vn.cdgd.ingest.workbook.GridCell.columnLetter(f.columns.indexOf(key));
  }

  private static Case workbook(String file, FormDefinition form, java.util.function.Consumer<OddForm> change) {
    OddForm f = new OddForm(form);
    change.accept(f);
    OddForm.Written written = f.write();
    return new Case(file, written.bytes(), f, written.texts(), Map.copyOf(f.expectedFigures), Set.of());
  }

  private static Case patched(Case c, RawCells cells) {
    return new Case(c.file(), cells.applyTo(c.bytes()), c.form(), c.texts(), c.figures(), c.warnings());
  }

  private static Case withWarnings(Case c, String... warnings) {
    return new Case(c.file(), c.bytes(), c.form(), c.texts(), c.figures(), Set.of(warnings));
  }
}
