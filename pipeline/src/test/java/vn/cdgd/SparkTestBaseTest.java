package vn.cdgd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The tests' session is the command line's, on two cores; its helpers give plain sorted rows. */
class SparkTestBaseTest extends SparkTestBase {

  @Test
  void runsWithTheSettingsOfARun() {
    SparkSession spark = spark();
    assertThat(spark()).isSameAs(spark);
    assertThat(spark.sparkContext().master()).isEqualTo("local[2]");
    // The values vn.cdgd.spark.SparkSessions sets for every run.
    assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("8");
    assertThat(spark.conf().get("spark.sql.session.timeZone")).isEqualTo("Asia/Ho_Chi_Minh");
    assertThat(spark.conf().get("spark.sql.parquet.compression.codec")).isEqualTo("snappy");
    assertThat(spark.conf().get("spark.ui.enabled")).isEqualTo("false");
  }

  @Test
  void rowsAreSortedPlainJavaLists() {
    List<List<Object>> rows = rows(sql("select * from values"
        + " ('b', 2, array(1, 2), named_struct('x', 'đ'), map('k', 1)),"
        + " ('a', 9, array(3), named_struct('x', 'ơ'), map('k', 2)),"
        + " (null, 1, array(), null, map('k', 3)) as t(name, n, list, s, m)").drop("m").unionByName(
            sql("select 'a' as name, 1 as n, array(0) as list, named_struct('x', 'ă') as s")));
    assertThat(rows).containsExactly(
        java.util.Arrays.asList(null, 1, List.of(), null),
        List.of("a", 1, List.of(0), List.of("ă")),
        List.of("a", 9, List.of(3), List.of("ơ")),
        List.of("b", 2, List.of(1, 2), List.of("đ")));
    assertThat(rows(sql("select map('k', 1) as m"))).containsExactly(List.of(Map.of("k", 1)));
  }
}
