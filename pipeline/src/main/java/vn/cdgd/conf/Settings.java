package vn.cdgd.conf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.MonthDay;
import vn.cdgd.ingest.workbook.ReadLimits;

/**
 * The settings of a workspace ({@code conf/cdgd.yaml}). Precedence, lowest first: the defaults
 * written here, the file, then options given on the command line (applied by the commands).
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
    int personalDataKeepYears)
    implements Serializable {

  public static Settings defaults() {
    return new Settings(
        "form-v1.yaml",
        "",
        "",
        MonthDay.of(9, 1),
        MonthDay.of(9, 30),
        "data/submissions",
        "manifest.csv",
        "local[*]",
        64,
        3,
        3,
        ReadLimits.defaults(),
        5);
  }

  public Settings withReadLimits(ReadLimits limits) {
    return new Settings(formFile, rootUnit, province, schoolYearStarts, reportingDeadline,
        submissionsFolder, manifestFile, sparkMaster, filesPerTask, keepStagingVersions,
        keepWarehouseVersions, limits, personalDataKeepYears);
  }

  public static Settings load(Path file) {
    Settings defaults = defaults();
    if (!Files.isRegularFile(file)) {
      return defaults;
    }
    JsonNode root;
    try {
      try (java.io.InputStream in = Files.newInputStream(file)) {
        root = FormLoader.yamlMapper().readTree(in);
      }
    } catch (IOException e) {
      throw new ConfigException("Tệp cấu hình " + file + " không đọc được: " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return defaults;
    }
    return new Settings(
        text(root, "/form", defaults.formFile()),
        text(root, "/union/root_unit", defaults.rootUnit()),
        text(root, "/union/province", defaults.province()),
        monthDay(root, "/school_year/starts", defaults.schoolYearStarts(), file),
        monthDay(root, "/school_year/deadline", defaults.reportingDeadline(), file),
        text(root, "/ingest/submissions", defaults.submissionsFolder()),
        text(root, "/ingest/manifest", defaults.manifestFile()),
        text(root, "/spark/master", defaults.sparkMaster()),
        integer(root, "/spark/files_per_task", defaults.filesPerTask()),
        integer(root, "/staging/keep_versions", defaults.keepStagingVersions()),
        integer(root, "/warehouse/keep_versions", defaults.keepWarehouseVersions()),
        readLimits(root, defaults.readLimits(), file),
        atLeastOne(root, "/personal_data/keep_years", defaults.personalDataKeepYears(), file));
  }

  /** {@code ingest.limits}: how much one received file may make the reader do. */
  private static ReadLimits readLimits(JsonNode root, ReadLimits defaults, Path file) {
    ReadLimits limits = new ReadLimits(
        longValue(root, "/ingest/limits/max_cells_per_sheet", defaults.maxCellsPerSheet()),
        longValue(root, "/ingest/limits/max_part_mb", defaults.maxEntryBytes() / (1024 * 1024))
            * 1024 * 1024,
        root.at("/ingest/limits/min_inflate_ratio").isNumber()
            ? root.at("/ingest/limits/min_inflate_ratio").asDouble()
            : defaults.minInflateRatio(),
        integer(root, "/ingest/limits/max_zip_entries", defaults.maxEntries()),
        longValue(root, "/ingest/limits/max_text_chars", defaults.maxTextChars()),
        Duration.ofSeconds(
            longValue(root, "/ingest/limits/max_seconds_per_file", defaults.maxTimePerFile().toSeconds())));
    if (limits.maxCellsPerSheet() <= 0 || limits.maxEntryBytes() <= 0 || limits.maxEntries() <= 0
        || limits.maxTextChars() <= 0 || limits.maxTimePerFile().isNegative()
        || limits.maxTimePerFile().isZero() || !(limits.minInflateRatio() > 0
            && limits.minInflateRatio() < 1)) {
      throw new ConfigException(
          file + ": các giới hạn trong ingest.limits phải là số dương (min_inflate_ratio từ 0 đến 1).");
    }
    return limits;
  }

  private static long longValue(JsonNode root, String pointer, long fallback) {
    JsonNode node = root.at(pointer);
    return node.isMissingNode() || node.isNull() ? fallback : node.asLong(fallback);
  }

  private static int atLeastOne(JsonNode root, String pointer, int fallback, Path file) {
    JsonNode node = root.at(pointer);
    if (node.isMissingNode() || node.isNull()) {
      return fallback;
    }
    if (!node.canConvertToInt() || node.asInt() < 1) {
      throw new ConfigException(
          file + ": " + pointer + " phải là một số nguyên từ 1 trở lên (số năm học giữ lại), không phải \""
              + node.asText() + "\".");
    }
    return node.asInt();
  }

  private static String text(JsonNode root, String pointer, String fallback) {
    JsonNode node = root.at(pointer);
    return node.isMissingNode() || node.isNull() ? fallback : node.asText();
  }

  private static int integer(JsonNode root, String pointer, int fallback) {
    JsonNode node = root.at(pointer);
    return node.isMissingNode() || node.isNull() ? fallback : node.asInt(fallback);
  }

  private static MonthDay monthDay(JsonNode root, String pointer, MonthDay fallback, Path file) {
    String value = text(root, pointer, null);
    if (value == null) {
      return fallback;
    }
    try {
      return MonthDay.parse("--" + value);
    } catch (RuntimeException e) {
      throw new ConfigException(
          file + ": " + pointer + " phải có dạng MM-dd (ví dụ 09-30), không phải \"" + value + "\".");
    }
  }
}
