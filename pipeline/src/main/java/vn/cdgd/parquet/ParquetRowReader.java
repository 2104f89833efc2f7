package vn.cdgd.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.InitContext;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
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
 * Reads a Parquet file back as {@link Row}s of a given flat schema, one record at a time (the
 * file is never held whole), without Spark SQL. Columns are matched by name: a column of the
 * schema the file lacks reads as null (a file written before the column was added), a column of
 * the file the schema lacks is not read. Values are the external types {@link ParquetRowWriter}
 * takes, with the java.time ones: {@code LocalDate}, {@code Instant}, {@code LocalDateTime}.
 * Spark's own files read too, timestamps stored as INT96 included.
 */
public final class ParquetRowReader implements Iterator<Row>, AutoCloseable {
  private final ParquetReader<Row> reader;
  private final URI file;
  private Row next;
  private boolean done;

  private ParquetRowReader(ParquetReader<Row> reader, URI file) {
    this.reader = reader;
    this.file = file;
  }

  public static ParquetRowReader open(URI file, StructType schema, Configuration hadoop) {
    try {
      InputFile input = HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file), hadoop);
      ParquetReader<Row> reader = new Builder(input, schema).withConf(hadoop).build();
      return new ParquetRowReader(reader, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the Parquet file " + file, e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = reader.read();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      done = next == null;
    }
    return next != null;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Row row = next;
    next = null;
    return row;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file, e);
    }
  }

  private static final class Builder extends ParquetReader.Builder<Row> {
    private final StructType schema;

    Builder(InputFile file, StructType schema) {
      super(file);
      this.schema = schema;
    }

    @Override
    protected ReadSupport<Row> getReadSupport() {
      return new RowReadSupport(schema);
    }
  }

  private static final class RowReadSupport extends ReadSupport<Row> {
    private final StructType schema;

    RowReadSupport(StructType schema) {
      this.schema = schema;
    }

    @Override
    public ReadContext init(InitContext context) {
      MessageType file = context.getFileSchema();
      Types.MessageTypeBuilder requested = Types.buildMessage();
      for (StructField field : schema.fields()) {
        if (file.containsField(field.name())) {
          requested.addField(file.getType(field.name()));
        }
      }
      return new ReadContext(requested.named(file.getName()));
    }

    @Override
    public RecordMaterializer<Row> prepareForRead(Configuration configuration, Map<String, String> keyValueMetaData,
        MessageType fileSchema, ReadContext readContext) {
      return new RowMaterializer(schema, readContext.getRequestedSchema());
    }
  }

  private static final class RowMaterializer extends RecordMaterializer<Row> {
    private final StructType schema;
    private final Converter[] columns;
    private Object[] values;
    private final GroupConverter root = new GroupConverter() {
      @Override
      public Converter getConverter(int fieldIndex) {
        return columns[fieldIndex];
      }

      @Override
      public void start() {
        values = new Object[schema.size()];
      }

      @Override
      public void end() {}
    };

    RowMaterializer(StructType schema, MessageType requested) {
      this.schema = schema;
      this.columns = new Converter[requested.getFieldCount()];
      for (int i = 0; i < columns.length; i++) {
        Type column = requested.getType(i);
        int target = schema.fieldIndex(column.getName());
        columns[i] = converter(schema.fields()[target], column.asPrimitiveType(), v -> values[target] = v);
      }
    }

    @Override
    public Row getCurrentRecord() {
      return new GenericRowWithSchema(values, schema);
    }

    @Override
    public GroupConverter getRootConverter() {
      return root;
    }
  }

  private interface Sink {
    void set(Object value);
  }

  private static PrimitiveConverter converter(StructField field, PrimitiveType column, Sink sink) {
    DataType type = field.dataType();
    if (type instanceof StringType) {
      return new PrimitiveConverter() {
        @Override
        public void addBinary(Binary value) {
          sink.set(value.toStringUsingUTF8());
        }
      };
    } else if (type instanceof BinaryType) {
      return new PrimitiveConverter() {
        @Override
        public void addBinary(Binary value) {
          sink.set(value.getBytes());
        }
      };
    } else if (type instanceof BooleanType) {
      return new PrimitiveConverter() {
        @Override
        public void addBoolean(boolean value) {
          sink.set(value);
        }
      };
    } else if (type instanceof ByteType) {
      return new PrimitiveConverter() {
        @Override
        public void addInt(int value) {
          sink.set((byte) value);
        }
      };
    } else if (type instanceof ShortType) {
      return new PrimitiveConverter() {
        @Override
        public void addInt(int value) {
          sink.set((short) value);
        }
      };
    } else if (type instanceof IntegerType) {
      return new PrimitiveConverter() {
        @Override
        public void addInt(int value) {
          sink.set(value);
        }
      };
    } else if (type instanceof LongType) {
      return new PrimitiveConverter() {
        @Override
        public void addLong(long value) {
          sink.set(value);
        }

        @Override
        public void addInt(int value) {
          sink.set((long) value);
        }
      };
    } else if (type instanceof FloatType) {
      return new PrimitiveConverter() {
        @Override
        public void addFloat(float value) {
          sink.set(value);
        }
      };
    } else if (type instanceof DoubleType) {
      return new PrimitiveConverter() {
        @Override
        public void addDouble(double value) {
          sink.set(value);
        }

        @Override
        public void addFloat(float value) {
          sink.set((double) value);
        }
      };
    } else if (type instanceof DateType) {
      return new PrimitiveConverter() {
        @Override
        public void addInt(int value) {
          sink.set(LocalDate.ofEpochDay(value));
        }
      };
    } else if (type instanceof TimestampType || type instanceof TimestampNTZType) {
      boolean local = type instanceof TimestampNTZType;
      long unitsPerSecond = unitsPerSecond(column);
      return new PrimitiveConverter() {
        @Override
        public void addLong(long value) {
          long seconds = Math.floorDiv(value, unitsPerSecond);
          long nanos = Math.floorMod(value, unitsPerSecond) * (1_000_000_000L / unitsPerSecond);
          set(seconds, nanos);
        }

        @Override
        public void addBinary(Binary value) {
          // INT96, Spark's default for timestamps: nanoseconds of the day, then the Julian day.
          ByteBuffer bytes = value.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
          long nanosOfDay = bytes.getLong();
          long julianDay = Integer.toUnsignedLong(bytes.getInt());
          long seconds = (julianDay - 2_440_588L) * 86_400L + Math.floorDiv(nanosOfDay, 1_000_000_000L);
          set(seconds, Math.floorMod(nanosOfDay, 1_000_000_000L));
        }

        private void set(long seconds, long nanos) {
          sink.set(local ? LocalDateTime.ofEpochSecond(seconds, (int) nanos, ZoneOffset.UTC)
              : Instant.ofEpochSecond(seconds, nanos));
        }
      };
    } else if (type instanceof DecimalType decimal) {
      int scale = column.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d
          ? d.getScale() : decimal.scale();
      return new PrimitiveConverter() {
        @Override
        public void addInt(int value) {
          sink.set(BigDecimal.valueOf(value, scale));
        }

        @Override
        public void addLong(long value) {
          sink.set(BigDecimal.valueOf(value, scale));
        }

        @Override
        public void addBinary(Binary value) {
          sink.set(new BigDecimal(new BigInteger(value.getBytes()), scale));
        }
      };
    }
    throw new IllegalArgumentException("column " + field.name() + ": type " + type.simpleString() + " is not read");
  }

  private static long unitsPerSecond(PrimitiveType column) {
    if (column.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation t) {
      return switch (t.getUnit()) {
        case MILLIS -> 1_000L;
        case MICROS -> 1_000_000L;
        case NANOS -> 1_000_000_000L;
      };
    }
    return 1_000_000L;
  }
}
