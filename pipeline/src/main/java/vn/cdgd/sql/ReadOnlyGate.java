package vn.cdgd.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets through only statements that read: a query ({@code SELECT}, {@code WITH}, {@code FROM …},
 * {@code VALUES}, and {@code DESCRIBE}, {@code SHOW}, {@code SUMMARIZE}, which DuckDB's parser turns
 * into queries) or an {@code EXPLAIN [ANALYZE]} of one. The decision is DuckDB's own parser's, not a
 * pattern's: {@code json_serialize_sql} serialises a text only when every statement in it is a
 * query, and says how many there are, so {@code COPY}, {@code ATTACH}, {@code SET}, {@code PRAGMA},
 * {@code CREATE}, {@code INSERT}, {@code LOAD}… and a second statement hidden after a {@code ;} are
 * all refused before anything runs. DuckDB's lock on the warehouse folder cannot do this alone: it
 * lets a {@code COPY} write into the folder it allows and a {@code CREATE} write in memory.
 */
final class ReadOnlyGate {
  /** The one prefix read here rather than by the parser, which does not serialise EXPLAIN. */
  private static final Pattern EXPLAIN =
      Pattern.compile("(?is)\\s*explain(\\s+analy[sz]e)?\\s+(.*)");
  private static final Pattern FIRST_WORD =
      Pattern.compile("(?s)(?:\\s|--[^\\n]*+\\n?|/\\*.*?\\*/|\\()*+([A-Za-z_]+).*");
  private static final String SERIALIZE =
      "select coalesce((j->>'$.error')::boolean, true), j->>'$.error_type',"
          + " coalesce(json_array_length(j, '$.statements'), 0)"
          + " from (select json_serialize_sql(?::varchar)::json as j)";

  private ReadOnlyGate() {}

  /** What the parser made of a text. */
  enum Verdict {
    /** Exactly one query: it may run. */
    READ,
    /** Not valid SQL: DuckDB's own syntax message says more than a refusal would. */
    SYNTAX_ERROR,
    /** A statement that is not a query, or more than one statement. */
    REFUSED
  }

  /**
   * Throws {@link QueryFailedException} with the reason in Vietnamese unless {@code sql} is one
   * statement that only reads.
   */
  static void check(Connection connection, String sql) {
    switch (verdict(connection, sql)) {
      case READ -> { }
      case SYNTAX_ERROR -> syntaxError(connection, sql);
      case REFUSED -> throw refusal(sql);
    }
  }

  /**
   * Throws {@link QueryFailedException} when {@code sql} parses as something other than one read; a
   * text that does not parse passes here and fails with DuckDB's message when its turn comes.
   */
  static void refuseUnlessRead(Connection connection, String sql) {
    if (verdict(connection, sql) == Verdict.REFUSED) {
      throw refusal(sql);
    }
  }

  static Verdict verdict(Connection connection, String sql) {
    Matcher explain = EXPLAIN.matcher(sql);
    String query = explain.matches() ? explain.group(2) : sql;
    try (PreparedStatement statement = connection.prepareStatement(SERIALIZE)) {
      statement.setString(1, query);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        boolean error = rs.getBoolean(1);
        String errorType = rs.getString(2);
        int statements = rs.getInt(3);
        if (!error) {
          return statements == 1 ? Verdict.READ : Verdict.REFUSED;
        }
        return "parser".equals(errorType) ? Verdict.SYNTAX_ERROR : Verdict.REFUSED;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB could not parse a statement: " + e.getMessage(), e);
    }
  }

  /** The statement's first word in capitals ("COPY", "ATTACH"), to name it in a message. */
  static String keyword(String sql) {
    Matcher first = FIRST_WORD.matcher(sql);
    return first.matches() ? first.group(1).toUpperCase(Locale.ROOT) : "này";
  }

  static QueryFailedException refusal(String sql) {
    String keyword = keyword(sql);
    String what = keyword.equals("SELECT") || keyword.equals("WITH") || keyword.equals("FROM")
        || keyword.equals("EXPLAIN") || keyword.equals("VALUES")
        ? "câu lệnh có nhiều phần hoặc không phải một truy vấn đọc bị từ chối"
        : "câu lệnh " + keyword + " bị từ chối";
    return new QueryFailedException(
        "Bảng điều khiển SQL chỉ cho phép đọc kho dữ liệu: " + what + ". Chỉ dùng SELECT, WITH,"
            + " FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE hoặc EXPLAIN trên các view của kho (gõ .views"
            + " để xem); mỗi lần một câu lệnh, các câu lệnh cách nhau bằng dấu ;.",
        null);
  }

  /**
   * Lets DuckDB say what is wrong with a text it cannot parse: preparing it runs nothing. Should
   * it prepare after all, the parsers disagree and the text is refused.
   */
  private static void syntaxError(Connection connection, String sql) {
    try (PreparedStatement ignored = connection.prepareStatement(sql)) {
      throw refusal(sql);
    } catch (SQLException e) {
      throw new QueryFailedException(QueryFailedException.shorten(e.getMessage()), e);
    }
  }
}
