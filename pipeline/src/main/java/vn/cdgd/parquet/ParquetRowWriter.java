package vn.cdgd.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.spark.sql.Row;
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
 * Writes {@link Row}s of a flat {@link StructType} to one Parquet file, without Spark SQL: no
 * session, no plan, no generated code, so a table computed on the driver or in a plain task is
 * written in the time its bytes take. The file is what Spark's own writer gives the same schema
 * ({@link SparkParquetSchema}: types, footer), snappy-compressed, and the same rows in the same
 * order give the same bytes. Values are a Row's external types: {@code String}, {@code Integer},
 * {@code Long}, {@code Double}…, {@code LocalDate} or {@code java.sql.Date}, {@code Instant} or
 * {@code java.sql.Timestamp} for {@code timestamp}, {@code LocalDateTime} for {@code
 * timestamp_ntz}, {@code BigDecimal}; rows are read by position, in the schema's order.
 */
public final class ParquetRowWriter implements AutoCloseable {
  private final ParquetWriter<Row> writer;
  private final URI file;
  private long rows;

  private ParquetRowWriter(ParquetWriter<Row> writer, URI file) {
    this.writer = writer;
    this.file = file;
  }

  /** A writer of a new file at {@code file} (any Hadoop file system); the file must not exist. */
  public static ParquetRowWriter create(URI file, StructType schema, Configuration hadoop) {
    try {
      OutputFile output = HadoopFiles.output(file, hadoop);
      ParquetWriter<Row> writer = new Builder(output, schema)
          .withConf(hadoop)
          .withWriteMode(ParquetFileWriter.Mode.CREATE)
          .withCompressionCodec(CompressionCodecName.SNAPPY)
          .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0)
          .withDictionaryEncoding(true)
          .build();
      return new ParquetRowWriter(writer, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the Parquet file " + file, e);
    }
  }

  /** Writes every row of {@code rows} to a new file and returns how many it wrote. */
  public static long write(URI file, StructType schema, Iterator<Row> rows, Configuration hadoop) {
    try (ParquetRowWriter writer = create(file, schema, hadoop)) {
      while (rows.hasNext()) {
        writer.write(rows.next());
      }
      return writer.rows();
    }
  }

  public void write(Row row) {
    try {
      writer.write(row);
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + file, e);
    }
  }

  /** The rows written so far. */
  public long rows() {
    return rows;
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish the Parquet file " + file, e);
    }
  }

  private static final class Builder extends ParquetWriter.Builder<Row, Builder> {
    private final StructType schema;

    Builder(OutputFile file, StructType schema) {
      super(file);
      this.schema = schema;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<Row> getWriteSupport(Configuration conf) {
      return new RowWriteSupport(schema);
    }
  }

  /** Hands each value of a row to Parquet's record consumer as the physical type of its column. */
  private static final class RowWriteSupport extends WriteSupport<Row> {
    private final StructType schema;
    private final MessageType message;
    private final Map<String, String> footer;
    private final ValueWriter[] values;
    private RecordConsumer consumer;

    RowWriteSupport(StructType schema) {
      this.schema = schema;
      this.message = SparkParquetSchema.messageType(schema);
      this.footer = SparkParquetSchema.footer(schema);
      StructField[] fields = schema.fields();
      this.values = new ValueWriter[fields.length];
      for (int i = 0; i < fields.length; i++) {
        values[i] = valueWriter(fields[i]);
      }
    }

    @Override
    public WriteContext init(Configuration configuration) {
      return new WriteContext(message, footer);
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.consumer = recordConsumer;
    }

    @Override
    public void write(Row row) {
      StructField[] fields = schema.fields();
      if (row.length() != fields.length) {
        throw new IllegalArgumentException("a row of " + row.length() + " values for " + fields.length + " columns");
      }
      consumer.startMessage();
      for (int i = 0; i < fields.length; i++) {
        Object value = row.get(i);
        if (value == null) {
          if (!fields[i].nullable()) {
            throw new IllegalArgumentException("column " + fields[i].name() + " is not nullable");
          }
          continue;
        }
        consumer.startField(fields[i].name(), i);
        values[i].write(consumer, value);
        consumer.endField(fields[i].name(), i);
      }
      consumer.endMessage();
    }
  }

  private interface ValueWriter {
    void write(RecordConsumer consumer, Object value);
  }

  private static ValueWriter valueWriter(StructField field) {
    DataType type = field.dataType();
    if (type instanceof StringType) {
      return (c, v) -> c.addBinary(Binary.fromString((String) v));
    } else if (type instanceof BinaryType) {
      return (c, v) -> c.addBinary(Binary.fromConstantByteArray((byte[]) v));
    } else if (type instanceof BooleanType) {
      return (c, v) -> c.addBoolean((Boolean) v);
    } else if (type instanceof ByteType || type instanceof ShortType || type instanceof IntegerType) {
      return (c, v) -> c.addInteger(((Number) v).intValue());
    } else if (type instanceof LongType) {
      return (c, v) -> c.addLong((Long) v);
    } else if (type instanceof FloatType) {
      return (c, v) -> c.addFloat((Float) v);
    } else if (type instanceof DoubleType) {
      return (c, v) -> c.addDouble((Double) v);
    } else if (type instanceof DateType) {
      return (c, v) -> c.addInteger(Math.toIntExact(epochDay(v)));
    } else if (type instanceof TimestampType) {
      return (c, v) -> c.addLong(micros(v instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) v));
    } else if (type instanceof TimestampNTZType) {
      return (c, v) -> c.addLong(micros(((LocalDateTime) v).toInstant(ZoneOffset.UTC)));
    } else if (type instanceof DecimalType decimal) {
      return decimalWriter(field.name(), decimal);
    }
    throw new IllegalArgumentException("column " + field.name() + ": type " + type.simpleString() + " is not written");
  }

  private static long epochDay(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate().toEpochDay() : ((LocalDate) value).toEpochDay();
  }

  private static long micros(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }

  private static ValueWriter decimalWriter(String name, DecimalType type) {
    int precision = type.precision();
    int scale = type.scale();
    int bytes = SparkParquetSchema.bytesFor(precision);
    return (c, v) -> {
      BigDecimal value = ((BigDecimal) v).setScale(scale, RoundingMode.HALF_UP);
      if (value.precision() > precision) {
        throw new IllegalArgumentException("column " + name + ": " + v + " does not fit decimal(" + precision + "," + scale + ")");
      }
      if (precision <= 9) {
        c.addInteger(value.unscaledValue().intValueExact());
      } else if (precision <= 18) {
        c.addLong(value.unscaledValue().longValueExact());
      } else {
        byte[] minimal = value.unscaledValue().toByteArray();
        byte[] fixed = new byte[bytes];
        byte sign = (byte) (minimal[0] < 0 ? -1 : 0);
        int pad = bytes - minimal.length;
        for (int i = 0; i < bytes; i++) {
          fixed[i] = i < pad ? sign : minimal[i - pad];
        }
        c.addBinary(Binary.fromConstantByteArray(fixed));
      }
    };
  }
}
