package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.demo.DemoGenerator;
import vn.cdgd.demo.DemoPlan;

/**
 * {@code cdgd ingest} and {@code cdgd build} as real processes, killed with SIGKILL at random
 * points: after each kill, staging and the warehouse each read exactly as before the run or as
 * after it, never in between, and the next run, with no cleanup, gives the same tables as runs
 * that were never killed. The kill points come from a seeded random (system property {@code
 * cdgd.kill.seed}) and are printed.
 */
class KilledRunsTest {
  private static final long SEED = Long.getLong("cdgd.kill.seed", 20261123L);
  private static final int KILLS_PER_COMMAND = 2;

  @TempDir Path root;

  @Test
  void aRunKilledAnywhereLeavesEachStoreBeforeOrAfterAndTheNextRunRecovers() throws Exception {
    Workspace reference = TestWorkspace.create(root.resolve("reference"));
    WorkspaceConfig config = WorkspaceConfig.load(reference);
    DemoGenerator.of(config).write(DemoPlan.synthetic(config.form(), SEED, 8), reference, config.submissions(), 1);
    Path held = root.resolve("second-batch");
    holdBackEverySecondFile(config.submissions(), held);

    // The states before: the first batch ingested and built, never killed.
    finish(reference, "ingest");
    finish(reference, "build");
    Workspace killed = new Workspace(root.resolve("killed"));
    copyTree(reference.root(), killed.root());
    StoreFingerprint stagingBefore = StoreFingerprint.of(reference.staging());
    StoreFingerprint warehouseBefore = StoreFingerprint.of(reference.warehouse());
    assertThat(stagingBefore.published()).isTrue();
    assertThat(warehouseBefore.published()).isTrue();

    // The states after: the second batch arrives, ingested and built, never killed.
    copyTree(held, config.submissions());
    copyTree(held, killed.root().resolve(config.settings().submissionsFolder()));
    long ingestMillis = finish(reference, "ingest");
    long buildMillis = finish(reference, "build");
    StoreFingerprint stagingAfter = StoreFingerprint.of(reference.staging());
    StoreFingerprint warehouseAfter = StoreFingerprint.of(reference.warehouse());
    assertThat(stagingAfter).isNotEqualTo(stagingBefore);
    assertThat(warehouseAfter).isNotEqualTo(warehouseBefore);

    Random random = new Random(SEED);
    List<String> killPoints = new ArrayList<>();
    for (int i = 0; i < KILLS_PER_COMMAND; i++) {
      killPoints.add(killAt(killed, "ingest", random.nextLong(ingestMillis)));
      System.out.println("KilledRunsTest: " + killPoints.get(killPoints.size() - 1));
      assertThat(StoreFingerprint.of(killed.staging())).as("staging after " + killPoints)
          .isIn(stagingBefore, stagingAfter);
      assertThat(StoreFingerprint.of(killed.warehouse())).as("warehouse after " + killPoints)
          .isEqualTo(warehouseBefore);
    }
    finish(killed, "ingest");
    assertThat(StoreFingerprint.of(killed.staging())).as("staging re-ingested after " + killPoints)
        .isEqualTo(stagingAfter);

    for (int i = 0; i < KILLS_PER_COMMAND; i++) {
      killPoints.add(killAt(killed, "build", random.nextLong(buildMillis)));
      System.out.println("KilledRunsTest: " + killPoints.get(killPoints.size() - 1));
      assertThat(StoreFingerprint.of(killed.warehouse())).as("warehouse after " + killPoints)
          .isIn(warehouseBefore, warehouseAfter);
      assertThat(StoreFingerprint.of(killed.staging())).as("staging after " + killPoints)
          .isEqualTo(stagingAfter);
    }
    finish(killed, "build");
    assertThat(StoreFingerprint.of(killed.warehouse())).as("warehouse rebuilt after " + killPoints)
        .isEqualTo(warehouseAfter);
    assertThat(StoreFingerprint.of(killed.staging())).isEqualTo(stagingAfter);
    System.out.println("KilledRunsTest (seed " + SEED + ", unkilled ingest " + ingestMillis + " ms, build "
        + buildMillis + " ms): " + String.join("; ", killPoints));
  }

  /** Runs a command to its end; it must succeed. How long it took, in milliseconds. */
  private long finish(Workspace workspace, String command) throws InterruptedException {
    ChildCdgd child = start(workspace, command, "full");
    int exit = child.waitFor();
    assertThat(exit).as("cdgd " + command + " in " + workspace.root() + ":\n" + child.output()).isZero();
    return child.elapsedMillis();
  }

  /** Starts a command and kills it with SIGKILL after {@code delay} ms; says what happened. */
  private String killAt(Workspace workspace, String command, long delay) throws InterruptedException {
    ChildCdgd child = start(workspace, command, "kill-at-" + delay);
    if (child.endsWithin(delay)) {
      int exit = child.waitFor();
      assertThat(exit).as("cdgd " + command + ":\n" + child.output()).isZero();
      return command + " at " + delay + " ms (ended first, in " + child.elapsedMillis() + " ms)";
    }
    child.killNine();
    return command + " killed at " + delay + " ms";
  }

  private ChildCdgd start(Workspace workspace, String command, String label) {
    Path log = root.resolve("logs").resolve(workspace.root().getFileName() + "-" + command + "-" + label + "-"
        + System.nanoTime() + ".txt");
    return ChildCdgd.start(log, command, "--workspace", workspace.root().toString());
  }

  /** Moves every second workbook (in path order) out of the folder: the batch that comes later. */
  private static void holdBackEverySecondFile(Path submissions, Path held) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(submissions)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals(DemoGenerator.MANIFEST))
          .sorted().toList();
    }
    for (int i = 1; i < files.size(); i += 2) {
      Path target = held.resolve(submissions.relativize(files.get(i)).toString());
      Files.createDirectories(target.getParent());
      Files.move(files.get(i), target);
    }
    assertThat(files.size() / 2).as("workbooks held back").isGreaterThan(4);
  }

  /** Copies a folder into another, links as links (a store's {@code current} stays relative). */
  private static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isSymbolicLink(file)) {
          Files.createSymbolicLink(target, Files.readSymbolicLink(file));
        } else {
          Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
