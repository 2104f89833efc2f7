package vn.cdgd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.MapType;
import vn.cdgd.spark.SparkSessions;

/**
 * The base of every test that needs Spark. Its session is built by {@link
 * SparkSessions#start(String)}, the code the command line runs with, so a test cannot pass on a
 * setting a run does not use; the one difference is the master, {@value #MASTER}: the two cores of
 * CI, where a run takes all the machine's ({@code local[*]}). Starting Spark costs seconds, so the
 * session is one per test JVM and is never stopped (surefire's fork ends with the JVM).
 */
public abstract class SparkTestBase {
  /** Two worker threads: what CI has, and enough for a task's order to differ from the input's. */
  public static final String MASTER = "local[2]";

  private static SparkSession session;

  protected SparkTestBase() {}

  /** The shared session; a test that hands Spark on lazily passes {@code SparkTestBase::spark}. */
  public static synchronized SparkSession spark() {
    if (session == null) {
      session = SparkSessions.start(MASTER);
    }
    return session;
  }

  /** A query on the shared session (tables are whatever the test registered as temp views). */
  protected static Dataset<Row> sql(String query) {
    return spark().sql(query);
  }

  /**
   * The rows of {@code data} as plain Java lists, sorted by every column in turn (nulls first; map
   * columns, which Spark cannot order, are left out of the order), so a test compares them with
   * {@code containsExactly} whatever the partitions did. Nested values become plain too: arrays and
   * structs lists, maps {@link Map}s.
   */
  protected static List<List<Object>> rows(Dataset<Row> data) {
    Column[] everyColumn = Arrays.stream(data.schema().fields())
        .filter(field -> !(field.dataType() instanceof MapType))
        .map(field -> functions.col("`" + field.name().replace("`", "``") + "`"))
        .toArray(Column[]::new);
    List<List<Object>> rows = new ArrayList<>();
    for (Row row : data.orderBy(everyColumn).collectAsList()) {
      rows.add(plain(row));
    }
    return rows;
  }

  private static List<Object> plain(Row row) {
    List<Object> values = new ArrayList<>(row.size());
    for (int i = 0; i < row.size(); i++) {
      values.add(plainValue(row.get(i)));
    }
    return values;
  }

  private static Object plainValue(Object value) {
    if (value instanceof Row nested) {
      return plain(nested);
    }
    if (value instanceof scala.collection.Seq<?> seq) {
      List<Object> list = new ArrayList<>();
      scala.jdk.javaapi.CollectionConverters.asJava(seq).forEach(v -> list.add(plainValue(v)));
      return list;
    }
    if (value instanceof scala.collection.Map<?, ?> map) {
      Map<Object, Object> plainMap = new LinkedHashMap<>();
      scala.jdk.javaapi.CollectionConverters.asJava(map)
          .forEach((k, v) -> plainMap.put(plainValue(k), plainValue(v)));
      return plainMap;
    }
    return value;
  }
}
