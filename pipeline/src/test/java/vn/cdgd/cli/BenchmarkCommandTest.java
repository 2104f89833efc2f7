package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cdgd benchmark} end to end at its smallest: 20 workbooks in this JVM, one round of a whole
 * {@code cdgd run} and of a bare Spark session as processes. Asserts that every step has every
 * figure and that every ratio is the one its figures give; never a timing.
 */
class BenchmarkCommandTest {
  @TempDir Path root;

  @Test
  void printsEveryStepWithItsFiguresAndTheRatiosTheyGive() throws Exception {
    Path scratch = root.resolve("bench");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int code = commandLine.execute("benchmark", "--workbooks", "20", "--process-rounds", "1", "--dir",
        scratch.toString(), "--workspace", root.toString());
    String text = out.toString();
    System.out.println(text);
    assertThat(code).as(text + err).isZero();

    assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("Thư mục làm việc: " + root.toAbsolutePath().normalize());
    assertThat(text.lines().skip(1).findFirst().orElseThrow())
        .contains(Runtime.getRuntime().availableProcessors() + " cores", "max heap",
            "Java " + System.getProperty("java.runtime.version"), System.getProperty("os.name"));
    List<Map<String, String>> steps = rows(text, BenchmarkTable.STEP_COLUMNS);
    List<Map<String, String>> ratios = rows(text, BenchmarkTable.RATIO_COLUMNS);

    // As processes: the whole run on about 10 workbooks and the bare Spark session, with peak heaps.
    Map<String, String> bare = row(steps, "bare Spark session, start and stop");
    Map<String, String> run = steps.stream().filter(r -> r.get("step").startsWith("cdgd run, ")).findFirst()
        .orElseThrow(() -> new AssertionError("no cdgd run row in\n" + text));
    int runWorkbooks = Integer.parseInt(run.get("step").replaceAll("\\D", ""));
    assertThat(runWorkbooks).isEqualTo(BenchmarkCommand.RUN_WORKBOOKS);
    for (Map<String, String> process : List.of(bare, run)) {
      assertThat(number(process, "seconds")).isPositive();
      assertThat(number(process, "peak_heap_MB")).isPositive();
    }
    assertThat(number(run, "workbooks_per_s")).isCloseTo(runWorkbooks / number(run, "seconds"), within(rel(run, "workbooks_per_s")));
    assertRatio(row(ratios, "run " + runWorkbooks + " / bare Spark process"), run, bare);

    // In process, on the same files: every step with its time, heap, and Spark jobs where Spark runs.
    int threads = (int) number(row(steps, "cdgd ingest (Spark)"), "threads");
    assertThat(threads).isPositive();
    Map<String, String> floor1 = row(steps, "floor: read and inflate every file", 1);
    Map<String, String> floorN = row(steps, "floor: read and inflate every file", threads);
    Map<String, String> naive = row(steps, "naive POI user model, every cell", threads);
    Map<String, String> reader1 = row(steps, "cdgd reader alone (SubmissionReader)", 1);
    Map<String, String> readerN = row(steps, "cdgd reader alone (SubmissionReader)", threads);
    Map<String, String> ingest = row(steps, "cdgd ingest (Spark)", threads);
    Map<String, String> rerun = row(steps, "cdgd ingest again, nothing new", threads);
    Map<String, String> build = row(steps, "cdgd build (Spark)", threads);
    Map<String, String> query = row(steps, "analysts' query, mean of best of 5", 1);
    Map<String, String> scan = row(steps, "bare DuckDB scan of mart_indicator, best of 5", 1);
    int workbooks = Integer.parseInt(text.lines().filter(l -> l.contains("workbooks (the files ingest reads)"))
        .findFirst().orElseThrow().split(" ")[0]);
    assertThat(workbooks).isBetween(15, 25);
    for (Map<String, String> step : List.of(floor1, floorN, naive, reader1, readerN, ingest, rerun)) {
      assertThat(number(step, "seconds")).as(step.toString()).isPositive();
      assertThat(number(step, "workbooks_per_s")).as(step.toString())
          .isCloseTo(workbooks / number(step, "seconds"), within(rel(step, "workbooks_per_s")));
      assertThat(number(step, "peak_heap_MB")).as(step.toString()).isPositive();
    }
    assertThat(number(ingest, "spark_jobs")).isGreaterThanOrEqualTo(1);
    assertThat(number(rerun, "spark_jobs")).isGreaterThanOrEqualTo(0);
    assertThat(number(build, "spark_jobs")).isGreaterThanOrEqualTo(1);
    assertThat(number(build, "seconds")).isPositive();
    assertThat(number(build, "peak_heap_MB")).isPositive();
    assertThat(build.get("workbooks_per_s")).isEqualTo("-");
    assertThat(number(query, "seconds")).isPositive();
    assertThat(number(scan, "seconds")).isPositive();
    for (Map<String, String> reader : List.of(floor1, floorN, naive, reader1, readerN)) {
      assertThat(reader.get("spark_jobs")).as(reader.toString()).isEqualTo("-");
    }

    assertRatio(row(ratios, "ingest / floor, " + threads + " threads"), ingest, floorN);
    assertRatio(row(ratios, "ingest / naive POI, " + threads + " threads"), ingest, naive);
    assertRatio(row(ratios, "reader / floor, 1 thread"), reader1, floor1);
    assertRatio(row(ratios, "reader / floor, " + threads + " threads"), readerN, floorN);
    assertRatio(row(ratios, "ingest again, nothing new / ingest"), rerun, ingest);
    assertRatio(row(ratios, "query / scan"), query, scan);
    // The whole run of the same workbooks as a process, against a bare Spark process plus the floor.
    Map<String, String> wholeRun = row(steps, "whole cdgd run as a process", 1);
    assertThat(number(wholeRun, "seconds")).isPositive();
    assertThat(number(wholeRun, "workbooks_per_s"))
        .isCloseTo(workbooks / number(wholeRun, "seconds"), within(rel(wholeRun, "workbooks_per_s")));
    Map<String, String> provinceGoal = row(ratios, "run as process / (bare Spark process + floor)");
    double expected = number(wholeRun, "seconds") / (number(bare, "seconds") + number(floorN, "seconds"));
    assertThat(number(provinceGoal, "value")).isCloseTo(expected, within(expected * 0.003 + rel(provinceGoal, "value")));
    assertThat(provinceGoal.get("goal")).isEqualTo("<= 3");
    assertThat(row(ratios, "ingest / floor, " + threads + " threads").get("goal")).isEqualTo("<= 3");
    assertThat(row(ratios, "ingest again, nothing new / ingest").get("goal")).isEqualTo("<= 0.05");

    // Nothing left behind without --keep.
    try (var left = Files.list(scratch)) {
      assertThat(left.toList()).isEmpty();
    }
  }

  @Test
  void aRatioSaysWhetherItsGoalIsMetAndByHowMuchItIsMissed() {
    String table = BenchmarkTable.ratios(List.of(
        new BenchmarkTable.Ratio("ingest / floor", 12, 2, 3),
        new BenchmarkTable.Ratio("re-run / ingest", 1, 40, 0.05),
        new BenchmarkTable.Ratio("query / scan", 3, 2, Double.NaN)));
    List<Map<String, String>> rows = rows(table, BenchmarkTable.RATIO_COLUMNS);
    assertThat(row(rows, "ingest / floor")).containsEntry("value", "6").containsEntry("goal", "<= 3")
        .containsEntry("verdict", "missed, 2 x the goal");
    assertThat(row(rows, "re-run / ingest")).containsEntry("value", "0.025").containsEntry("verdict", "met");
    assertThat(row(rows, "query / scan")).containsEntry("value", "1.5").containsEntry("goal", "-")
        .containsEntry("verdict", "-");
  }

  /** A ratio's printed value is the first step's printed time over the second's, to rounding. */
  private static void assertRatio(Map<String, String> ratio, Map<String, String> step, Map<String, String> baseline) {
    double expected = number(step, "seconds") / number(baseline, "seconds");
    assertThat(number(ratio, "value")).as(ratio + " from " + step + " / " + baseline)
        .isCloseTo(expected, within(expected * 0.002 + rel(ratio, "value")));
  }

  /** The rounding of a printed figure of four significant digits: half its last digit's unit. */
  private static double rel(Map<String, String> row, String column) {
    return Math.abs(number(row, column)) * 1e-3;
  }

  private static double number(Map<String, String> row, String column) {
    String value = row.get(column);
    assertThat(value).as(column + " of " + row).isNotNull().matches("-?[0-9]+(\\.[0-9]+)?");
    return Double.parseDouble(value);
  }

  private static Map<String, String> row(List<Map<String, String>> rows, String first) {
    return rows.stream().filter(r -> r.values().iterator().next().equals(first)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + first + " in " + rows));
  }

  private static Map<String, String> row(List<Map<String, String>> steps, String name, int threads) {
    return steps.stream().filter(r -> r.get("step").equals(name) && r.get("threads").equals(Integer.toString(threads)))
        .findFirst().orElseThrow(() -> new AssertionError("no step " + name + " on " + threads + " threads in " + steps));
  }

  /** Every row of every table with these columns: the lines after its header, up to a blank line. */
  private static List<Map<String, String>> rows(String text, List<String> columns) {
    List<Map<String, String>> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : text.lines().toList()) {
      List<String> cells = Arrays.asList(line.trim().split("\\s{2,}"));
      if (cells.equals(columns)) {
        inTable = true;
      } else if (line.isBlank() || cells.size() != columns.size()) {
        inTable = false;
      } else if (inTable) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
          row.put(columns.get(i), cells.get(i));
        }
        rows.add(row);
      }
    }
    assertThat(rows).as("rows under " + columns + " in\n" + text).isNotEmpty();
    return rows;
  }
}
