package vn.cdgd.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Vietnamese headers for the warehouse's column names ({@code unit_code} → "Mã đơn vị"), kept in
 * {@code column-labels.properties} beside this class, for results opened by people in a
 * spreadsheet rather than read by programs. A column not listed (a query's own alias) keeps its
 * name, so a header is never invented.
 */
public final class ColumnLabels {
  private static final String RESOURCE = "column-labels.properties";
  private final Properties labels;

  private ColumnLabels(Properties labels) {
    this.labels = labels;
  }

  public static ColumnLabels load() {
    InputStream stream = ColumnLabels.class.getResourceAsStream(RESOURCE);
    if (stream == null) {
      throw new IllegalStateException("missing resource " + RESOURCE + " beside " + ColumnLabels.class);
    }
    Properties labels = new Properties();
    try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      labels.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new ColumnLabels(labels);
  }

  public String of(String column) {
    return labels.getProperty(column, column);
  }

  /** {@code format} writing each result under its columns' Vietnamese headers. */
  public ResultFormat over(ResultFormat format) {
    return (QueryResult result, PrintWriter out) -> format.write(new QueryResult(
        result.columns().stream().map(c -> new QueryResult.Column(of(c.name()), c.type())).toList(),
        result.rows(), result.hasRows()), out);
  }
}
