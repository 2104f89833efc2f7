package vn.cdgd.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A unit's files of a year, told apart: accepted at once, fixed by a later file, or still open. */
class ResubmissionsTest {
  private static final LocalDateTime SEPT_10 = LocalDateTime.of(2020, 9, 10, 8, 0);
  private static final LocalDateTime SEPT_25 = LocalDateTime.of(2020, 9, 25, 15, 30);

  @Test
  void tellsAcceptedFixedAndOpenUnitsApart() {
    Resubmissions r = Resubmissions.of(List.of(
        file("a1", "le-loi.xlsx", "DNO001", "rejected", false, SEPT_10),
        file("a2", "le-loi sửa.xlsx", "dno001", "accepted", true, SEPT_25),
        file("b1", "hoa-sen.xlsx", "DNO002", "accepted", true, SEPT_10),
        file("c1", "son-ca.xlsx", "DNO003", "rejected", false, SEPT_10),
        file("c2", "son-ca lần 2.xlsx", "DNO003", "rejected", false, SEPT_25),
        file("d1", "hong.xlsx", "", "rejected", false, SEPT_10)));

    Resubmissions.Outcome fixed = r.of("DNO001", "2019-2020").orElseThrow();
    assertThat(fixed.state()).isEqualTo(Resubmissions.State.FIXED);
    assertThat(fixed.acceptedFile()).isEqualTo("le-loi sửa.xlsx");
    assertThat(fixed.acceptedAt()).isEqualTo(SEPT_25);
    assertThat(fixed.rejectedFiles()).isEqualTo(1);
    assertThat(r.of("DNO002", "2019-2020").orElseThrow().state()).isEqualTo(Resubmissions.State.ACCEPTED);
    assertThat(r.of("DNO003", "2019-2020").orElseThrow().state()).isEqualTo(Resubmissions.State.OPEN);
    assertThat(r.of("DNO003", "2019-2020").orElseThrow().rejectedFiles()).isEqualTo(2);
    assertThat(r.of("DNO001", "2018-2019")).isEmpty();
    // The unreadable file belongs to no unit: it is counted as a file, not as a unit.
    assertThat(r.count(Resubmissions.State.FIXED)).isEqualTo(1);
    assertThat(r.count(Resubmissions.State.OPEN)).isEqualTo(1);
    assertThat(r.count(Resubmissions.State.ACCEPTED)).isEqualTo(1);
  }

  private static StagingJob.BatchSubmission file(String id, String file, String unit, String status, boolean current,
      LocalDateTime at) {
    return new StagingJob.BatchSubmission(id, file, unit, "Trường", "2019-2020", status, current,
        status.equals("rejected") ? 1 : 0, 0, at);
  }
}
