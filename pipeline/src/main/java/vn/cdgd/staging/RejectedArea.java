package vn.cdgd.staging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;

/**
 * Keeps every rejected file, as received, under {@code output/rejected/<its path in the inbox>}, with a
 * {@code .loi.txt} beside it that lists its problems, so nothing a unit sent is lost and the file
 * is at hand when the unit asks what to fix. A file that is accepted on a later run is removed.
 * Only regular files inside the ingested folder are copied, never what a link points to.
 */
public final class RejectedArea {
  private final Path root;

  public RejectedArea(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** Copies the batch's rejected files and removes copies of files now accepted. */
  public int update(List<StagingJob.BatchSubmission> submissions, List<ReceivedFile> files, List<Row> issues) {
    Map<String, ReceivedFile> byPath =
        files.stream().collect(Collectors.toMap(ReceivedFile::relativePath, f -> f, (a, b) -> a));
    Map<String, List<Row>> issuesById =
        issues.stream().collect(Collectors.groupingBy(r -> r.<String>getAs("submission_id")));
    int kept = 0;
    try {
      for (StagingJob.BatchSubmission submission : submissions) {
        ReceivedFile file = byPath.get(submission.file());
        if (file == null) {
          continue;
        }
        Path copy = root.resolve(submission.file()).normalize();
        Path notes = copy.resolveSibling(copy.getFileName() + ".loi.txt");
        if (!copy.startsWith(root)) {
          continue;
        }
        if ("rejected".equals(submission.status())) {
          Path source = vn.cdgd.files.WorkspaceFiles.path(URI.create(file.uri()));
          if (!isPlainFile(source)) {
            continue;
          }
          Files.createDirectories(copy.getParent());
          Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
          Files.writeString(notes, notes(submission, issuesById.getOrDefault(submission.submissionId(), List.of())), StandardCharsets.UTF_8);
          kept++;
        } else {
          Files.deleteIfExists(copy);
          Files.deleteIfExists(notes);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep rejected files under " + root, e);
    }
    return kept;
  }

  /**
   * The inventory lists only regular files reached without a link, so this holds unless the
   * folder changed during the run (a file replaced by a link): then no byte from where a link
   * points is copied, the rejection stays in the error report.
   */
  private static boolean isPlainFile(Path source) throws IOException {
    if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    return source.toRealPath().equals(source.toAbsolutePath().normalize());
  }

  private static String notes(StagingJob.BatchSubmission submission, List<Row> issues) {
    List<String> lines = new ArrayList<>();
    lines.add("Tệp: " + submission.file());
    lines.add("Đơn vị: " + submission.unitCode() + " " + submission.unitName());
    lines.add("Năm học: " + submission.schoolYear());
    lines.add("Kết quả: bị từ chối, cần sửa các lỗi dưới đây rồi gửi lại.");
    lines.add("");
    for (Row issue : issues) {
      String where = String.join(" ", issue.<String>getAs("sheet"), issue.<String>getAs("cell")).strip();
      lines.add("- [" + issue.<String>getAs("level") + "] " + (where.isEmpty() ? "" : where + ": ") + issue.<String>getAs("message"));
    }
    return String.join("\n", lines) + "\n";
  }
}
