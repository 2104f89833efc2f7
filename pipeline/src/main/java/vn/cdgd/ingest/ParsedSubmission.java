package vn.cdgd.ingest;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything read from one received file: who it is from, its figures, awards and officers, and
 * the problems found while reading and checking it. A file that could not be read at all has no
 * rows and at least one error.
 *
 * @param submissionId SHA-256 of the file's bytes: the same file received twice is one submission
 * @param file the path relative to the folder that was ingested
 */
public record ParsedSubmission(
    String submissionId,
    String file,
    long sizeBytes,
    LocalDateTime receivedAt,
    String unitCode,
    String unitName,
    String schoolYear,
    String formVersion,
    List<FigureValue> figures,
    List<AwardRow> awards,
    List<OfficerRow> officers,
    List<Issue> issues)
    implements Serializable {

  public long errorCount() {
    return issues.stream().filter(i -> i.level() == Level.ERROR).count();
  }

  public long warningCount() {
    return issues.stream().filter(i -> i.level() == Level.WARNING).count();
  }

  public boolean accepted() {
    return errorCount() == 0;
  }
}
