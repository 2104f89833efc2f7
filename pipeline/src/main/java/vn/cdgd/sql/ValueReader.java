package vn.cdgd.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Struct;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a DuckDB value as a plain Java value the formatters know: dates and times as {@code
 * java.time} (never {@code java.sql.Timestamp}, whose text depends on the JVM's time zone),
 * decimals as {@link BigDecimal}, lists as {@link List}; anything else as DuckDB hands it over.
 */
final class ValueReader {
  private ValueReader() {}

  static Object read(ResultSet rs, int column, String type) throws SQLException {
    Object raw = rs.getObject(column);
    if (raw == null) {
      return null;
    }
    String base = type.replaceFirst("\\(.*", "").trim();
    return switch (base) {
      case "DATE" -> rs.getObject(column, LocalDate.class);
      case "TIMESTAMP", "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS" ->
          rs.getObject(column, LocalDateTime.class);
      case "TIMESTAMP WITH TIME ZONE" -> rs.getObject(column, OffsetDateTime.class);
      case "TIME" -> rs.getObject(column, LocalTime.class);
      case "DECIMAL" -> rs.getBigDecimal(column);
      default -> plain(raw);
    };
  }

  private static Object plain(Object raw) throws SQLException {
    if (raw instanceof Array array) {
      List<Object> list = new ArrayList<>();
      for (Object element : (Object[]) array.getArray()) {
        list.add(plain(element));
      }
      return list;
    }
    if (raw instanceof Struct struct) {
      return Arrays.asList(struct.getAttributes());
    }
    if (raw instanceof BigInteger || raw instanceof BigDecimal || raw instanceof Number
        || raw instanceof Boolean || raw instanceof String) {
      return raw;
    }
    if (raw instanceof byte[] || raw instanceof java.sql.Blob) {
      return "<blob>";
    }
    return raw.toString();
  }
}
