package vn.cdgd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The arrows between packages point one way, down the flow of the data: a package may use its own
 * layer and the layers listed before it, never one listed after it. Every main source file of every
 * module is read (a plain reading of its {@code import} lines and of the names it spells out in
 * full, so there is nothing to configure and no library to trust), and each use of a later layer is
 * reported with its file, line and the name it uses. The README's code map follows this order.
 */
class LayerOrderTest {

  /**
   * The layers, lowest first: a package belongs to the longest entry it starts with, so
   * {@code vn.cdgd.ingest.workbook} is in {@code vn.cdgd.ingest}. One line per layer; a new package
   * needs a line here before its files can pass.
   */
  static final List<String> LAYERS = List.of(
      // What every stage shares: configuration, files, Parquet without Spark, Spark's session,
      // the versioned store, DuckDB over a version, CSV for people, the unit register.
      "vn.cdgd.conf",
      "vn.cdgd.files",
      "vn.cdgd.parquet",
      "vn.cdgd.spark",
      "vn.cdgd.store",
      "vn.cdgd.duckdb",
      "vn.cdgd.export",
      "vn.cdgd.reference",
      // The stages, in the order the data goes through them; convert (Unicode copies of legacy
      // workbooks, made with ingest's readers) and template (the blank form ingest reads) sit
      // beside ingest.
      "vn.cdgd.ingest",
      "vn.cdgd.convert",
      "vn.cdgd.template",
      "vn.cdgd.staging",
      "vn.cdgd.warehouse",
      "vn.cdgd.marts",
      "vn.cdgd.build",
      "vn.cdgd.sql",
      "vn.cdgd.reports",
      // What sits on top: the demo generator and the command line.
      "vn.cdgd.demo",
      "vn.cdgd.cli");

  private static final Pattern PACKAGE = Pattern.compile("^package\\s+(vn\\.cdgd[\\w.]*)\\s*;");
  /**
   * A class named in full, in an import, a static import, code or a comment's link: its package is
   * the group ({@code .store} of {@code vn.cdgd.store.VersionedStore}).
   */
  private static final Pattern QUALIFIED = Pattern.compile("\\bvn\\.cdgd((?:\\.[a-z]\\w*)+)\\.[A-Z]");

  @Test
  void noPackageUsesALaterLayer() throws IOException {
    List<String> backward = new ArrayList<>();
    for (Path file : mainSources()) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      String from = packageOf(file, lines);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (PACKAGE.matcher(line).find()) {
          continue;
        }
        Matcher used = QUALIFIED.matcher(line);
        while (used.find()) {
          String to = "vn.cdgd" + used.group(1);
          if (layer(from) >= 0 && layer(to) > layer(from)) {
            backward.add(root().relativize(file) + ":" + (i + 1) + " (" + layerName(from).orElseThrow() + ") uses "
                + to + " (" + layerName(to).orElseThrow() + ", later in the flow): " + line.strip());
          }
        }
      }
    }
    assertThat(backward).as("uses of a later layer, see LayerOrderTest.LAYERS").isEmpty();
  }

  @Test
  void everyPackageHasItsLayer() throws IOException {
    List<String> unplaced = new ArrayList<>();
    for (Path file : mainSources()) {
      String pkg = packageOf(file, Files.readAllLines(file, StandardCharsets.UTF_8));
      if (layerName(pkg).isEmpty()) {
        unplaced.add(root().relativize(file) + ": package " + pkg);
      }
    }
    assertThat(unplaced).as("packages with no line in LayerOrderTest.LAYERS").isEmpty();
  }

  @Test
  void readsTheSourcesOfEveryModule() throws IOException {
    // The test cannot pass by reading nothing: the stages and the reports module are read.
    List<String> read = mainSources().stream().map(file -> root().relativize(file).toString()).toList();
    assertThat(read).contains(
        "pipeline/src/main/java/vn/cdgd/staging/StagingJob.java",
        "pipeline/src/main/java/vn/cdgd/marts/IndicatorMart.java",
        "reports/src/main/java/vn/cdgd/reports/Reports.java",
        "config/src/main/java/vn/cdgd/conf/ConfigBinding.java");
  }

  @Test
  void aLaterLayerIsOneListedAfter() {
    assertThat(layer("vn.cdgd.ingest.workbook")).isEqualTo(layer("vn.cdgd.ingest"));
    assertThat(layer("vn.cdgd.marts")).isGreaterThan(layer("vn.cdgd.warehouse"));
    assertThat(layer("vn.cdgd.build")).isGreaterThan(layer("vn.cdgd.marts"));
    assertThat(layer("vn.cdgd.cli")).isEqualTo(LAYERS.size() - 1);
    assertThat(layer("vn.cdgd.nowhere")).isEqualTo(-1);
  }

  /** The position of a package's layer in {@link #LAYERS}, -1 if it has none. */
  static int layer(String pkg) {
    return layerName(pkg).map(LAYERS::indexOf).orElse(-1);
  }

  private static Optional<String> layerName(String pkg) {
    return LAYERS.stream()
        .filter(entry -> pkg.equals(entry) || pkg.startsWith(entry + "."))
        .max((a, b) -> Integer.compare(a.length(), b.length()));
  }

  private static String packageOf(Path file, List<String> lines) {
    for (String line : lines) {
      Matcher m = PACKAGE.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError(file + " has no package line");
  }

  /** The project's root: the folder holding the modules (tests run in the pipeline module). */
  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("pipeline")) ? here : here.getParent();
  }

  /** Every {@code .java} file under {@code <module>/src/main/java} of every module. */
  private static List<Path> mainSources() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root())) {
      for (Path module : modules.sorted().toList()) {
        Path sources = module.resolve("src/main/java");
        if (Files.isDirectory(sources)) {
          try (Stream<Path> walk = Files.walk(sources)) {
            walk.filter(file -> file.toString().endsWith(".java")).sorted().forEach(files::add);
          }
        }
      }
    }
    return files;
  }
}
