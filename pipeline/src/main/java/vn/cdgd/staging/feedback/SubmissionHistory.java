package vn.cdgd.staging.feedback;

import java.time.LocalDateTime;
import vn.cdgd.staging.Resubmissions.State;

/**
 * One file a unit sent for a school year, with what became of the unit's report over all its
 * files: the grain of the error report's "Lịch sử nộp" sheet.
 *
 * @param receivedAt when the file came (manifest, else the file's time); may be null
 * @param unitState the unit's year over every file: {@link State#FIXED} once a later file was
 *     accepted after a rejection, {@link State#OPEN} while no file was accepted
 * @param acceptedFile the accepted file that stands for the unit's year, or null when open
 */
public record SubmissionHistory(
    String schoolYear, String unitCode, String unitName, String file, LocalDateTime receivedAt,
    boolean accepted, State unitState, String acceptedFile, LocalDateTime acceptedAt) {

  public SubmissionHistory {
    unitName = unitName == null ? "" : unitName;
  }
}
