package vn.cdgd.sql;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned text table: headers, a line of dashes, the rows, then "(N dòng)". Columns are
 * separated by two spaces rather than {@code |}, because values such as I05's breakdown ({@code
 * Bằng khen|LĐLĐ tỉnh|Tập thể}) contain bars. Numbers are right-aligned, text left-aligned, NULL
 * is blank, and widths are display widths ({@link DisplayWidth}).
 */
final class TableFormat implements ResultFormat {
  private static final String GAP = "  ";

  @Override
  public void write(QueryResult result, PrintWriter out) {
    if (!result.hasRows()) {
      out.println("Xong.");
      return;
    }
    List<QueryResult.Column> columns = result.columns();
    List<List<String>> cells = new ArrayList<>();
    for (List<Object> row : result.rows()) {
      cells.add(row.stream().map(TableFormat::cell).toList());
    }
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = DisplayWidth.of(cell(columns.get(c).name()));
      for (List<String> row : cells) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
      }
    }
    out.println(line(columns, columns.stream().map(column -> cell(column.name())).toList(), widths));
    List<String> dashes = new ArrayList<>();
    for (int width : widths) {
      dashes.add("-".repeat(width));
    }
    out.println(String.join(GAP, dashes));
    for (List<String> row : cells) {
      out.println(line(columns, row, widths));
    }
    out.println("(" + result.rows().size() + " dòng)");
  }

  private static String line(List<QueryResult.Column> columns, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String text = cells.get(c);
      String padding = " ".repeat(widths[c] - DisplayWidth.of(text));
      line.append(c == 0 ? "" : GAP);
      line.append(columns.get(c).numeric() ? padding + text : text + padding);
    }
    return line.toString().stripTrailing();
  }

  /** One line per cell: a line break or tab inside a value would break the alignment. */
  private static String cell(Object value) {
    String text = DisplayWidth.normalized(Values.text(value));
    return text.replace("\r\n", "↵").replace('\n', '↵').replace('\r', '↵').replace('\t', ' ');
  }
}
