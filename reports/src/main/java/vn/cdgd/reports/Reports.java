package vn.cdgd.reports;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import vn.cdgd.conf.ReportSettings;

/**
 * The printed reports of a workspace: the year-end consolidation and the mid-term review, each as
 * PDF and XLSX (and, when asked, an editable Word draft of the narrative report), read from one published warehouse version through DuckDB (never Spark). The caller
 * gives everything as plain data: the warehouse folder, the form's labels, the report text of
 * {@code conf/reports.yaml} and, for a review, the term of {@code conf/targets.yaml}.
 */
public final class Reports implements AutoCloseable {
  /** Vietnamese order (ICU/CLDR {@code vi}) for names in the reports. */
  static final Collator VIETNAMESE = Collator.getInstance(new ULocale("vi"));

  private final Warehouse warehouse;
  private final FormLabels form;
  private final ReportSettings settings;

  private Reports(Warehouse warehouse, FormLabels form, ReportSettings settings) {
    this.warehouse = warehouse;
    this.form = form;
    this.settings = settings;
  }

  /**
   * Reports over the warehouse version at {@code warehouseVersion} (a version folder or the {@code
   * current} link), with DuckDB's home in {@code duckdbHome}.
   *
   * @throws ReportException when no warehouse is published there
   */
  public static Reports open(Path warehouseVersion, Path duckdbHome, FormLabels form, ReportSettings settings) {
    return new Reports(Warehouse.open(warehouseVersion, duckdbHome), form, settings);
  }

  /**
   * The files of one report and how long filling and exporting them took; {@code docx} is the
   * editable Word draft when one was asked for, else null, and {@code keptDraft} where the draft
   * that was at its name went ({@link PreviousDraft}), else null.
   */
  public record Written(Path pdf, Path xlsx, Path docx, Path keptDraft, Duration took) {
    public Written(Path pdf, Path xlsx, Duration took) {
      this(pdf, xlsx, null, null, took);
    }

    public List<Path> files() {
      return docx == null ? List.of(pdf, xlsx) : List.of(pdf, xlsx, docx);
    }
  }

  /**
   * Writes {@code tong-ket-<year>-<unit>.pdf} and {@code .xlsx} into {@code folder}.
   *
   * @throws ReportException when the year or the unit is not in the warehouse
   */
  public Written yearEnd(String schoolYear, String unitCode, LocalDate date, Path folder) {
    return yearEnd(schoolYear, unitCode, date, folder, false);
  }

  /**
   * As {@link #yearEnd(String, String, LocalDate, Path)}; with {@code wordDraft}, also {@code .docx}:
   * the narrative report in the state format, filled from the same rows as the PDF.
   */
  public Written yearEnd(String schoolYear, String unitCode, LocalDate date, Path folder, boolean wordDraft) {
    long start = System.nanoTime();
    return yearEnd(yearEndData(schoolYear, unitCode), settings, date, folder, wordDraft, start);
  }

  /** A district union of a school year's tree: a unit one level under the root that is not a CĐCS. */
  public record District(String code, String name) {}

  /**
   * The district unions directly under {@code rootCode} in the tree of {@code schoolYear}, in
   * Vietnamese order of their names.
   *
   * @throws ReportException when the year or the unit is not in the warehouse
   */
  public List<District> districts(String schoolYear, String rootCode) {
    Scope.resolve(warehouse, rootCode, schoolYear);
    return warehouse.rows(
            "select u.unit_code, u.unit_name from int_unit_year u join int_unit_ancestor a"
                + " on a.unit_code = u.unit_code and a.school_year = u.school_year"
                + " where u.school_year = ? and a.ancestor_code = ? and a.depth = 1 and not u.is_grassroots",
            schoolYear, rootCode).stream()
        .map(row -> new District((String) row.get("unit_code"), (String) row.get("unit_name")))
        .sorted(java.util.Comparator.comparing(District::name, VIETNAMESE).thenComparing(District::code))
        .toList();
  }

  /**
   * One year-end per district union under {@code rootCode}: each with the district's letterhead
   * ({@link DistrictLetterhead}) and the figures of its own subtree, named {@code
   * tong-ket-<year>-<district>.*} in {@code folder}.
   *
   * @throws ReportException when the tree has no district level under the unit
   */
  public List<Written> yearEndForDistricts(String schoolYear, String rootCode, LocalDate date, Path folder,
      boolean wordDraft) {
    List<District> districts = districts(schoolYear, rootCode);
    if (districts.isEmpty()) {
      throw new ReportException(ReportException.Kind.INPUT, "Danh mục năm học " + schoolYear + " không có công đoàn"
          + " cấp huyện nào trực thuộc " + rootCode + " (đơn vị không phải CĐCS có parent_code là " + rootCode
          + " trong data/units.csv), nên không có báo cáo cấp huyện để in.");
    }
    List<Written> written = new java.util.ArrayList<>();
    for (District district : districts) {
      long start = System.nanoTime();
      written.add(yearEnd(yearEndData(schoolYear, district.code()), DistrictLetterhead.of(settings, district.name()),
          date, folder, wordDraft, start));
    }
    return written;
  }

  /** The files of one year-end, headed by {@code letterhead}; {@code start} is when reading began. */
  private Written yearEnd(YearEndData data, ReportSettings letterhead, LocalDate date, Path folder, boolean wordDraft,
      long start) {
    Document document = new YearEndReport(data, letterhead, date).document();
    String base = "tong-ket-" + data.scope.schoolYear() + "-" + data.scope.unitCode();
    Written written = Exports.write(document, document.sheets(), folder, base, start);
    if (!wordDraft) {
      return written;
    }
    Path docx = folder.resolve(base + ".docx");
    Path kept = PreviousDraft.keep(docx);
    new YearEndDraft(data, letterhead, date).write(docx);
    return new Written(written.pdf(), written.xlsx(), docx, kept, Duration.ofNanos(System.nanoTime() - start));
  }

  Document yearEndDocument(String schoolYear, String unitCode, LocalDate date) {
    return new YearEndReport(yearEndData(schoolYear, unitCode), settings, date).document();
  }

  YearEndData yearEndData(String schoolYear, String unitCode) {
    return YearEndData.read(warehouse, form, Scope.resolve(warehouse, unitCode, schoolYear));
  }

  /**
   * Writes {@code so-ket-<term>-<unit>.pdf} and {@code .xlsx} into {@code folder}: the review of
   * {@code term} as of the school year {@code asOf}.
   *
   * @throws ReportException when the year, the unit or the term's results are not in the warehouse
   */
  public Written midTerm(TermInfo term, String asOf, String unitCode, LocalDate date, Path folder) {
    return midTerm(term, asOf, unitCode, date, folder, false);
  }

  /**
   * As {@link #midTerm(TermInfo, String, String, LocalDate, Path)}; with {@code wordDraft}, also
   * {@code .docx}: the narrative review in the state format, filled from the same rows as the PDF.
   */
  public Written midTerm(TermInfo term, String asOf, String unitCode, LocalDate date, Path folder, boolean wordDraft) {
    long start = System.nanoTime();
    MidTermData data = midTermData(term, asOf, unitCode);
    Document document = new MidTermReport(data, settings, date).document();
    String base = "so-ket-" + term.term() + "-" + unitCode;
    Written written = Exports.write(document, document.sheets(), folder, base, start);
    if (!wordDraft) {
      return written;
    }
    Path docx = folder.resolve(base + ".docx");
    Path kept = PreviousDraft.keep(docx);
    new MidTermDraft(data, settings, date).write(docx);
    return new Written(written.pdf(), written.xlsx(), docx, kept, Duration.ofNanos(System.nanoTime() - start));
  }

  Document midTermDocument(TermInfo term, String asOf, String unitCode, LocalDate date) {
    return new MidTermReport(midTermData(term, asOf, unitCode), settings, date).document();
  }

  MidTermData midTermData(TermInfo term, String asOf, String unitCode) {
    return MidTermData.read(warehouse, term, Scope.resolve(warehouse, unitCode, asOf));
  }

  /** The school years the warehouse holds, oldest first. */
  public List<String> schoolYears() {
    return warehouse.rows("select school_year from dim_school_year order by school_year").stream()
        .map(row -> (String) row.get("school_year")).toList();
  }

  @Override
  public void close() {
    warehouse.close();
  }
}
