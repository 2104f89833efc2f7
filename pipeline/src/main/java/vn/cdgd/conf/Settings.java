package vn.cdgd.conf;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.time.MonthDay;

/**
 * The settings of a workspace ({@code conf/cdgd.yaml}), bound through {@link ConfigBinding} from
 * {@link File}, whose fields hold the keys and their defaults side by side. Where they sit in the
 * order of precedence is written once, in {@link WorkspaceConfig}.
 */
public record Settings(
    String formFile,
    String rootUnit,
    String province,
    MonthDay schoolYearStarts,
    MonthDay reportingDeadline,
    String submissionsFolder,
    String manifestFile,
    String sparkMaster,
    int filesPerTask,
    int keepStagingVersions,
    int keepWarehouseVersions,
    ReadLimits readLimits,
    int personalDataKeepYears,
    int resubmitWithinDays,
    String feedbackContact,
    CsvHeaders errorReportCsvHeaders)
    implements Serializable {

  /**
   * The header of the error report's CSV ({@code ingest.error_report_csv_headers}): the column
   * codes a program reads ({@code school_year, unit_code…}), or the Vietnamese headers of the
   * workbook ("Năm học", "Mã đơn vị"…) for a CSV opened by people.
   */
  public enum CsvHeaders { CODES, VIETNAMESE }

  private static final long MB = 1024 * 1024;

  public static Settings defaults() {
    return of(new File(), Path.of("conf/cdgd.yaml"));
  }

  public Settings withReadLimits(ReadLimits limits) {
    return new Settings(formFile, rootUnit, province, schoolYearStarts, reportingDeadline,
        submissionsFolder, manifestFile, sparkMaster, filesPerTask, keepStagingVersions,
        keepWarehouseVersions, limits, personalDataKeepYears, resubmitWithinDays, feedbackContact,
        errorReportCsvHeaders);
  }

  /** The settings in {@code file} over the defaults; a missing or empty file gives the defaults. */
  public static Settings load(Path file) {
    return of(ConfigBinding.bindOrDefault(file, File.class, File::new), file);
  }

  private static Settings of(File f, Path file) {
    return new Settings(
        f.form,
        f.union.rootUnit,
        f.union.province,
        f.schoolYear.starts,
        f.schoolYear.deadline,
        f.ingest.submissions,
        f.ingest.manifest,
        f.spark.master,
        atLeastOne(file, "spark.files_per_task", f.spark.filesPerTask, "số bảng tính một tác vụ Spark đọc"),
        atLeastOne(file, "staging.keep_versions", f.staging.keepVersions, "số phiên bản staging giữ lại"),
        atLeastOne(file, "warehouse.keep_versions", f.warehouse.keepVersions, "số phiên bản kho giữ lại"),
        readLimits(f.ingest.limits, file),
        atLeastOne(file, "personal_data.keep_years", f.personalData.keepYears, "số năm học giữ lại"),
        atLeastOne(file, "feedback.resubmit_within_days", f.feedback.resubmitWithinDays,
            "số ngày đơn vị có để gửi lại báo cáo đã sửa"),
        f.feedback.contact == null ? "" : f.feedback.contact.strip(),
        f.ingest.errorReportCsvHeaders);
  }

  /** {@code ingest.limits}: how much one received file may make the reader do. */
  private static ReadLimits readLimits(Limits l, Path file) {
    String key = "ingest.limits.";
    positive(file, key + "max_cells_per_sheet", l.maxCellsPerSheet);
    positive(file, key + "max_part_mb", l.maxPartMb);
    positive(file, key + "max_zip_entries", l.maxZipEntries);
    positive(file, key + "max_text_chars", l.maxTextChars);
    positive(file, key + "max_seconds_per_file", l.maxSecondsPerFile);
    if (!(l.minInflateRatio > 0 && l.minInflateRatio < 1)) {
      throw ConfigBinding.invalid(file, key + "min_inflate_ratio",
          "các giới hạn trong ingest.limits phải dương, min_inflate_ratio nằm giữa 0 và 1, không phải "
              + l.minInflateRatio, "Hãy ghi một số như 0.01 (mặc định)");
    }
    return new ReadLimits(l.maxCellsPerSheet, l.maxPartMb * MB, l.minInflateRatio,
        l.maxZipEntries, l.maxTextChars, Duration.ofSeconds(l.maxSecondsPerFile));
  }

  private static void positive(Path file, String key, long value) {
    if (value <= 0) {
      throw ConfigBinding.invalid(file, key, "các giới hạn trong ingest.limits phải là số dương, không phải "
          + value, "Hãy ghi một số nguyên lớn hơn 0, hoặc xóa dòng này để dùng mặc định");
    }
  }

  private static int atLeastOne(Path file, String key, int value, String meaning) {
    if (value < 1) {
      throw ConfigBinding.invalid(file, key, "phải là một số nguyên từ 1 trở lên (" + meaning
          + "), không phải " + value, "Hãy ghi 1 hoặc lớn hơn, hoặc xóa dòng này để dùng mặc định");
    }
    return value;
  }

  /** The keys of conf/cdgd.yaml, each with its default. */
  static final class File {
    /** The form definition, in conf/. */
    public String form = "form-v1.yaml";
    public Union union = new Union();
    public SchoolYear schoolYear = new SchoolYear();
    public Ingest ingest = new Ingest();
    public Spark spark = new Spark();
    public Versions staging = new Versions();
    public Versions warehouse = new Versions();
    public PersonalData personalData = new PersonalData();
    public Feedback feedback = new Feedback();
  }

  /** The union that owns the workspace: empty until the union writes its own. */
  static final class Union {
    public String rootUnit = "";
    public String province = "";
  }

  static final class SchoolYear {
    public MonthDay starts = MonthDay.of(9, 1);
    public MonthDay deadline = MonthDay.of(9, 30);
  }

  static final class Ingest {
    public String submissions = "data/submissions";
    public String manifest = "manifest.csv";
    public Limits limits = new Limits();
    public CsvHeaders errorReportCsvHeaders = CsvHeaders.CODES;
  }

  /** The defaults of {@link ReadLimits#defaults()}, in the file's units (MB, seconds). */
  static final class Limits {
    public long maxCellsPerSheet = 200_000;
    public long maxPartMb = 50;
    public double minInflateRatio = 0.01;
    public int maxZipEntries = 1000;
    public long maxTextChars = 10_000_000L;
    public long maxSecondsPerFile = 60;
  }

  static final class Spark {
    public String master = "local[*]";
    public int filesPerTask = 64;
  }

  static final class Versions {
    public int keepVersions = 3;
  }

  static final class PersonalData {
    public int keepYears = 5;
  }

  /** What each feedback workbook tells a school besides its problems. */
  static final class Feedback {
    /** Days from the ingest that wrote the feedback to the day a corrected report is due. */
    public int resubmitWithinDays = 10;
    /** Whom a school's clerk calls or writes to; empty: the union's name (reports' issuing_body). */
    public String contact = "";
  }
}
