package vn.cdgd.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/**
 * Two files with the same bytes that reached the parse are one submission under the name that
 * sorts first: the other's rows, written by whichever task read it, are left out of the merge.
 */
class StagingBatchTest {
  @Test
  void aDuplicateReadByAnotherTaskHasItsRunsSkippedAndOneReadInTheSameTaskWasNeverWritten() {
    ParseTask.Output task0 = new ParseTask.Output(List.of(read("X", "b.xlsx", 0, true)), List.of());
    ParseTask.Output task1 = new ParseTask.Output(List.of(read("X", "a.xlsx", 1, true)), List.of());
    ParseTask.Output task2 = new ParseTask.Output(
        List.of(read("Y", "c.xlsx", 2, true), read("Y", "d.xlsx", 2, false), read("Z", "e.xlsx", 2, true)), List.of());

    StagingJob.Batch batch = StagingJob.Batch.of(List.of(task0, task1, task2));

    assertThat(batch.kept()).containsOnlyKeys("X", "Y", "Z");
    assertThat(batch.kept().get("X").submission().file()).isEqualTo("a.xlsx");
    assertThat(batch.kept().get("Y").submission().file()).isEqualTo("c.xlsx");
    assertThat(batch.skipped()).isEqualTo(Map.of(0, Set.of("X")));
  }

  private static ParseTask.Read read(String id, String file, int task, boolean written) {
    CrossSubmissionRules.Submission submission = new CrossSubmissionRules.Submission(
        id, "2019-2020", "DNO0001", file, LocalDateTime.of(2020, 9, 20, 8, 0), "accepted");
    return new ParseTask.Read(new StagingJob.Facts(RowFactory.create(id), submission, null), task, written);
  }
}
