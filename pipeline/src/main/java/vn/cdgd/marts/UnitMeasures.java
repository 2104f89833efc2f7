package vn.cdgd.marts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import vn.cdgd.conf.FieldDefinition;
import vn.cdgd.conf.IndicatorDefinition;
import vn.cdgd.conf.Measure;

/**
 * Every indicator's numerator and denominator for each grassroots unit and year (an intermediate
 * table, one row per unit × year × indicator × unit-level breakdown): the unit's own share of each
 * sum, evaluated from the indicator definitions of conf/indicators.yaml. Roll-ups add these up.
 */
public final class UnitMeasures {
  private UnitMeasures() {}

  static final String WOMEN = "__women";

  /** One row per grassroots unit and year with what its measures read: figures, flags, counts. */
  public static Dataset<Row> unitFacts(
      Dataset<Row> unitYear, Dataset<Row> fctFigure, Dataset<Row> fctSubmission,
      Dataset<Row> fctRating, Dataset<Row> fctAward, List<FieldDefinition> fields) {
    List<Column> pivots = new ArrayList<>();
    for (FieldDefinition field : fields) {
      pivots.add(max(when(col("field_code").equalTo(field.code()), col("total"))).as(field.code()));
      pivots.add(max(when(col("field_code").equalTo(field.code()), col("women"))).as(field.code() + WOMEN));
    }
    Dataset<Row> wide =
        fctFigure.groupBy(col("school_year"), col("unit_code"))
            .agg(pivots.get(0), pivots.subList(1, pivots.size()).toArray(Column[]::new));
    Column accepted = col("status").equalTo("accepted");
    Dataset<Row> submitted =
        fctSubmission.groupBy(col("school_year"), col("unit_code"))
            .agg(
                max(when(col("is_current").and(accepted), 1).otherwise(0)).as("is_reporting"),
                max(when(accepted.and(col("is_on_time")), 1).otherwise(0)).as("is_on_time"));
    Dataset<Row> rated =
        fctRating.select(col("school_year"), col("unit_code"), lit(1).as("is_rated"),
            when(col("is_good_or_better"), 1).otherwise(0).as("is_rated_good"));
    Dataset<Row> awards =
        fctAward.groupBy(col("school_year"), col("unit_code")).agg(count(lit(1)).as("award_count"));
    List<String> keys = List.of("school_year", "unit_code");
    return unitYear
        .filter(col("is_grassroots"))
        .select(col("school_year"), col("unit_code"), col("ownership"))
        .join(submitted, toSeq(keys), "left")
        .join(wide, toSeq(keys), "left")
        .join(rated, toSeq(keys), "left")
        .join(awards, toSeq(keys), "left");
  }

  /**
   * The unit-level rows: breakdown {@code all}, and {@code sex} where the indicator has it. Built in
   * one pass (an array of measures per unit, exploded) rather than a union per indicator, which
   * keeps the query plan small however many indicators the configuration lists.
   */
  public static Dataset<Row> rows(Dataset<Row> unitFacts, List<IndicatorDefinition> indicators) {
    List<Column> measures = new ArrayList<>();
    for (IndicatorDefinition indicator : indicators) {
      Column numerator = limited(indicator, measure(indicator.numerator()));
      Column denominator = limited(indicator, measure(indicator.denominator()));
      measures.add(entry(indicator, "all", "all", numerator, denominator));
      if (indicator.bySex() != null) {
        Column womenNumerator = limited(indicator, measure(indicator.bySex().womenNumerator()));
        Column womenDenominator = limited(indicator, measure(indicator.bySex().womenDenominator()));
        measures.add(entry(indicator, "sex", "Nữ", womenNumerator, womenDenominator));
        measures.add(entry(indicator, "sex", "Nam", numerator.minus(womenNumerator), denominator.minus(womenDenominator)));
      }
    }
    return unitFacts
        .select(col("school_year"), col("unit_code"),
            org.apache.spark.sql.functions.explode(org.apache.spark.sql.functions.array(measures.toArray(Column[]::new))).as("m"))
        .select(col("school_year"), col("unit_code"), col("m.indicator_code"), col("m.breakdown"),
            col("m.breakdown_value"), col("m.numerator"), col("m.denominator"));
  }

  private static Column entry(
      IndicatorDefinition indicator, String breakdown, String value, Column numerator, Column denominator) {
    return org.apache.spark.sql.functions.struct(
        lit(indicator.code()).as("indicator_code"), lit(breakdown).as("breakdown"),
        lit(value).as("breakdown_value"), numerator.cast(DataTypes.LongType).as("numerator"),
        denominator.cast(DataTypes.LongType).as("denominator"));
  }

  /** Awards counted by form|level|recipient type, for the indicator that counts awards. */
  public static Dataset<Row> awardRows(Dataset<Row> fctAward, Dataset<Row> unitFacts, List<IndicatorDefinition> indicators) {
    Dataset<Row> rows = null;
    for (IndicatorDefinition indicator : indicators) {
      if (!indicator.isAwardCount()) {
        continue;
      }
      Dataset<Row> grassroots = unitFacts.select(col("school_year").as("g_year"), col("unit_code").as("g_unit"));
      Dataset<Row> counted =
          fctAward
              .join(grassroots, col("school_year").equalTo(col("g_year")).and(col("unit_code").equalTo(col("g_unit"))))
              .groupBy(col("school_year"), col("unit_code"),
                  org.apache.spark.sql.functions.concat_ws("|", col("form"), col("level"), col("recipient_type")).as("breakdown_value"))
              .agg(count(lit(1)).as("numerator"))
              .select(col("school_year"), col("unit_code"), lit(indicator.code()).as("indicator_code"),
                  lit("award").as("breakdown"), col("breakdown_value"),
                  col("numerator").cast(DataTypes.LongType).as("numerator"),
                  lit(null).cast(DataTypes.LongType).as("denominator"));
      rows = union(rows, counted);
    }
    return rows;
  }

  private static Column limited(IndicatorDefinition indicator, Column measure) {
    if (indicator.onlyOwnership() == null) {
      return measure;
    }
    return when(col("ownership").equalTo(indicator.onlyOwnership()), measure);
  }

  /** A measure as a column of the unit facts; null where the unit has nothing to count. */
  static Column measure(Measure measure) {
    if (measure == null) {
      return lit(null).cast(DataTypes.LongType);
    }
    Column reporting = col("is_reporting").equalTo(1);
    return switch (measure.kind()) {
      case SUM -> when(reporting, col(measure.field() + (measure.women() ? WOMEN : "")));
      case UNITS_WITH -> when(reporting, when(col(measure.field()).equalTo(1), 1).otherwise(0));
      case UNITS_REPORTING -> when(reporting, 1);
      case UNITS_RATED_GOOD -> when(col("is_rated").equalTo(1), col("is_rated_good"));
      case UNITS_RATED -> when(col("is_rated").equalTo(1), 1);
      case UNITS_SUBMITTED -> when(reporting, 1).otherwise(0);
      case UNITS_ON_TIME -> when(col("is_on_time").equalTo(1), 1).otherwise(0);
      case UNITS_EXPECTED -> lit(1);
      case AWARDS -> when(reporting, org.apache.spark.sql.functions.coalesce(col("award_count"), lit(0L)));
    };
  }

  private static Dataset<Row> union(Dataset<Row> a, Dataset<Row> b) {
    return a == null ? b : b == null ? a : a.unionByName(b);
  }

  static scala.collection.immutable.Seq<String> toSeq(List<String> columns) {
    return scala.jdk.javaapi.CollectionConverters.asScala(columns).toSeq();
  }
}
