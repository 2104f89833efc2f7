package vn.cdgd.staging;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.cdgd.ingest.AwardRow;
import vn.cdgd.ingest.FigureValue;
import vn.cdgd.ingest.Issue;
import vn.cdgd.ingest.OfficerRow;
import vn.cdgd.ingest.ParsedSubmission;

/**
 * The tables of the staging area, their schemas and how a parsed submission becomes their rows.
 * Staging only renames, casts and normalises: business rules come after it.
 *
 * <ul>
 *   <li>{@code stg_submission}: one row per distinct file received (by content), accepted or not;
 *   <li>{@code stg_figure}: one row per submission per form field, as read;
 *   <li>{@code stg_award}: one row per award row of a submission, without the recipient's name;
 *   <li>{@code stg_officer}: one row per officer row, without the name and birth year;
 *   <li>{@code stg_issue}: one row per problem found, in the file itself or across submissions.
 * </ul>
 *
 * <p>Names and birth years are personal data: they go to the restricted tables instead ({@link
 * #RESTRICTED_SCHEMAS}, kept by {@link RestrictedStore}), one row per award or officer row under the
 * same key ({@code submission_id}, {@code row_number}), so nothing is lost and nothing that staff or
 * the warehouse read holds them.
 */
public final class StagingTables {
  private StagingTables() {}

  public static final String SUBMISSION = "stg_submission";
  public static final String FIGURE = "stg_figure";
  public static final String AWARD = "stg_award";
  public static final String OFFICER = "stg_officer";
  public static final String ISSUE = "stg_issue";
  /** Restricted: the officer's name and birth year, as read and as typed. */
  public static final String OFFICER_IDENTITY = "stg_officer_identity";
  /** Restricted: the name of an award's recipient (a person or a collective). */
  public static final String AWARD_RECIPIENT = "stg_award_recipient";

  /** Issues found in the file itself; they travel with the submission across runs. */
  public static final String ORIGIN_FILE = "file";
  /** Issues found by comparing submissions (outliers); recomputed by every run. */
  public static final String ORIGIN_BATCH = "batch";

  public static final StructType SUBMISSION_SCHEMA =
      schema(
          "submission_id", StringType, "school_year", StringType, "unit_code", StringType,
          "unit_name", StringType, "file", StringType, "size_bytes", LongType,
          "received_at", TimestampNTZType, "form_version", StringType, "status", StringType,
          "is_current", BooleanType, "error_count", IntegerType, "warning_count", IntegerType,
          "read_with", StringType);

  public static final StructType FIGURE_SCHEMA =
      schema(
          "submission_id", StringType, "school_year", StringType, "unit_code", StringType,
          "field_code", StringType, "total", LongType, "women", LongType, "total_raw", StringType,
          "women_raw", StringType, "sheet", StringType, "total_cell", StringType,
          "women_cell", StringType);

  public static final StructType AWARD_SCHEMA =
      schema(
          "submission_id", StringType, "school_year", StringType, "unit_code", StringType,
          "row_number", IntegerType, "form", StringType, "level", StringType,
          "recipient_type", StringType, "gender", StringType,
          "title", StringType, "decision_number", StringType, "decision_date", DateType,
          "decision_date_raw", StringType);

  public static final StructType OFFICER_SCHEMA =
      schema(
          "submission_id", StringType, "school_year", StringType, "unit_code", StringType,
          "row_number", IntegerType, "gender", StringType, "role", StringType,
          "trained", BooleanType, "last_training_date", DateType, "trained_raw", StringType,
          "last_training_date_raw", StringType);

  public static final StructType OFFICER_IDENTITY_SCHEMA =
      schema(
          "submission_id", StringType, "school_year", StringType, "unit_code", StringType,
          "row_number", IntegerType, "full_name", StringType, "birth_year", IntegerType,
          "birth_year_raw", StringType);

  public static final StructType AWARD_RECIPIENT_SCHEMA =
      schema(
          "submission_id", StringType, "school_year", StringType, "unit_code", StringType,
          "row_number", IntegerType, "recipient_name", StringType);

  public static final StructType ISSUE_SCHEMA =
      schema(
          "submission_id", StringType, "school_year", StringType, "unit_code", StringType,
          "file", StringType, "sheet", StringType, "cell", StringType, "field_code", StringType,
          "value", StringType, "rule", StringType, "level", StringType, "message", StringType,
          "origin", StringType);

  public static final Map<String, StructType> SCHEMAS =
      Map.of(
          SUBMISSION, SUBMISSION_SCHEMA, FIGURE, FIGURE_SCHEMA, AWARD, AWARD_SCHEMA,
          OFFICER, OFFICER_SCHEMA, ISSUE, ISSUE_SCHEMA);

  /** The tables of the restricted store, beside each staging version. */
  public static final Map<String, StructType> RESTRICTED_SCHEMAS =
      Map.of(OFFICER_IDENTITY, OFFICER_IDENTITY_SCHEMA, AWARD_RECIPIENT, AWARD_RECIPIENT_SCHEMA);

  /** The submission's own row, before cross-submission rules set is_current and add warnings. */
  public static Row submissionRow(ParsedSubmission s) {
    return RowFactory.create(
        s.submissionId(), s.schoolYear(), s.unitCode(), s.unitName(), s.file(), s.sizeBytes(),
        s.receivedAt(), s.formVersion(), s.accepted() ? "accepted" : "rejected", false,
        (int) s.errorCount(), (int) s.warningCount(), null);
  }

  public static List<Row> figureRows(ParsedSubmission s) {
    List<Row> rows = new ArrayList<>();
    for (FigureValue f : s.figures()) {
      rows.add(
          RowFactory.create(
              s.submissionId(), s.schoolYear(), s.unitCode(), f.fieldCode(), f.total(), f.women(),
              f.totalRaw(), f.womenRaw(), f.sheet(), f.totalCell(), f.womenCell()));
    }
    return rows;
  }

  public static List<Row> awardRows(ParsedSubmission s) {
    List<Row> rows = new ArrayList<>();
    for (AwardRow a : s.awards()) {
      rows.add(
          RowFactory.create(
              s.submissionId(), s.schoolYear(), s.unitCode(), a.row(), a.form(), a.level(),
              a.recipientType(), a.gender(), a.title(), a.decisionNumber(), a.decisionDate(),
              a.decisionDateRaw()));
    }
    return rows;
  }

  public static List<Row> awardRecipientRows(ParsedSubmission s) {
    List<Row> rows = new ArrayList<>();
    for (AwardRow a : s.awards()) {
      rows.add(RowFactory.create(s.submissionId(), s.schoolYear(), s.unitCode(), a.row(), a.recipientName()));
    }
    return rows;
  }

  public static List<Row> officerRows(ParsedSubmission s) {
    List<Row> rows = new ArrayList<>();
    for (OfficerRow o : s.officers()) {
      rows.add(
          RowFactory.create(
              s.submissionId(), s.schoolYear(), s.unitCode(), o.row(), o.gender(), o.role(),
              o.trained(), o.lastTrainingDate(), o.trainedRaw(), o.lastTrainingDateRaw()));
    }
    return rows;
  }

  public static List<Row> officerIdentityRows(ParsedSubmission s) {
    List<Row> rows = new ArrayList<>();
    for (OfficerRow o : s.officers()) {
      rows.add(
          RowFactory.create(
              s.submissionId(), s.schoolYear(), s.unitCode(), o.row(), o.fullName(), o.birthYear(),
              o.birthYearRaw()));
    }
    return rows;
  }

  public static List<Row> issueRows(ParsedSubmission s) {
    List<Row> rows = new ArrayList<>();
    for (Issue i : s.issues()) {
      rows.add(
          RowFactory.create(
              s.submissionId(), s.schoolYear(), s.unitCode(), i.file(), i.sheet(), i.cell(),
              i.fieldCode(), i.value(), i.rule().code(), i.level().label(), i.message(),
              ORIGIN_FILE));
    }
    return rows;
  }

  private static StructType schema(Object... namesAndTypes) {
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      fields.add(new StructField((String) namesAndTypes[i], (DataType) namesAndTypes[i + 1], true,
          org.apache.spark.sql.types.Metadata.empty()));
    }
    return new StructType(fields.toArray(StructField[]::new));
  }
}
