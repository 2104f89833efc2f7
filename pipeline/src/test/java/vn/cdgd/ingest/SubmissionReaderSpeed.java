package vn.cdgd.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import picocli.CommandLine;
import vn.cdgd.cli.Main;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.reference.UnitRegister;
import vn.cdgd.staging.FileInventory;
import vn.cdgd.staging.ReceivedFile;

/**
 * The benchmark's "cdgd reader alone" line without Spark, for comparing versions of the reader and
 * for a profiler: on the files {@code cdgd demo --units N --generate-only} writes, one thread, the
 * floor ({@code cli/InflateFloor}'s loop: read each file and inflate every entry to nowhere) and
 * {@link SubmissionReader#read} taken in turn, best of the rounds after a warm-up. Not a test: run
 * its main with the test class path, {@code SubmissionReaderSpeed /tmp/speed 500 [rounds]
 * [profile]}; with "profile" it reads for that many rounds and measures nothing else.
 */
public final class SubmissionReaderSpeed {
  private SubmissionReaderSpeed() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int units = Integer.parseInt(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    boolean profile = args.length > 3 && args[3].equals("profile");
    Workspace workspace = new Workspace(root);
    if (!Files.isDirectory(root.resolve("data/submissions"))) {
      generate(root, units);
    }
    WorkspaceConfig config = WorkspaceConfig.load(workspace);
    List<ReceivedFile> files =
        FileInventory.list(config.submissions(), config.settings().manifestFile()).files();
    SubmissionReader reader = new SubmissionReader(
        config.form(), UnitRegister.read(workspace.unitRegister()), config.settings());
    double bestFloor = 0;
    double bestReader = 0;
    for (int round = 0; round <= rounds; round++) {
      double floor = profile ? 0 : rate(files, config.submissions(), SubmissionReaderSpeed::inflate);
      double read = rate(files, config.submissions(), (name, bytes) -> reader.read(name, bytes, java.time.LocalDateTime.of(2020, 9, 20, 9, 0)).figures().size());
      if (round > 0) {
        bestFloor = Math.max(bestFloor, floor);
        bestReader = Math.max(bestReader, read);
      }
    }
    System.out.printf(Locale.ROOT,
        "%d workbooks, 1 thread, best of %d rounds: floor %.1f workbooks/s, reader %.1f workbooks/s,"
            + " reader = %.2f x the floor's time%n",
        files.size(), rounds, bestFloor, bestReader, bestFloor / bestReader);
  }

  private interface Read {
    long apply(String name, byte[] bytes) throws Exception;
  }

  private static double rate(List<ReceivedFile> files, Path submissions, Read read) throws Exception {
    long start = System.nanoTime();
    long sink = 0;
    for (ReceivedFile file : files) {
      byte[] bytes = Files.readAllBytes(submissions.resolve(file.relativePath()));
      sink += read.apply(file.relativePath(), bytes);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (sink == 42) {
      System.out.print("");
    }
    return files.size() / seconds;
  }

  private static long inflate(String name, byte[] bytes) {
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      return bytes.length;
    }
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          total += n;
        }
      }
    } catch (IOException | RuntimeException e) {
      // a broken workbook of the demo's mess
    }
    return total;
  }

  private static void generate(Path root, int units) {
    StringWriter log = new StringWriter();
    CommandLine demo = Main.commandLine();
    demo.setOut(new PrintWriter(log));
    demo.setErr(new PrintWriter(log));
    int code = demo.execute("init", root.toString());
    if (code == 0) {
      code = demo.execute("demo", "--workspace", root.toString(), "--units", Integer.toString(units),
          "--generate-only");
    }
    if (code != 0) {
      throw new IllegalStateException("generating " + units + " units failed:\n" + log);
    }
  }
}
