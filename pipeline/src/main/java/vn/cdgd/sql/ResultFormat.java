package vn.cdgd.sql;

import java.io.PrintWriter;

/** One way of printing a result: an aligned table for people, CSV or JSON for other programs. */
public interface ResultFormat {

  void write(QueryResult result, PrintWriter out);

  static ResultFormat table() {
    return new TableFormat();
  }

  static ResultFormat csv() {
    return new CsvFormat();
  }

  static ResultFormat json() {
    return new JsonFormat();
  }
}
