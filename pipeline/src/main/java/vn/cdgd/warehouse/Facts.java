package vn.cdgd.warehouse;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The fact tables, each a transform of staging tables. Only the current accepted submission of a
 * unit and year feeds the figures, awards and officers' training; every received file stays in
 * {@code fct_submission}. No fact carries a person's name or birth year.
 */
public final class Facts {
  private Facts() {}

  /** One row per workbook received, accepted or not, with whether it arrived by the deadline. */
  public static Dataset<Row> fctSubmission(Dataset<Row> stgSubmission, Dataset<Row> dimSchoolYear) {
    Dataset<Row> deadlines = dimSchoolYear.select(col("school_year").as("d_year"), col("deadline"));
    return stgSubmission
        .join(deadlines, col("school_year").equalTo(col("d_year")), "left")
        .select(
            col("school_year"), col("unit_code"), col("unit_name"), col("submission_id"), col("file"),
            col("received_at"), col("status"), col("is_current"), col("error_count"),
            col("warning_count"),
            coalesce(col("received_at").cast("date").leq(col("deadline")), lit(false)).as("is_on_time"),
            col("form_version"));
  }

  /** One row per current accepted submission per form field. */
  public static Dataset<Row> fctFigure(Dataset<Row> stgFigure, Dataset<Row> current) {
    return stgFigure
        .join(current, "submission_id")
        .select(col("school_year"), col("unit_code"), col("field_code"), col("total"), col("women"),
            col("total_raw"), col("submission_id"));
  }

  /** One row per award of a current accepted submission; the recipient's name is left out. */
  public static Dataset<Row> fctAward(Dataset<Row> stgAward, Dataset<Row> current) {
    return stgAward
        .join(current, "submission_id")
        .select(col("school_year"), col("unit_code"), col("form"), col("level"),
            col("recipient_type"), col("gender"), col("title"), col("decision_number"),
            col("decision_date"), col("submission_id"));
  }

  /** Officers counted by role and sex per current submission: the roster without the persons. */
  public static Dataset<Row> fctOfficerTraining(Dataset<Row> stgOfficer, Dataset<Row> current) {
    Column trained = when(col("trained"), 1).otherwise(0);
    return stgOfficer
        .join(current, "submission_id")
        .groupBy(col("school_year"), col("unit_code"), col("role"), col("gender"))
        .agg(count(lit(1)).as("officers"), sum(trained).cast("long").as("trained"));
  }

  /** The current accepted submissions: the ones whose rows feed the facts. */
  public static Dataset<Row> current(Dataset<Row> stgSubmission) {
    return stgSubmission
        .filter(col("is_current").and(col("status").equalTo("accepted")))
        .select(col("submission_id"));
  }
}
