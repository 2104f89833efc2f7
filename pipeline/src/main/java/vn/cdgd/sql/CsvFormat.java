package vn.cdgd.sql;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV with a header row (CRLF line ends, quotes only where needed), the values as the
 * table shows them: NULL as an empty field, doubles without float noise.
 */
final class CsvFormat implements ResultFormat {

  @Override
  public void write(QueryResult result, PrintWriter out) {
    if (!result.hasRows()) {
      return;
    }
    try {
      CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
      printer.printRecord(result.columnNames());
      for (List<Object> row : result.rows()) {
        List<String> fields = new ArrayList<>(row.size());
        for (Object value : row) {
          fields.add(Values.text(value));
        }
        printer.printRecord(fields);
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
