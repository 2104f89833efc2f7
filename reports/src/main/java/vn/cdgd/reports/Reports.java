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
    YearEndData data = yearEndData(schoolYear, unitCode);
    Document document = new YearEndReport(data, settings, date).document();
    String base = "tong-ket-" + schoolYear + "-" + unitCode;
    Written written = Exports.write(document, document.sheets(), folder, base, start);
    if (!wordDraft) {
      return written;
    }
    Path docx = folder.resolve(base + ".docx");
    Path kept = PreviousDraft.keep(docx);
    new YearEndDraft(data, settings, date).write(docx);
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
