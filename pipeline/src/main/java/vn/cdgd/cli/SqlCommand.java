package vn.cdgd.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.cdgd.conf.Workspace;
import vn.cdgd.sql.ColumnLabels;
import vn.cdgd.sql.InteractivePrompt;
import vn.cdgd.sql.PipedInput;
import vn.cdgd.sql.ResultFormat;
import vn.cdgd.sql.SqlSession;
import vn.cdgd.sql.WarehouseConsole;
import vn.cdgd.sql.WarehouseNotPublishedException;

/**
 * {@code cdgd sql}: the analysts' console over the published warehouse, with DuckDB and never
 * Spark, so it answers in a second. A query from {@code -c}, from {@code --file}, piped on the
 * standard input, or typed at the {@code cdgd> } prompt.
 */
@Command(
    name = "sql",
    description = {
      "Truy vấn SQL (DuckDB) trên kho dữ liệu đã công bố: dim_unit, fct_figure, fct_award,"
          + " fct_submission, mart_indicator, mart_target_progress… Không có câu lệnh thì mở dấu"
          + " nhắc cdgd> (hoặc đọc câu lệnh từ đầu vào chuẩn khi không phải bàn phím).",
      "Mã thoát: 0 thành công, 2 câu lệnh SQL sai (hoặc sai cú pháp lệnh), 3 chưa có kho dữ liệu,"
          + " 4 không đọc được tệp, 1 lỗi khác."
    })
public final class SqlCommand implements Callable<Integer> {
  /** A refused query is a wrong command line, as with any other wrong argument. */
  static final int QUERY_REFUSED = ExitCodes.USAGE;

  @Mixin WorkspaceOptions options;

  @Spec CommandSpec spec;

  @Option(names = {"-c", "--command"}, paramLabel = "<sql>",
      description = "Câu lệnh SQL cần chạy; nhiều câu lệnh cách nhau bằng dấu ;.")
  String command;

  @Option(names = {"-f", "--file"}, paramLabel = "<file.sql>",
      description = "Tệp SQL (UTF-8) cần chạy, các câu lệnh cách nhau bằng dấu ;.")
  Path file;

  @Option(names = "--views", description = "Liệt kê các view, ý nghĩa một dòng của mỗi view và các cột.")
  boolean views;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  @Option(names = "--vietnamese-headers",
      description = "Đặt tên cột bằng tiếng Việt (unit_code → \"Mã đơn vị\"…) trong bảng và trong CSV, để mở"
          + " bằng Excel; cột tự đặt tên trong câu lệnh giữ nguyên. Không dùng cho --json.")
  boolean vietnameseHeaders;

  /** The format chosen, under Vietnamese headers when asked. */
  ResultFormat chosenFormat() {
    return vietnameseHeaders ? ColumnLabels.load().over(format.chosen()) : format.chosen();
  }

  /** How results are printed; a table unless asked otherwise. */
  static final class Format {
    @Option(names = "--csv", description = "In kết quả dạng CSV (RFC 4180, có dòng tiêu đề).")
    boolean csv;

    @Option(names = "--json", description = "In kết quả dạng JSON (một mảng các đối tượng).")
    boolean json;

    ResultFormat chosen() {
      return csv ? ResultFormat.csv() : json ? ResultFormat.json() : ResultFormat.table();
    }
  }

  /** The standard input; tests give their own. */
  InputStream stdin = System.in;

  /** Whether the standard input is a person at a terminal rather than a pipe or a file. */
  boolean terminal = System.console() != null;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Workspace workspace = options.workspace();
    if (vietnameseHeaders && format.json) {
      err.println("Lỗi: --vietnamese-headers chỉ dùng cho bảng và --csv; JSON giữ tên cột gốc cho các chương trình đọc.");
      return ExitCodes.USAGE;
    }
    if (command != null && file != null) {
      err.println("Lỗi: chỉ dùng một trong hai: -c <sql> hoặc --file <file.sql>.");
      return ExitCodes.USAGE;
    }
    String script;
    try {
      script = file != null ? Files.readString(file, StandardCharsets.UTF_8) : command;
    } catch (IOException e) {
      err.println("Lỗi: không đọc được tệp SQL " + file + " (" + e.getMessage() + ").");
      return ExitCodes.INPUT;
    }
    try (WarehouseConsole console = WarehouseConsole.open(workspace)) {
      SqlSession session = new SqlSession(console, chosenFormat(), out, err);
      if (views) {
        session.listViews();
        return ExitCodes.OK;
      }
      if (script != null) {
        return session.run(script) ? ExitCodes.OK : QUERY_REFUSED;
      }
      if (terminal) {
        InteractivePrompt.run(console, chosenFormat(), history(workspace));
        return ExitCodes.OK;
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
      return PipedInput.run(lines, session) ? ExitCodes.OK : QUERY_REFUSED;
    } catch (WarehouseNotPublishedException e) {
      err.println("Lỗi: " + e.getMessage());
      return ExitCodes.CONFIG;
    }
  }

  /** The prompt's history lives with the workspace's other generated files. */
  static Path history(Workspace workspace) {
    return workspace.output().resolve(".cdgd_sql_history");
  }
}
