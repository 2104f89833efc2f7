package vn.cdgd.template;

import vn.cdgd.conf.WorkspaceConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Workspace;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.reference.Unit;

/**
 * Draws the blank report workbook a CĐCS fills in for one school year, entirely from the form
 * definition: the figures sheet (identification block filled in, one row per field), the awards
 * and officers lists and the instructions.
 *
 * <p>Labels, codes, headers and the identification values are locked and every sheet is protected
 * <em>without a password</em>: protection only prevents overwriting a code by mistake, and anyone
 * can lift it from Excel's or LibreOffice's Review menu. Users may still format cells, sort and
 * filter, and insert or delete rows in the two list sheets.
 */
public final class TemplateWriter {
  public static final int AWARD_ROWS = 300;
  public static final int OFFICER_ROWS = 200;
  /** The creation and modification date written in every workbook, so output is reproducible. */
  public static final java.util.Date DOCUMENT_DATE =
      java.util.Date.from(java.time.Instant.parse("2020-01-01T00:00:00Z"));

  private static final String WINDOWS_ILLEGAL = "[\\\\/:*?\"<>|\\p{Cntrl}]";

  private final FormDefinition form;
  private final List<String> instructions;
  private final TemplateLayout layout;
  private final MonthDay schoolYearStarts;

  /** A writer with the usual number of empty list rows, for years starting on 1 September. */
  public TemplateWriter(FormDefinition form, List<String> instructions) {
    this(form, instructions, MonthDay.of(9, 1), AWARD_ROWS, OFFICER_ROWS);
  }

  public TemplateWriter(
      FormDefinition form,
      List<String> instructions,
      MonthDay schoolYearStarts,
      int awardRows,
      int officerRows) {
    this.form = form;
    this.schoolYearStarts = schoolYearStarts;
    this.instructions = List.copyOf(instructions);
    this.layout = plan(form, awardRows, officerRows);
  }

  /** The writer of a workspace: its form and its instructions text. */
  public static TemplateWriter of(WorkspaceConfig config) {
    return new TemplateWriter(
        config.form(),
        TemplateInstructions.of(config.workspace()),
        config.settings().schoolYearStarts(),
        AWARD_ROWS,
        OFFICER_ROWS);
  }

  public FormDefinition form() {
    return form;
  }

  public TemplateLayout layout() {
    return layout;
  }

  public XSSFWorkbook build(Unit unit, SchoolYear year) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    TemplateStyles styles = new TemplateStyles(workbook);
    Map<String, String> identification = new LinkedHashMap<>();
    identification.put("unit_code", unit.code());
    identification.put("unit_name", unit.name());
    identification.put("school_year", year.label());
    FiguresSheet.write(workbook, styles, form, layout, identification);

    String unitLine = "Đơn vị: " + unit.code() + " - " + unit.name() + " - Năm học " + year.label();
    LocalDate first = year.firstDay(schoolYearStarts);
    LocalDate lastAllowed =
        year.lastDay(schoolYearStarts).plusMonths(form.awardDecisionGraceMonths());
    TableSheet.write(
        workbook, styles, form, FormDefinition.AWARDS, layout.awardsColumns(),
        layout.awardRows(), "DANH SÁCH KHEN THƯỞNG TRONG NĂM HỌC", unitLine, first, lastAllowed);
    TableSheet.write(
        workbook, styles, form, FormDefinition.OFFICERS, layout.officersColumns(),
        layout.officerRows(), "DANH SÁCH CÁN BỘ CÔNG ĐOÀN CƠ SỞ", unitLine, first, lastAllowed);
    InstructionsSheet.write(workbook, styles, form, instructions);
    workbook.setActiveSheet(0);
    fixDocumentDates(workbook);
    return workbook;
  }

  /** Writes the unit's workbook into {@code folder} under {@link #fileName} and returns its path. */
  public Path write(Unit unit, SchoolYear year, Path folder) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(fileName(unit, year));
    try (XSSFWorkbook workbook = build(unit, year);
        OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    return file;
  }

  /**
   * A file name a person recognises: {@code DNO0123 - Công đoàn trường Tiểu học Nguyễn Du -
   * 2019-2020.xlsx}, with the characters Windows forbids replaced by {@code _}.
   */
  public static String fileName(Unit unit, SchoolYear year) {
    String name = unit.code() + " - " + unit.name() + " - " + year.label();
    String safe = name.replaceAll(WINDOWS_ILLEGAL, "_").replaceAll("\\s+", " ").strip();
    return safe + ".xlsx";
  }

  static void fixDocumentDates(XSSFWorkbook workbook) {
    POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
    core.setCreated(Optional.of(DOCUMENT_DATE));
    core.setModified(Optional.of(DOCUMENT_DATE));
    core.setCreator("cdgd");
  }

  private static TemplateLayout plan(FormDefinition form, int awardRows, int officerRows) {
    Map<String, Integer> identificationRows = new LinkedHashMap<>();
    Map<String, Integer> figuresColumns = new LinkedHashMap<>();
    Map<String, Integer> fieldRows = new LinkedHashMap<>();
    FiguresSheet.plan(form, identificationRows, figuresColumns, fieldRows);
    return new TemplateLayout(
        java.util.Collections.unmodifiableMap(identificationRows),
        FiguresSheet.labelColumn(),
        FiguresSheet.valueColumn(),
        FiguresSheet.headerRow(form),
        java.util.Collections.unmodifiableMap(figuresColumns),
        java.util.Collections.unmodifiableMap(fieldRows),
        TableSheet.HEADER_ROW,
        columns(form, FormDefinition.AWARDS),
        awardRows,
        TableSheet.HEADER_ROW,
        columns(form, FormDefinition.OFFICERS),
        officerRows);
  }

  private static Map<String, Integer> columns(FormDefinition form, String sheetKey) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (String key : form.sheet(sheetKey).columns().keySet()) {
      columns.put(key, columns.size());
    }
    return java.util.Collections.unmodifiableMap(columns);
  }
}
