package vn.cdgd.parquet;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * The Parquet schema and footer Spark's own writer gives a flat {@link StructType}, so a file
 * written here is read by Spark and DuckDB with exactly the types a Spark-written one has: the
 * message {@code spark_schema}, a nullable column optional, strings as {@code BINARY (STRING)},
 * dates as {@code INT32 (DATE)}, both kinds of timestamps as {@code INT64} micros (adjusted to UTC
 * for {@code timestamp}, not for {@code timestamp_ntz}), decimals as Spark's standard (not legacy)
 * format. The footer holds the schema's JSON under Spark's key, which Spark reads to restore the
 * Catalyst types (a {@code timestamp_ntz} among them), and the Spark version, which tells Spark
 * the dates are proleptic Gregorian (no rebase).
 *
 * <p>Nested types (arrays, maps, structs) are refused: no table of cdgd has them.
 */
public final class SparkParquetSchema {
  /** Spark's footer key of the Catalyst schema (ParquetReadSupport.SPARK_METADATA_KEY). */
  public static final String ROW_METADATA_KEY = "org.apache.spark.sql.parquet.row.metadata";
  /** Spark's footer key of the writing Spark version (package SPARK_VERSION_METADATA_KEY). */
  public static final String VERSION_KEY = "org.apache.spark.version";

  private SparkParquetSchema() {}

  /** The Parquet message Spark writes for {@code schema}. */
  public static MessageType messageType(StructType schema) {
    Types.MessageTypeBuilder message = Types.buildMessage();
    for (StructField field : schema.fields()) {
      message.addField(column(field));
    }
    return message.named("spark_schema");
  }

  /** The key/value metadata Spark puts in the footer. */
  public static Map<String, String> footer(StructType schema) {
    Map<String, String> footer = new LinkedHashMap<>();
    footer.put(VERSION_KEY, org.apache.spark.package$.MODULE$.SPARK_VERSION_SHORT());
    footer.put(ROW_METADATA_KEY, schema.json());
    return footer;
  }

  private static Type column(StructField field) {
    Repetition repetition = field.nullable() ? Repetition.OPTIONAL : Repetition.REQUIRED;
    DataType type = field.dataType();
    String name = field.name();
    if (type instanceof StringType) {
      return Types.primitive(PrimitiveTypeName.BINARY, repetition).as(LogicalTypeAnnotation.stringType()).named(name);
    } else if (type instanceof BinaryType) {
      return Types.primitive(PrimitiveTypeName.BINARY, repetition).named(name);
    } else if (type instanceof BooleanType) {
      return Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(name);
    } else if (type instanceof ByteType) {
      return Types.primitive(PrimitiveTypeName.INT32, repetition).as(LogicalTypeAnnotation.intType(8, true)).named(name);
    } else if (type instanceof ShortType) {
      return Types.primitive(PrimitiveTypeName.INT32, repetition).as(LogicalTypeAnnotation.intType(16, true)).named(name);
    } else if (type instanceof IntegerType) {
      return Types.primitive(PrimitiveTypeName.INT32, repetition).named(name);
    } else if (type instanceof LongType) {
      return Types.primitive(PrimitiveTypeName.INT64, repetition).named(name);
    } else if (type instanceof FloatType) {
      return Types.primitive(PrimitiveTypeName.FLOAT, repetition).named(name);
    } else if (type instanceof DoubleType) {
      return Types.primitive(PrimitiveTypeName.DOUBLE, repetition).named(name);
    } else if (type instanceof DateType) {
      return Types.primitive(PrimitiveTypeName.INT32, repetition).as(LogicalTypeAnnotation.dateType()).named(name);
    } else if (type instanceof TimestampType) {
      return Types.primitive(PrimitiveTypeName.INT64, repetition)
          .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS)).named(name);
    } else if (type instanceof TimestampNTZType) {
      return Types.primitive(PrimitiveTypeName.INT64, repetition)
          .as(LogicalTypeAnnotation.timestampType(false, LogicalTypeAnnotation.TimeUnit.MICROS)).named(name);
    } else if (type instanceof DecimalType decimal) {
      LogicalTypeAnnotation annotation = LogicalTypeAnnotation.decimalType(decimal.scale(), decimal.precision());
      if (decimal.precision() <= 9) {
        return Types.primitive(PrimitiveTypeName.INT32, repetition).as(annotation).named(name);
      } else if (decimal.precision() <= 18) {
        return Types.primitive(PrimitiveTypeName.INT64, repetition).as(annotation).named(name);
      }
      return Types.primitive(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY, repetition)
          .length(bytesFor(decimal.precision())).as(annotation).named(name);
    }
    throw new IllegalArgumentException("column " + name + ": type " + type.simpleString() + " is not written by cdgd's Parquet writer");
  }

  /** The fewest bytes whose two's complement holds every unscaled value of {@code precision} digits. */
  static int bytesFor(int precision) {
    int bytes = 1;
    while (Math.pow(2.0, 8 * bytes - 1) < Math.pow(10.0, precision)) {
      bytes++;
    }
    return bytes;
  }
}
