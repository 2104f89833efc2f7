package vn.cdgd.staging;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What became of each unit's reports in a school year, over all its files: accepted at once,
 * rejected and then fixed by a later file that was accepted, or still waiting for a good file. The
 * console and the error reports count and speak of units, not files: a school that sent a
 * corrected report is no longer "rejected".
 */
public final class Resubmissions {
  private final Map<String, Outcome> byUnitYear;

  private Resubmissions(Map<String, Outcome> byUnitYear) {
    this.byUnitYear = byUnitYear;
  }

  public enum State { ACCEPTED, FIXED, OPEN }

  /** A unit's year: its state and, unless open, the accepted file that stands and when it came. */
  public record Outcome(State state, String acceptedFile, LocalDateTime acceptedAt, int rejectedFiles) {}

  public static Resubmissions of(List<StagingJob.BatchSubmission> submissions) {
    Map<String, List<StagingJob.BatchSubmission>> groups = new HashMap<>();
    for (StagingJob.BatchSubmission s : submissions) {
      if (s.unitCode() != null && !s.unitCode().isBlank() && s.schoolYear() != null && !s.schoolYear().isBlank()) {
        groups.computeIfAbsent(key(s.unitCode(), s.schoolYear()), k -> new java.util.ArrayList<>()).add(s);
      }
    }
    Map<String, Outcome> outcomes = new HashMap<>();
    groups.forEach((key, files) -> {
      int rejected = (int) files.stream().filter(f -> !"accepted".equals(f.status())).count();
      Optional<StagingJob.BatchSubmission> standing = files.stream().filter(f -> "accepted".equals(f.status()))
          .max(Comparator.comparing(StagingJob.BatchSubmission::current)
              .thenComparing(f -> f.receivedAt() == null ? LocalDateTime.MIN : f.receivedAt()));
      State state = standing.isEmpty() ? State.OPEN : rejected > 0 ? State.FIXED : State.ACCEPTED;
      outcomes.put(key, new Outcome(state, standing.map(StagingJob.BatchSubmission::file).orElse(null),
          standing.map(StagingJob.BatchSubmission::receivedAt).orElse(null), rejected));
    });
    return new Resubmissions(outcomes);
  }

  public Optional<Outcome> of(String unitCode, String schoolYear) {
    return Optional.ofNullable(byUnitYear.get(key(unitCode, schoolYear)));
  }

  public long count(State state) {
    return byUnitYear.values().stream().filter(o -> o.state() == state).count();
  }

  private static String key(String unitCode, String schoolYear) {
    return unitCode.strip().toUpperCase(java.util.Locale.ROOT) + "\u0000" + schoolYear;
  }
}
