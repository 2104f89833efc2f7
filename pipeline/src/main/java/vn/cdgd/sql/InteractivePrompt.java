package vn.cdgd.sql;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The {@code cdgd> } prompt: a statement may span lines (continued with {@code    -> } until a
 * {@code ;}), the whole statement is one history entry, the history survives in a file, Tab
 * completes view and column names, and a refused statement is reported without leaving.
 * {@code .quit}, {@code .exit} or Ctrl-D leave; Ctrl-C drops the statement being typed.
 */
public final class InteractivePrompt {
  static final String PROMPT = "cdgd> ";
  static final String CONTINUATION = "   -> ";

  private InteractivePrompt() {}

  /** Runs the prompt on the process's terminal until the analyst leaves. */
  public static void run(WarehouseConsole console, ResultFormat format, Path historyFile) {
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      LineReader reader = LineReaderBuilder.builder()
          .terminal(terminal)
          .appName("cdgd sql")
          .parser(new StatementParser())
          .completer(new StringsCompleter(words(console)))
          .variable(LineReader.HISTORY_FILE, historyFile)
          .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
          .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
          .build();
      PrintWriter out = terminal.writer();
      SqlSession session = new SqlSession(console, format, out, out);
      out.println("Kho dữ liệu: " + console.version() + " (" + console.views().size() + " view)."
          + " Gõ .views để xem các view, .quit để thoát.");
      loop(reader, session);
      reader.getHistory().save();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use the terminal", e);
    }
  }

  private static void loop(LineReader reader, SqlSession session) {
    while (true) {
      String line;
      try {
        line = reader.readLine(PROMPT);
      } catch (UserInterruptException e) {
        continue;
      } catch (EndOfFileException e) {
        return;
      }
      if (SqlSession.isDotCommand(line)) {
        if (!session.dotCommand(line)) {
          return;
        }
      } else {
        session.run(line);
      }
    }
  }

  private static List<String> words(WarehouseConsole console) {
    List<String> words = new ArrayList<>(console.views());
    console.columns().values().forEach(words::addAll);
    return words.stream().distinct().toList();
  }
}
