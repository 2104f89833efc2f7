package vn.cdgd.sql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A JSON array with one object per row, one row per line: numbers as JSON numbers (decimals
 * written plainly, doubles without float noise, NaN and infinities as null), booleans as
 * booleans, dates and times as ISO strings, lists as arrays.
 */
final class JsonFormat implements ResultFormat {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  @Override
  public void write(QueryResult result, PrintWriter out) {
    if (!result.hasRows()) {
      return;
    }
    List<String> names = result.columnNames();
    out.print("[");
    for (int r = 0; r < result.rows().size(); r++) {
      out.print(r == 0 ? "\n  " : ",\n  ");
      out.print(object(names, result.rows().get(r)));
    }
    out.println(result.rows().isEmpty() ? "]" : "\n]");
  }

  private static String object(List<String> names, List<Object> row) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.writeStartObject();
      for (int c = 0; c < names.size(); c++) {
        json.writeFieldName(names.get(c));
        value(json, row.get(c));
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void value(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Double || value instanceof Float) {
      BigDecimal number = Values.number(value);
      if (number == null) {
        json.writeNull();
      } else {
        json.writeNumber(number);
      }
    } else if (value instanceof BigDecimal decimal) {
      json.writeNumber(decimal);
    } else if (value instanceof BigInteger integer) {
      json.writeNumber(integer);
    } else if (value instanceof Number number) {
      json.writeNumber(number.longValue());
    } else if (value instanceof Boolean bool) {
      json.writeBoolean(bool);
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object element : list) {
        value(json, element);
      }
      json.writeEndArray();
    } else if (value instanceof LocalDateTime dateTime) {
      json.writeString(dateTime.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    } else if (value instanceof OffsetDateTime dateTime) {
      json.writeString(dateTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } else {
      json.writeString(value.toString());
    }
  }
}
