package vn.cdgd.staging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.cdgd.staging.feedback.ProblemRow;

/**
 * What the error reports of an ingest are written from, as one key kept beside them: every
 * received file's bytes (by content id), every problem as the reports print it, how the files were
 * read (the {@link ReadFingerprint}: form, register, ratings, limits, program), what else the
 * reports print (each unit's history of submissions), the day (the feedback's deadline counts
 * from it) and every file of {@code conf/} (the feedback's letterhead, deadline and contact). An ingest whose key matches the
 * one recorded, with the reports still in place, would write the same files again: it leaves them.
 * Measured on a re-run with nothing new over 990 workbooks: writing the error workbook and the
 * feedback files was two thirds of its time.
 */
final class ErrorReportInputs {
  /** Hidden, so that a clerk browsing the folder sees only the reports. */
  static final String RECORD = ".nguon-bao-cao";

  private ErrorReportInputs() {}

  static String key(String readFingerprint, Map<String, String> contentIds, List<ProblemRow> problems,
      List<?> alsoPrinted, LocalDate today, Path conf) {
    MessageDigest digest = sha256();
    update(digest, readFingerprint);
    update(digest, today.toString());
    new TreeMap<>(contentIds).forEach((file, id) -> update(digest, file + "\t" + id));
    // Records print every component, the included: the text is the row. Sorted, since
    // staging hands the same problems back in whatever order its scan of the files gives.
    problems.stream().map(ProblemRow::toString).sorted().forEach(row -> update(digest, row));
    alsoPrinted.stream().map(Object::toString).sorted().forEach(row -> update(digest, row));
    if (Files.isDirectory(conf)) {
      try (Stream<Path> files = Files.walk(conf)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          update(digest, conf.relativize(file).toString());
          digest.update(Files.readAllBytes(file));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + conf, e);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The number of feedback files the reports in {@code folder} were written with, when they were
   * written from {@code key} and the error workbook, its CSV and every feedback file (in the
   * folder {@code feedback}) are still there.
   */
  static Optional<Integer> upToDate(Path folder, String key, List<String> reports, String feedback) {
    Path record = folder.resolve(RECORD);
    if (!Files.isRegularFile(record) || !reports.stream().allMatch(name -> Files.isRegularFile(folder.resolve(name)))) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
      if (lines.size() == 2 && lines.get(0).equals(key)) {
        int feedbackFiles = Integer.parseInt(lines.get(1));
        return filesIn(folder.resolve(feedback)) == feedbackFiles ? Optional.of(feedbackFiles) : Optional.empty();
      }
    } catch (IOException | NumberFormatException e) {
      // An unreadable record only means the reports are written again.
    }
    return Optional.empty();
  }

  static void record(Path folder, String key, int feedbackFiles) {
    try {
      Files.writeString(folder.resolve(RECORD), key + "\n" + feedbackFiles + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder.resolve(RECORD), e);
    }
  }

  /**
   * Whether {@code file} is there and was written from a content that prints as {@code content}
   * (a record's text: every component), as {@link #recordWritten} noted beside it.
   */
  static boolean writtenFrom(Path file, String content) {
    Path note = noteOf(file);
    try {
      return Files.isRegularFile(file) && Files.isRegularFile(note)
          && Files.readString(note, StandardCharsets.UTF_8).equals(digestOf(content));
    } catch (IOException e) {
      return false;
    }
  }

  /** Notes beside {@code file}, just written, the content it was written from. */
  static void recordWritten(Path file, String content) {
    try {
      Files.writeString(noteOf(file), digestOf(content), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + noteOf(file), e);
    }
  }

  private static Path noteOf(Path file) {
    return file.resolveSibling("." + file.getFileName() + ".nguon");
  }

  private static String digestOf(String content) {
    MessageDigest digest = sha256();
    update(digest, content);
    return HexFormat.of().formatHex(digest.digest());
  }

  private static long filesIn(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
