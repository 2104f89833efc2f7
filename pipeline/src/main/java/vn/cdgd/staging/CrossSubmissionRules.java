package vn.cdgd.staging;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.ingest.Level;
import vn.cdgd.ingest.Rule;

/**
 * The rules that need more than one submission, recomputed over the whole staging area on every
 * run so their result never depends on the order files arrived in:
 *
 * <ul>
 *   <li>the newest accepted submission of a unit and year is the current one; older ones stay in
 *       the history;
 *   <li>the outlier field (A02 in form v1) of a current submission changing by more than the
 *       form's {@code max_change} from the unit's current submission of the previous year is a
 *       warning.
 * </ul>
 */
public final class CrossSubmissionRules {
  private CrossSubmissionRules() {}

  /** Submissions with {@code is_current} set (input rows may carry any value there). */
  public static Dataset<Row> markCurrent(Dataset<Row> submissions) {
    Column eligible =
        col("status").equalTo("accepted").and(col("unit_code").notEqual("")).and(col("school_year").notEqual(""));
    Dataset<Row> ranked =
        submissions.withColumn(
            "_rank",
            row_number()
                .over(
                    Window.partitionBy(col("unit_code"), col("school_year"), eligible)
                        .orderBy(col("received_at").desc(), col("file").desc(), col("submission_id").desc())));
    return ranked
        .withColumn("is_current", eligible.and(col("_rank").equalTo(1)))
        .drop("_rank");
  }

  /** The outlier warnings, as {@code stg_issue} rows of origin {@code batch}. */
  public static Dataset<Row> outliers(
      Dataset<Row> currentSubmissions, Dataset<Row> figures, FormDefinition.Outlier outlier) {
    Dataset<Row> values =
        figures
            .filter(col("field_code").equalTo(outlier.field()).and(col("total").isNotNull()))
            .join(currentSubmissions.select("submission_id", "file"), "submission_id");
    Column previousYear =
        concat(
            (substring(col("school_year"), 1, 4).cast(DataTypes.IntegerType).minus(1)).cast(DataTypes.StringType),
            lit("-"),
            substring(col("school_year"), 1, 4));
    Dataset<Row> previous =
        values.select(
            col("unit_code").as("p_unit"), col("school_year").as("p_year"), col("total").as("p_total"));
    Dataset<Row> joined =
        values
            .withColumn("previous_year", previousYear)
            .join(
                previous,
                col("unit_code").equalTo(col("p_unit")).and(col("previous_year").equalTo(col("p_year"))))
            .filter(col("p_total").gt(0));
    Column change = col("total").minus(col("p_total")).divide(col("p_total"));
    Column percent = format_number(round(abs(change).multiply(100), 0), 0);
    Column direction = when(change.gt(0), lit("tăng ")).otherwise(lit("giảm "));
    return joined
        .filter(abs(change).gt(outlier.maxChange()))
        .select(
            col("submission_id"),
            col("school_year"),
            col("unit_code"),
            col("file"),
            col("sheet"),
            col("total_cell").as("cell"),
            col("field_code"),
            coalesce(col("total_raw"), col("total").cast(DataTypes.StringType)).as("value"),
            lit(Rule.OUTLIER.code()).as("rule"),
            lit(Level.WARNING.label()).as("level"),
            concat(
                    col("field_code"),
                    lit(" năm học "),
                    col("school_year"),
                    lit(" là "),
                    col("total").cast(DataTypes.StringType),
                    lit(", năm học trước là "),
                    col("p_total").cast(DataTypes.StringType),
                    lit(" ("),
                    direction,
                    percent,
                    lit(" %, quá " + Math.round(outlier.maxChange() * 100) + " %). Hãy kiểm tra lại;"
                        + " nếu đúng, ghi rõ lý do ở cột Ghi chú."))
                .as("message"),
            lit(StagingTables.ORIGIN_BATCH).as("origin"));
  }

  /** Adds the batch warnings of each submission to its warning count. */
  public static Dataset<Row> withBatchWarnings(Dataset<Row> submissions, Dataset<Row> batchIssues) {
    Dataset<Row> counts =
        batchIssues.groupBy(col("submission_id").as("b_id")).agg(count(lit(1)).as("b_warnings"));
    return submissions
        .join(counts, col("submission_id").equalTo(col("b_id")), "left")
        .withColumn(
            "warning_count",
            col("warning_count").plus(coalesce(col("b_warnings"), lit(0L))).cast(DataTypes.IntegerType))
        .drop("b_id", "b_warnings");
  }
}
