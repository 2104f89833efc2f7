package vn.cdgd.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

  @Test
  void cutsAtSemicolonsOutsideStringsNamesAndComments() {
    SqlScript script = SqlScript.split("""
        select 'a;''b' as "x;y"; -- chú thích; vẫn là chú thích
        /* khối; chú thích */ select $$c;d$$;
        select $tag$e;f$tag$
        """);
    assertThat(script.statements()).containsExactly(
        "select 'a;''b' as \"x;y\"",
        "-- chú thích; vẫn là chú thích\n/* khối; chú thích */ select $$c;d$$");
    assertThat(script.rest()).isEqualTo("select $tag$e;f$tag$");
    assertThat(script.all()).hasSize(3);
  }

  @Test
  void dropsEmptyStatementsAndTrailingComments() {
    SqlScript script = SqlScript.split(";; select 1;\n-- hết\n");
    assertThat(script.statements()).containsExactly("select 1");
    assertThat(script.complete()).isTrue();
  }

  @Test
  void isUnfinishedInsideAStringOrBeforeTheSemicolon() {
    assertThat(SqlScript.split("select 'Đắk;").complete()).isFalse();
    assertThat(SqlScript.split("select 1\nfrom dim_unit").complete()).isFalse();
    assertThat(SqlScript.split("select 1\nfrom dim_unit;").complete()).isTrue();
  }

  @Test
  void readsAPositionalParameterAsCodeNotADollarQuote() {
    assertThat(SqlScript.split("select $1; select 2;").statements()).containsExactly("select $1", "select 2");
  }
}
