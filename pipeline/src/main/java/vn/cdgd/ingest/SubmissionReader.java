package vn.cdgd.ingest;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Settings;
import vn.cdgd.ingest.workbook.EncodingContext;
import vn.cdgd.ingest.workbook.Grid;
import vn.cdgd.ingest.workbook.GridCell;
import vn.cdgd.ingest.workbook.GridReaders;
import vn.cdgd.ingest.workbook.SheetLocator;
import vn.cdgd.ingest.workbook.UnreadableFileException;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.reference.Unit;
import vn.cdgd.reference.UnitRegister;

/**
 * Turns the bytes of one received file into a {@link ParsedSubmission}: reads it, finds the form's
 * parts by their labels and codes, and checks it. It never throws: a file it cannot read becomes a
 * submission with an error, so one bad file never stops a batch. Serializable because Spark ships
 * it to the tasks that read the files.
 */
public final class SubmissionReader implements Serializable {
  private final FormDefinition form;
  private final UnitRegister register;
  private final Settings settings;

  public SubmissionReader(FormDefinition form, UnitRegister register, Settings settings) {
    this.form = form;
    this.register = register;
    this.settings = settings;
  }

  /**
   * True for the files ingest reads; everything else in a folder is listed as skipped. Which
   * reader reads a file is then decided by its bytes ({@link GridReaders}).
   */
  public static boolean isSubmissionFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")
        || lower.endsWith(".ods") || lower.endsWith(".csv");
  }

  public ParsedSubmission read(String file, byte[] bytes, LocalDateTime receivedAt) {
    return read(file, bytes, receivedAt, null);
  }

  /** The same, for bytes whose SHA-256 is already known ({@code contentId}; null to compute it). */
  public ParsedSubmission read(String file, byte[] bytes, LocalDateTime receivedAt, String contentId) {
    Problems problems = new Problems(file);
    Content content = new Content();
    try {
      GridReaders.Read read = GridReaders.read(file, bytes, settings.readLimits());
      List<Grid> grids = read.grids();
      grids = EncodingContext.apply(grids);
      EncodingDoubts.report(grids, problems);
      readContent(grids, read.csv(), problems, content);
    } catch (UnreadableFileException e) {
      problems.addForFile(e.encrypted() ? Rule.FILE_ENCRYPTED : Rule.FILE_UNREADABLE, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      problems.addForFile(Rule.FILE_UNREADABLE,
          "Không đọc được nội dung tệp (" + e.getClass().getSimpleName() + "). Hãy mở tệp bằng"
              + " Excel, kiểm tra rồi lưu lại dạng .xlsx và gửi lại.");
    }
    return new ParsedSubmission(
        contentId != null ? contentId : sha256(bytes), file, bytes.length, receivedAt, content.unitCode, content.unitName,
        content.schoolYear, form.versionLabel(), content.figures, content.awards, content.officers,
        problems.list());
  }

  /** A file that could not even be opened: an error, and an id from its name since its bytes are unknown. */
  public ParsedSubmission unreadable(String file, long sizeBytes, LocalDateTime receivedAt, String message) {
    return new ParsedSubmission(
        sha256(("unreadable:" + file).getBytes(java.nio.charset.StandardCharsets.UTF_8)), file, sizeBytes,
        receivedAt, "", "", "", form.versionLabel(), List.of(), List.of(), List.of(),
        List.of(Issue.ofFile(file, Rule.FILE_UNREADABLE, message)));
  }

  /** What was read so far; a file that fails half-way keeps what it had. */
  private static final class Content {
    String unitCode = "";
    String unitName = "";
    String schoolYear = "";
    List<FigureValue> figures = new ArrayList<>();
    List<AwardRow> awards = new ArrayList<>();
    List<OfficerRow> officers = new ArrayList<>();
  }

  private void readContent(List<Grid> grids, boolean csv, Problems problems, Content content) {
    Optional<SheetLocator.Located> figures =
        SheetLocator.locate(grids, form.sheet(FormDefinition.FIGURES), List.of("code", "total"));
    if (figures.isEmpty()) {
      missingTable(grids, FormDefinition.FIGURES, List.of("code", "total"), Rule.SHEET_MISSING, problems);
      return;
    }
    Grid figuresGrid = figures.get().grid();
    List<Grid> searchOrder = new ArrayList<>(List.of(figuresGrid));
    grids.stream().filter(g -> g != figuresGrid).forEach(searchOrder::add);
    Identification id = Identification.read(searchOrder, form.identification());
    content.unitCode = id.unitCode() == null ? "" : id.unitCode().text().toUpperCase(Locale.ROOT);
    content.unitName = id.unitName() == null ? "" : id.unitName().text();
    Optional<SchoolYear> year =
        Optional.ofNullable(id.schoolYear()).flatMap(found -> SchoolYear.parse(found.text()));
    content.schoolYear = year.map(SchoolYear::label).orElse("");

    SubmissionChecks checks = new SubmissionChecks(form, register, settings, problems);
    Optional<Unit> unit = checks.unitAndYear(id, figuresGrid.name());
    // The register's name is the unit's name of record; a typed name only stands in for it.
    unit.map(Unit::name).ifPresent(name -> content.unitName = name);

    content.figures = new FiguresReader(form, problems).read(figuresGrid, figures.get().layout());
    checks.figures(content.figures);
    unit.ifPresent(u -> checks.ownership(content.figures, u));

    RosterReader rosters = new RosterReader(form, problems);
    Optional<SheetLocator.Located> awards =
        SheetLocator.locate(grids, form.sheet(FormDefinition.AWARDS), List.of("form", "level", "recipient_type"));
    if (awards.isPresent()) {
      content.awards = rosters.awards(awards.get().grid(), awards.get().layout());
      String dateColumn =
          awards.get().layout().column("decision_date").isPresent()
              ? GridCell.columnLetter(awards.get().layout().column("decision_date").getAsInt())
              : "";
      year.ifPresent(y -> checks.awardDates(content.awards, y, awards.get().grid().name(), dateColumn));
    } else if (!csv) {
      problems.addForFile(Rule.SHEET_ABSENT,
          "Không có sheet \"" + form.sheet(FormDefinition.AWARDS).name() + "\": coi như đơn vị"
              + " không có khen thưởng trong năm học. Nếu có, hãy dùng đúng biểu mẫu và gửi lại.");
    }
    Optional<SheetLocator.Located> officers =
        SheetLocator.locate(grids, form.sheet(FormDefinition.OFFICERS), List.of("full_name", "role"));
    if (officers.isPresent()) {
      content.officers = rosters.officers(officers.get().grid(), officers.get().layout());
      checks.roster(content.officers, content.figures, officers.get().grid().name());
    } else if (!csv) {
      problems.addForFile(Rule.SHEET_ABSENT,
          "Không có sheet \"" + form.sheet(FormDefinition.OFFICERS).name() + "\" nên không đối"
              + " chiếu được danh sách cán bộ với số liệu " + form.roster().officersTotal() + ", "
              + form.roster().officersTrained() + ".");
    }
  }

  /**
   * A table whose header row is nowhere: an error when it is the figures table, naming the headers
   * looked for and every sheet searched (and whether a sheet of the table's name was there).
   */
  private void missingTable(
      List<Grid> grids, String sheetKey, List<String> keys, Rule rule, Problems problems) {
    vn.cdgd.conf.SheetDefinition sheet = form.sheet(sheetKey);
    String headers = String.join(", ", keys.stream().map(sheet::header).toList());
    String searched = String.join(", ", grids.stream().map(g -> "\"" + g.name() + "\"").toList());
    boolean named = SheetLocator.byName(grids, sheet.name()).isPresent();
    String message =
        "Không tìm thấy dòng tiêu đề có các cột " + headers + " trong các sheet: " + searched
            + (named ? " (có sheet \"" + sheet.name() + "\" nhưng thiếu dòng tiêu đề đó)" : "")
            + ". Hãy dùng biểu mẫu do Công đoàn ngành gửi và không xoá, không sửa dòng tiêu đề.";
    problems.addForFile(named ? Rule.HEADER_MISSING : rule, message);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
