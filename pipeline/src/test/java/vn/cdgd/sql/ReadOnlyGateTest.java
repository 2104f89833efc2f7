package vn.cdgd.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.duckdb.DuckDb;

/** The parser's verdict on what an analyst may run, without a warehouse. */
class ReadOnlyGateTest {
  @TempDir Path home;
  private Connection duck;

  @BeforeEach
  void open() {
    duck = DuckDb.inMemory(home);
  }

  @AfterEach
  void close() throws Exception {
    duck.close();
  }

  @Test
  void letsEveryKindOfQueryThrough() {
    for (String sql : new String[] {"select 1", "  SELECT 1", "with t as (select 1) select * from t", "from range(3)",
        "values (1, 'một')", "describe select 1", "show tables", "summarize select 1 as x", "explain select 1",
        "EXPLAIN ANALYZE select 1", "(select 1) union all (select 2)", "/* chú thích; */ select 1"}) {
      assertThat(ReadOnlyGate.verdict(duck, sql)).as(sql).isEqualTo(ReadOnlyGate.Verdict.READ);
    }
  }

  @Test
  void refusesWritesSettingsAndASecondStatementHiddenInTheSameText() {
    for (String sql : new String[] {"copy (select 1) to 'x.csv'", "explain analyze copy (select 1) to 'x.csv'",
        "select 1; copy (select 1) to 'x.csv'", "select 1; select 2", "explain select 1; drop view v",
        "pragma version", "set threads = 1", "create table t (a int)", "attach 'x.db'", "load json",
        "select 1 -- ;\n; copy (select 1) to 'x.csv'"}) {
      assertThat(ReadOnlyGate.verdict(duck, sql)).as(sql).isEqualTo(ReadOnlyGate.Verdict.REFUSED);
    }
  }

  @Test
  void leavesTextThatDoesNotParseToDuckDbsOwnMessage() {
    assertThat(ReadOnlyGate.verdict(duck, "selec 1")).isEqualTo(ReadOnlyGate.Verdict.SYNTAX_ERROR);
  }

  @Test
  void namesTheStatementAfterCommentsAndBlanks() {
    assertThat(ReadOnlyGate.keyword("/* chú thích */\n -- dòng\n  copy t to 'x'")).isEqualTo("COPY");
    assertThat(ReadOnlyGate.keyword("(attach 'x')")).isEqualTo("ATTACH");
    assertThat(ReadOnlyGate.keyword(" ".repeat(100_000) + "1")).isEqualTo("này");
  }
}
