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
 * PDF and XLSX, read from one published warehouse version through DuckDB (never Spark). The caller
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

  /** The files of one report and how long filling and exporting them took. */
  public record Written(Path pdf, Path xlsx, Duration took) {
    public List<Path> files() {
      return List.of(pdf, xlsx);
    }
  }

  /**
   * Writes {@code tong-ket-<year>-<unit>.pdf} and {@code .xlsx} into {@code folder}.
   *
   * @throws ReportException when the year or the unit is not in the warehouse
   */
  public Written yearEnd(String schoolYear, String unitCode, LocalDate date, Path folder) {
    long start = System.nanoTime();
    Document document = yearEndDocument(schoolYear, unitCode, date);
    return Exports.write(document, document.sheets(), folder, "tong-ket-" + schoolYear + "-" + unitCode, start);
  }

  Document yearEndDocument(String schoolYear, String unitCode, LocalDate date) {
    Scope scope = Scope.resolve(warehouse, unitCode, schoolYear);
    return new YearEndReport(YearEndData.read(warehouse, form, scope), settings, date).document();
  }

  /**
   * Writes {@code so-ket-<term>-<unit>.pdf} and {@code .xlsx} into {@code folder}: the review of
   * {@code term} as of the school year {@code asOf}.
   *
   * @throws ReportException when the year, the unit or the term's results are not in the warehouse
   */
  public Written midTerm(TermInfo term, String asOf, String unitCode, LocalDate date, Path folder) {
    long start = System.nanoTime();
    Document document = midTermDocument(term, asOf, unitCode, date);
    return Exports.write(document, document.sheets(), folder, "so-ket-" + term.term() + "-" + unitCode, start);
  }

  Document midTermDocument(TermInfo term, String asOf, String unitCode, LocalDate date) {
    Scope scope = Scope.resolve(warehouse, unitCode, asOf);
    return new MidTermReport(MidTermData.read(warehouse, term, scope), settings, date).document();
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
