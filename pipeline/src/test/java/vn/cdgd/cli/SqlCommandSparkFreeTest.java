package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.cdgd.sql.FakeWarehouse;

/**
 * {@code cdgd sql} must answer without Spark: Spark is on the classpath (the pipeline needs it),
 * so only a JVM's record of the classes it loaded can show that none of it was touched. The query
 * runs in a child JVM with {@code -verbose:class}; the test JVM itself has loaded Spark for other
 * tests, so it could not tell.
 */
class SqlCommandSparkFreeTest {
  @TempDir Path workspace;

  @Test
  void runsAQueryWithoutLoadingAnySparkClass() throws Exception {
    FakeWarehouse.publish(workspace);
    Path log = workspace.resolve("classes.log");
    Path tmp = Files.createDirectories(workspace.resolve("tmp"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-verbose:class", "-Djava.io.tmpdir=" + tmp, "-Dfile.encoding=UTF-8",
        "-cp", classPath(), Launcher.class.getName(),
        "--workspace", workspace.toString(),
        "-c", "select count(*) as n from mart_indicator"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()))).isZero();
    assertThat(lines).contains("(1 dòng)");
    assertThat(lines).anyMatch(line -> line.contains(" org.duckdb.DuckDBConnection "));
    assertThat(lines).anyMatch(line -> line.contains(" vn.cdgd.sql.WarehouseConsole "));
    assertThat(lines).noneMatch(line -> line.contains(" org.apache.spark."));
    assertThat(lines).noneMatch(line -> line.contains(" scala."));
  }

  /** Surefire's real test classpath (java.class.path may be its one-entry booter jar). */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  /** What the child JVM runs: the sql command alone, as the launcher would run it. */
  public static final class Launcher {
    public static void main(String[] args) {
      System.exit(new CommandLine(new SqlCommand()).execute(args));
    }
  }
}
