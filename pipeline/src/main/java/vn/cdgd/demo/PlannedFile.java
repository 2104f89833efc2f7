package vn.cdgd.demo;

import java.time.LocalDateTime;
import java.util.Set;
import vn.cdgd.ingest.Rule;
import vn.cdgd.reference.SchoolYear;

/**
 * One file the demo writes into {@code data/submissions} and what the ingest should make of it.
 *
 * @param path relative to {@code data/submissions}, with forward slashes
 * @param unitCode the unit the file is from; null when the file cannot tell (unreadable, not a
 *     submission). For the workbook with a wrong code, the code written in it.
 * @param schoolYear the school year the file is for (the folder's year for files that cannot tell)
 * @param receivedAt when it arrived: the manifest's {@code received_at} and the file's mtime
 * @param outcome accepted, rejected, or not a submission at all (skipped by extension)
 * @param error the rule of the intended error of a rejected file, null otherwise
 * @param warnings the warning rules an accepted file is expected to carry (exactly these)
 * @param current accepted and the newest accepted file of its unit and year: the one that counts
 * @param note what is special about the file, in English, for people reading test failures
 */
public record PlannedFile(
    String path,
    String unitCode,
    SchoolYear schoolYear,
    LocalDateTime receivedAt,
    Outcome outcome,
    Rule error,
    Set<Rule> warnings,
    boolean current,
    String note) {

  /** What the ingest should decide about a file. */
  public enum Outcome {
    ACCEPTED,
    REJECTED,
    NOT_A_SUBMISSION
  }

  public PlannedFile {
    warnings = Set.copyOf(warnings);
  }

  public boolean isXlsx() {
    return path.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
  }

  PlannedFile withCurrent(boolean value) {
    return new PlannedFile(path, unitCode, schoolYear, receivedAt, outcome, error, warnings, value, note);
  }
}
