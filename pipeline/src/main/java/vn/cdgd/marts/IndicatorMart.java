package vn.cdgd.marts;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import vn.cdgd.conf.IndicatorDefinition;
import vn.cdgd.warehouse.Schemas;

/**
 * {@code mart_indicator}: one row per school year × unit (each CĐCS and each node above it) ×
 * breakdown × indicator, with Σ numerator, Σ denominator and the value. A node's value is the sum
 * of its grassroots units' numerators over the sum of their denominators, never an average of
 * rates. Breakdowns: {@code all}; {@code school_level}, {@code ownership}, {@code cluster} by the
 * unit's attributes that year; {@code sex} and {@code award} where the indicator has them.
 */
public final class IndicatorMart {
  private IndicatorMart() {}

  static final List<String> ATTRIBUTES = List.of("school_level", "ownership", "cluster");
  static final String UNKNOWN = "Không xác định";

  public static Dataset<Row> build(
      SparkSession spark, Dataset<Row> unitRows, Dataset<Row> unitYear, Dataset<Row> ancestors,
      List<IndicatorDefinition> indicators) {
    Dataset<Row> attributes = unitYear.select(col("school_year").as("a_year"), col("unit_code").as("a_unit"),
        col("school_level"), col("ownership"), col("cluster"));
    List<Column> stacked = new ArrayList<>();
    for (String attribute : ATTRIBUTES) {
      stacked.add(org.apache.spark.sql.functions.struct(lit(attribute).as("breakdown"),
          coalesce(nullif(col(attribute), lit("")), lit(UNKNOWN)).as("breakdown_value")));
    }
    // Each unit's "all" row again under each of its attributes, in one pass.
    Dataset<Row> byAttribute = unitRows.filter(col("breakdown").equalTo("all"))
        .join(attributes, col("school_year").equalTo(col("a_year")).and(col("unit_code").equalTo(col("a_unit"))))
        .select(col("school_year"), col("unit_code"), col("indicator_code"),
            org.apache.spark.sql.functions.explode(org.apache.spark.sql.functions.array(stacked.toArray(Column[]::new))).as("a"),
            col("numerator"), col("denominator"))
        .select(col("school_year"), col("unit_code"), col("indicator_code"), col("a.breakdown"),
            col("a.breakdown_value"), col("numerator"), col("denominator"));
    Dataset<Row> everything = unitRows.unionByName(byAttribute);
    Dataset<Row> rolled =
        everything
            .join(ancestors.select(col("school_year").as("e_year"), col("unit_code").as("e_unit"), col("ancestor_code")),
                col("school_year").equalTo(col("e_year")).and(col("unit_code").equalTo(col("e_unit"))))
            .groupBy(col("school_year"), col("ancestor_code").as("unit_code"), col("indicator_code"),
                col("breakdown"), col("breakdown_value"))
            .agg(sum(col("numerator")).as("numerator"), sum(col("denominator")).as("denominator"));
    Dataset<Row> meta = spark.createDataFrame(metadata(indicators),
        Schemas.of("m_code", DataTypes.StringType, "indicator_name", DataTypes.StringType, "kind", DataTypes.StringType));
    Column value =
        when(col("kind").equalTo("count"), col("numerator").cast(DataTypes.DoubleType))
            .when(col("denominator").isNull().or(col("denominator").equalTo(0)), lit(null).cast(DataTypes.DoubleType))
            .otherwise(col("numerator").cast(DataTypes.DoubleType).divide(col("denominator").cast(DataTypes.DoubleType)));
    return rolled
        .join(meta, col("indicator_code").equalTo(col("m_code")))
        .select(col("school_year"), col("unit_code"), col("breakdown"), col("breakdown_value"),
            col("indicator_code"), col("indicator_name"), col("kind"), col("numerator"),
            col("denominator"), value.as("value"));
  }

  private static List<Row> metadata(List<IndicatorDefinition> indicators) {
    List<Row> rows = new ArrayList<>();
    for (IndicatorDefinition i : indicators) {
      rows.add(RowFactory.create(i.code(), i.name(), i.kind()));
    }
    return rows;
  }
}
