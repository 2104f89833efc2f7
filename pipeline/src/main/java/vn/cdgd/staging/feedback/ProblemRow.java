package vn.cdgd.staging.feedback;

import vn.cdgd.ingest.Issue;

/**
 * One problem found in one submission, with the submission's unit, year and outcome: the grain of
 * every error report. Unit code, unit name and school year are empty when the file could not be
 * read far enough to tell.
 *
 * @param file the path of the submission relative to the ingested folder
 * @param status {@link #ACCEPTED} or {@link #REJECTED}: the outcome of the whole submission
 * @param fixedBy for a rejected submission whose unit later sent a file that was accepted: which
 *     file and when, as the feedback prints it ("tệp X, tiếp nhận ngày 25/09/2020"); else null
 */
public record ProblemRow(
    String unitCode, String unitName, String schoolYear, String file, String status, Issue issue, String fixedBy) {

  public ProblemRow(String unitCode, String unitName, String schoolYear, String file, String status, Issue issue) {
    this(unitCode, unitName, schoolYear, file, status, issue, null);
  }

  public static final String ACCEPTED = "accepted";
  public static final String REJECTED = "rejected";

  public ProblemRow {
    unitCode = unitCode == null ? "" : unitCode.strip();
    unitName = unitName == null ? "" : unitName;
    schoolYear = schoolYear == null ? "" : schoolYear;
    file = file == null ? "" : file;
  }

  public boolean accepted() {
    return ACCEPTED.equals(status);
  }
}
