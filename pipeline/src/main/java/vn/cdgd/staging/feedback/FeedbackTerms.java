package vn.cdgd.staging.feedback;

import java.time.LocalDate;

/**
 * What every feedback workbook of one ingest tells a school besides its problems: the union that
 * sends it, the day by which a rejected report must come back corrected ({@code
 * feedback.resubmit_within_days} after {@code sentOn}) and whom to call ({@code feedback.contact},
 * else the union's name).
 *
 * @param union the issuing union as the reports print it ({@code issuing_body}); may be empty
 * @param contact office, telephone, e-mail; may be empty
 */
public record FeedbackTerms(String union, LocalDate sentOn, LocalDate resubmitBy, String contact) {
  public FeedbackTerms {
    union = union == null ? "" : union.strip();
    contact = contact == null ? "" : contact.strip();
  }

  public static FeedbackTerms of(String union, LocalDate sentOn, int resubmitWithinDays, String contact) {
    return new FeedbackTerms(union, sentOn, sentOn.plusDays(resubmitWithinDays), contact);
  }
}
