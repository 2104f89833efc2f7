package vn.cdgd.sql;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;

/**
 * Tells JLine when a typed line is not a finished statement yet, so it asks for more with the
 * continuation prompt instead of handing over half a query. A dot command is finished at once.
 * Words for completion are split as JLine's default parser does, without its quote and escape
 * rules, which are a shell's, not SQL's.
 */
final class StatementParser implements Parser {
  private final DefaultParser words = new DefaultParser().escapeChars(null).quoteChars(new char[0]);

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.ACCEPT_LINE
        && !SqlSession.isDotCommand(line)
        && !SqlScript.split(line).complete()) {
      throw new EOFError(-1, cursor, "câu lệnh chưa kết thúc bằng ;");
    }
    return words.parse(line, cursor, ParseContext.COMPLETE);
  }
}
