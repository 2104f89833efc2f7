package vn.cdgd.staging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerEvent;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart;

/**
 * Counts the Spark jobs a piece of work starts, with where each was started from: every job pays
 * Spark's scheduling and task start-up, which is most of the time of a small province's run.
 *
 * <pre>{@code
 * try (SparkJobCounter jobs = SparkJobCounter.on(spark)) {
 *   IngestRun.run(...);
 *   int count = jobs.count();
 * }
 * }</pre>
 */
public final class SparkJobCounter extends SparkListener implements AutoCloseable {
  /** Spark's own property key of a job's short call site ({@code CallSite.SHORT_FORM}). */
  private static final String CALL_SITE = "callSite.short";

  private final SparkContext context;
  /** Spark SQL's property key of the query a job belongs to ({@code SQLExecution.EXECUTION_ID_KEY}). */
  private static final String EXECUTION_ID = "spark.sql.execution.id";

  private final List<String> callSites = new ArrayList<>();
  private final Map<Long, String> queries = new ConcurrentHashMap<>();

  private SparkJobCounter(SparkContext context) {
    this.context = context;
  }

  /** Starts counting the jobs of this session from now on. */
  public static SparkJobCounter on(SparkSession spark) {
    SparkJobCounter counter = new SparkJobCounter(spark.sparkContext());
    spark.sparkContext().addSparkListener(counter);
    return counter;
  }

  @Override
  public void onJobStart(SparkListenerJobStart jobStart) {
    String site = callSite(jobStart);
    synchronized (callSites) {
      callSites.add(site);
    }
  }

  /** A query's start comes before its jobs: its description is the call site of the action. */
  @Override
  public void onOtherEvent(SparkListenerEvent event) {
    if (event instanceof SparkListenerSQLExecutionStart start) {
      queries.put(start.executionId(), start.description());
    }
  }

  /**
   * A job's call site. A job of a query is named by the query's action: adaptive execution runs
   * each shuffle's map stage as a job of its own, started from a pool thread whose call site says
   * nothing. Else Spark names each stage after the call site, the job's result stage (its last)
   * after the action; a call site set explicitly wins.
   */
  private String callSite(SparkListenerJobStart jobStart) {
    Properties properties = jobStart.properties();
    if (properties != null && properties.getProperty(CALL_SITE) != null) {
      return properties.getProperty(CALL_SITE);
    }
    String execution = properties == null ? null : properties.getProperty(EXECUTION_ID);
    if (execution != null && queries.containsKey(Long.parseLong(execution))) {
      return queries.get(Long.parseLong(execution));
    }
    StageInfo last = null;
    for (scala.collection.Iterator<StageInfo> stages = jobStart.stageInfos().iterator(); stages.hasNext(); ) {
      StageInfo stage = stages.next();
      if (last == null || stage.stageId() > last.stageId()) {
        last = stage;
      }
    }
    return last == null ? "job " + jobStart.jobId() : last.name();
  }

  /** The jobs started since counting began (or the last {@link #reset}). */
  public int count() {
    return callSites().size();
  }

  /** Where each job was started from (Spark's short call site, e.g. {@code parquet at StagingJob.java:120}), in order. */
  public List<String> callSites() {
    drain();
    synchronized (callSites) {
      return List.copyOf(callSites);
    }
  }

  /** Forgets the jobs counted so far. */
  public void reset() {
    drain();
    synchronized (callSites) {
      callSites.clear();
    }
  }

  @Override
  public void close() {
    context.removeSparkListener(this);
  }

  /**
   * Listeners hear of jobs on Spark's listener bus thread, after the job may already have ended:
   * wait until the bus has delivered everything posted so far, or a count could miss the last jobs.
   * ({@code listenerBus} is {@code private[spark]} in Scala, hence public to Java.)
   */
  private void drain() {
    try {
      context.listenerBus().waitUntilEmpty(60_000);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Spark's listener bus did not drain within a minute", e);
    }
  }
}
