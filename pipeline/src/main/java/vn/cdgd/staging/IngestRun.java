package vn.cdgd.staging;

import vn.cdgd.conf.WorkspaceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Settings;
import vn.cdgd.conf.Workspace;
import vn.cdgd.ingest.Issue;
import vn.cdgd.ingest.Rule;
import vn.cdgd.ingest.SubmissionReader;
import vn.cdgd.reference.UnitRegister;
import vn.cdgd.staging.feedback.FeedbackTerms;
import vn.cdgd.staging.feedback.FeedbackWorkbookWriter;
import vn.cdgd.staging.feedback.MissingReportsWriter;
import vn.cdgd.staging.feedback.ProblemReportWriter;
import vn.cdgd.staging.feedback.ProblemRow;
import vn.cdgd.staging.feedback.SubmissionHistory;
import vn.cdgd.store.VersionedStore;

/**
 * One ingest of a submissions folder into a workspace: list the files, read and check them with
 * Spark, publish the new staging version, keep the rejected files and write the error reports.
 */
public final class IngestRun {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private IngestRun() {}

  /** What a run did, for the summary the command line prints. */
  public record Summary(
      Path folder, int filesRead, int accepted, int acceptedWithWarnings, int rejected,
      List<FileInventory.Skipped> skipped, long errors, long warnings, Path staging,
      Path rejectedFolder, Path reportFolder, int feedbackFiles, int alreadyStaged,
      List<Duplicate> duplicates, Optional<MissingReports.Report> missing, long unitsFixed, long unitsStillRejected) {}

  /** A file with the same bytes as another of the folder: one submission, under the first name. */
  public record Duplicate(String file, String sameAs) {}

  /** The files whose bytes another file of the folder already holds, as the parse keeps the first name. */
  static List<Duplicate> duplicates(Map<String, String> idByFile) {
    Map<String, String> first = new java.util.TreeMap<>();
    List<Duplicate> duplicates = new java.util.ArrayList<>();
    for (Map.Entry<String, String> file : new java.util.TreeMap<>(idByFile).entrySet()) {
      String kept = first.putIfAbsent(file.getValue(), file.getKey());
      if (kept != null) {
        duplicates.add(new Duplicate(file.getKey(), kept));
      }
    }
    return List.copyOf(duplicates);
  }

  public static Summary run(
      WorkspaceConfig config, Path folder, Supplier<SparkSession> spark, ProgressSink progress) {
    return run(config, folder, spark, progress, LocalDate.now(VIETNAM));
  }

  /** The same, with the retention of personal data counted from {@code today}. */
  public static Summary run(
      WorkspaceConfig config, Path folder, Supplier<SparkSession> spark, ProgressSink progress, LocalDate today) {
    Workspace workspace = config.workspace();
    Settings settings = config.settings();
    FormDefinition form = config.form();
    UnitRegister register = UnitRegister.read(workspace.unitRegister());
    VersionedStore store = new VersionedStore(workspace.staging());
    StagedRows staged = new StagedRows(workspace.output().resolve(".duckdb"));
    IngestPlan plan = IngestPlan.of(workspace, settings, folder, store, staged, true);
    FileInventory.Listing listing = plan.listing();
    List<ReceivedFile> files = plan.files();
    SubmissionReader reader = new SubmissionReader(form, register, settings);
    Optional<Path> previous = plan.previous();
    String fingerprint = plan.fingerprint();
    Map<String, String> ids = plan.ids();
    List<Duplicate> duplicates = plan.duplicates();
    List<ReceivedFile> toRead = plan.toRead();
    Set<String> alreadyStaged = plan.alreadyStaged();
    int stagedFiles = plan.stagedFiles();
    StagingJob.Result result;
    if (toRead.isEmpty() && previous.isPresent()) {
      // Nothing new: staging stays as published and Spark is never started.
      result = staged.batch(previous.get(), alreadyStaged);
    } else {
      StagingJob job =
          new StagingJob(spark.get(), store,
              new RestrictedStore(workspace.restricted()),
              PersonalDataRetention.of(settings.personalDataKeepYears(), settings.schoolYearStarts(), today),
              form, settings.filesPerTask(), settings.keepStagingVersions());
      progress.start("Đọc và kiểm tra", toRead.size());
      try {
        result = job.run(toRead, ids, reader, progress::advance, fingerprint, alreadyStaged, staged);
      } finally {
        progress.finish();
      }
    }
    RejectedArea rejected = new RejectedArea(workspace.rejected());
    rejected.update(result.submissions(), files, result.issues());
    Resubmissions resubmissions = Resubmissions.of(result.submissions());
    List<ProblemRow> problems = problemRows(result, resubmissions);
    Path reportFolder = workspace.reports().resolve("kiem-tra");
    FeedbackTerms terms = FeedbackTerms.of(config.reports().issuingBody(), today, settings.resubmitWithinDays(),
        settings.feedbackContact());
    List<SubmissionHistory> history = history(result.submissions(), resubmissions);
    // The feedback's deadline counts from today: the same inputs on another day are new reports.
    String reportInputs = ErrorReportInputs.key(fingerprint, ids, problems, history, today, workspace.conf());
    int feedback = ErrorReportInputs.upToDate(reportFolder, reportInputs, ERROR_REPORTS, FEEDBACK)
        .orElseGet(() -> writeReports(problems, history, reportFolder, terms, new ReceivedBytes(files),
            settings.readLimits(), settings.errorReportCsvHeaders(), reportInputs));
    // Who has still not reported in the latest school year staged, for the reminder calls.
    Optional<MissingReports.Report> missing = MissingReports.ofWorkspace(config, Optional.empty(), today);
    missing.ifPresent(report -> {
      // Left as it is when the same list (same units, same day) is already there.
      Path list = reportFolder.resolve(MissingReportsWriter.fileName(report));
      if (!ErrorReportInputs.writtenFrom(list, report.toString())) {
        MissingReportsWriter.write(report, list);
        ErrorReportInputs.recordWritten(list, report.toString());
      }
    });
    int accepted = (int) result.submissions().stream().filter(s -> s.status().equals("accepted")).count();
    int withWarnings =
        (int) result.submissions().stream().filter(s -> s.status().equals("accepted") && s.warnings() > 0).count();
    long errors = problems.stream().filter(p -> p.issue().level() == vn.cdgd.ingest.Level.ERROR).count();
    return new Summary(
        folder, files.size(), accepted, withWarnings, result.submissions().size() - accepted,
        listing.skipped(), errors, problems.size() - errors, workspace.staging().resolve("current"),
        rejected.root(), reportFolder, feedback, stagedFiles, duplicates, missing,
        resubmissions.count(Resubmissions.State.FIXED), resubmissions.count(Resubmissions.State.OPEN));
  }

  private static List<ProblemRow> problemRows(StagingJob.Result result, Resubmissions resubmissions) {
    Map<String, StagingJob.BatchSubmission> byId =
        result.submissions().stream()
            .collect(Collectors.toMap(StagingJob.BatchSubmission::submissionId, Function.identity()));
    return result.issues().stream()
        .map(row -> toProblem(row, byId.get(row.<String>getAs("submission_id")), resubmissions))
        .toList();
  }

  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy", java.util.Locale.ROOT);

  private static ProblemRow toProblem(Row row, StagingJob.BatchSubmission submission, Resubmissions resubmissions) {
    Issue issue =
        new Issue(
            row.getAs("file"), row.getAs("sheet"), row.getAs("cell"), row.getAs("field_code"),
            row.getAs("value"), Rule.ofCode(row.getAs("rule")), row.getAs("message"));
    String fixedBy = null;
    if (!"accepted".equals(submission.status()) && submission.unitCode() != null && submission.schoolYear() != null) {
      fixedBy = resubmissions.of(submission.unitCode(), submission.schoolYear())
          .filter(o -> o.state() == Resubmissions.State.FIXED)
          .map(o -> "tệp " + o.acceptedFile() + (o.acceptedAt() == null ? "" : ", tiếp nhận ngày " + DAY.format(o.acceptedAt())))
          .orElse(null);
    }
    return new ProblemRow(
        submission.unitCode(), submission.unitName(), submission.schoolYear(), submission.file(),
        submission.status(), issue, fixedBy);
  }

  private static final List<String> ERROR_REPORTS = List.of("bao-cao-loi.csv", "bao-cao-loi.xlsx");
  private static final String FEEDBACK = "phan-hoi";

  /** Each file of a unit and year with what became of the unit's report over all its files. */
  static List<SubmissionHistory> history(List<StagingJob.BatchSubmission> submissions, Resubmissions resubmissions) {
    return submissions.stream()
        .filter(s -> s.unitCode() != null && s.schoolYear() != null)
        .flatMap(s -> resubmissions.of(s.unitCode(), s.schoolYear()).stream()
            .map(o -> new SubmissionHistory(s.schoolYear(), s.unitCode(), s.unitName(), s.file(), s.receivedAt(),
                "accepted".equals(s.status()), o.state(), o.acceptedFile(), o.acceptedAt())))
        .toList();
  }

  private static int writeReports(List<ProblemRow> problems, List<SubmissionHistory> history, Path folder,
      FeedbackTerms terms, FeedbackWorkbookWriter.Originals originals, vn.cdgd.conf.ReadLimits limits,
      Settings.CsvHeaders csvHeaders, String inputs) {
    try {
      VersionedStore.deleteTree(folder);
      Files.createDirectories(folder);
      ProblemReportWriter.writeCsv(problems, folder.resolve(ERROR_REPORTS.get(0)), csvHeaders);
      ProblemReportWriter.writeXlsx(problems, history, folder.resolve(ERROR_REPORTS.get(1)));
      int feedback = FeedbackWorkbookWriter.writePerUnit(problems, folder.resolve(FEEDBACK), terms, originals, limits)
          .size();
      // Last: a run that dies while writing leaves no record, and the next one writes them all.
      ErrorReportInputs.record(folder, inputs, feedback);
      return feedback;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the error reports under " + folder, e);
    }
  }
}
