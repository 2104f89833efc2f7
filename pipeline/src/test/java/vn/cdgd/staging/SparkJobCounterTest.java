package vn.cdgd.staging;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import vn.cdgd.SparkTestBase;

/** The job counter counts exactly the jobs started while it listens, and says where they came from. */
class SparkJobCounterTest extends SparkTestBase {

  @Test
  void countsEachActionsJobsWithTheirCallSitesAndNothingAfterItIsClosed() {
    SparkSession spark = spark();
    SparkJobCounter counter;
    int countedWhileOpen;
    try (SparkJobCounter jobs = SparkJobCounter.on(spark)) {
      counter = jobs;
      assertThat(jobs.count()).isZero();
      // No shuffle, so one job each (a count() is two under adaptive execution: the shuffle's map stage runs as a job).
      spark.range(100).collectAsList();
      spark.range(100).collectAsList();
      assertThat(jobs.count()).isEqualTo(2);
      assertThat(jobs.callSites())
          .allSatisfy(site -> assertThat(site).startsWith("collectAsList at SparkJobCounterTest.java:"));

      jobs.reset();
      assertThat(jobs.count()).isZero();
      spark.range(10).toJSON().first();
      assertThat(jobs.callSites()).singleElement().asString().startsWith("first at SparkJobCounterTest.java:");

      // A query with a shuffle: its map stage runs as a job from a pool thread, named after the query's action.
      jobs.reset();
      spark.range(1000).groupBy(org.apache.spark.sql.functions.col("id").mod(7)).count().collectAsList();
      assertThat(jobs.callSites()).hasSizeGreaterThan(1)
          .allSatisfy(site -> assertThat(site).startsWith("collectAsList at SparkJobCounterTest.java:"));
      countedWhileOpen = jobs.count();
    }
    spark.range(100).collectAsList();
    assertThat(counter.count()).isEqualTo(countedWhileOpen);
  }
}
