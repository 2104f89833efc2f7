package vn.cdgd.staging;

import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.time.MonthDay;
import org.apache.spark.sql.Column;
import vn.cdgd.reference.SchoolYear;

/**
 * How long names and birth years are kept ({@code personal_data.keep_years}): the school year in
 * progress and the ones before it, {@code keepYears} in all. Ingest leaves older years out of the
 * restricted store and {@code cdgd purge} removes them from it.
 */
public record PersonalDataRetention(SchoolYear oldestKept) {

  /** The retention on {@code today}, the school year in progress counted as the first one kept. */
  public static PersonalDataRetention of(int keepYears, MonthDay schoolYearStarts, LocalDate today) {
    if (keepYears < 1) {
      throw new IllegalArgumentException("keep at least one school year, not " + keepYears);
    }
    int startYear = today.isBefore(schoolYearStarts.atYear(today.getYear())) ? today.getYear() - 1 : today.getYear();
    return new PersonalDataRetention(new SchoolYear(startYear - keepYears + 1));
  }

  /** True for a row of a school year kept; a row with no school year is kept (nothing dates it). */
  public boolean keeps(String schoolYear) {
    return schoolYear == null || schoolYear.compareTo(oldestKept.label()) >= 0;
  }

  /** The same test as a Spark condition on a school year column (labels sort as years). */
  Column kept(Column schoolYear) {
    return schoolYear.isNull().or(schoolYear.geq(lit(oldestKept.label())));
  }
}
