package vn.cdgd.sql;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * What the console does with what an analyst types, whichever way it arrives ({@code -c}, a file,
 * a pipe, the prompt): runs the statements one after the other and prints each result, prints a
 * refused statement as "Lỗi SQL: ", a Vietnamese line and DuckDB's message ({@link DuckDbErrors}; or
 * why a statement that does more than read is refused, in which case none of the script runs), and
 * answers the dot commands.
 */
public final class SqlSession {
  private final WarehouseConsole console;
  private final ResultFormat format;
  private final PrintWriter out;
  private final PrintWriter err;
  private boolean printedBefore;

  public SqlSession(WarehouseConsole console, ResultFormat format, PrintWriter out, PrintWriter err) {
    this.console = console;
    this.format = format;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs a script's statements in order, printing each result; stops at the first refused one.
   *
   * @return false when a statement was refused
   */
  public boolean run(String script) {
    List<String> statements = SqlScript.split(script).all();
    // Every statement passes the read-only gate before the first one runs.
    for (String statement : statements) {
      try {
        console.checkReadOnly(statement);
      } catch (QueryFailedException e) {
        return refused(e);
      }
    }
    for (String statement : statements) {
      QueryResult result;
      try {
        result = console.query(statement);
      } catch (QueryFailedException e) {
        return refused(e);
      }
      print(result);
    }
    return true;
  }

  private boolean refused(QueryFailedException e) {
    out.flush();
    err.println("Lỗi SQL: " + DuckDbErrors.explained(e.getMessage()));
    err.flush();
    return false;
  }

  /** Results are separated by a blank line; a statement CSV or JSON prints nothing for adds none. */
  private void print(QueryResult result) {
    StringWriter text = new StringWriter();
    try (PrintWriter writer = new PrintWriter(text)) {
      format.write(result, writer);
    }
    if (text.getBuffer().isEmpty()) {
      return;
    }
    if (printedBefore) {
      out.println();
    }
    out.print(text);
    out.flush();
    printedBefore = true;
  }

  /** True for a line the console answers itself ({@code .views}, {@code .quit}, …). */
  public static boolean isDotCommand(String line) {
    return line.strip().startsWith(".");
  }

  /**
   * Answers a dot command.
   *
   * @return false when the command asks to leave
   */
  public boolean dotCommand(String line) {
    String command = line.strip();
    switch (command) {
      case ".quit", ".exit", ".q" -> {
        return false;
      }
      case ".views", ".tables" -> listViews();
      case ".help" -> help();
      default -> err.println("Lệnh không rõ: " + command + ". Gõ .help để xem các lệnh.");
    }
    out.flush();
    err.flush();
    return true;
  }

  /** Each view, the sentence that says what one of its rows is, and its columns. */
  public void listViews() {
    ViewGrains grains = ViewGrains.load();
    Map<String, List<String>> columns = console.columns();
    if (columns.isEmpty()) {
      out.println("Kho dữ liệu chưa có bảng nào.");
    }
    for (Map.Entry<String, List<String>> view : columns.entrySet()) {
      out.println(view.getKey() + ": " + grains.of(view.getKey()));
      out.println("  " + String.join(", ", view.getValue()));
    }
    out.flush();
  }

  private void help() {
    out.println("Gõ một câu lệnh SQL, kết thúc bằng dấu ; (có thể viết trên nhiều dòng).");
    out.println("  .views   các view của kho dữ liệu, ý nghĩa một dòng và các cột");
    out.println("  .quit    thoát (hoặc .exit, Ctrl-D)");
  }
}
