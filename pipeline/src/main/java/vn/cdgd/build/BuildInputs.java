package vn.cdgd.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.cdgd.conf.Workspace;

/**
 * What a warehouse version was built from, kept in the store beside the versions ({@code
 * built-from/<version>.txt}; a version folder holds only its tables, which readers list) so that
 * a build with the same inputs can keep the published version instead of starting Spark: the
 * staging version, every file of {@code conf/}, the register, the ratings, the tree asked for (and
 * today's date with today's tree), and the cdgd program itself. The file also keeps the rows and
 * years of the build, to print the same summary when nothing is rebuilt. A version published
 * without its record (a run killed in between) is simply built again next time.
 */
final class BuildInputs {
  static final String FOLDER = "built-from";
  private static final String ROWS = "rows ";
  private static final String YEARS = "years ";

  private BuildInputs() {}

  /** What was recorded for a version: the inputs' fingerprint, rows per table and school years. */
  record Recorded(String fingerprint, Map<String, Long> rows, List<String> schoolYears) {}

  /** The fingerprint of everything a build of {@code workspace} over {@code staging} reads. */
  static String fingerprint(Workspace workspace, Path staging, boolean todaysTree, LocalDate today) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      add(digest, "staging " + staging.toRealPath());
      add(digest, "tree " + (todaysTree ? "today " + today : "year"));
      add(digest, "program " + program());
      List<Path> files = new ArrayList<>();
      if (Files.isDirectory(workspace.conf())) {
        try (Stream<Path> walk = Files.walk(workspace.conf())) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      }
      files.add(workspace.unitRegister());
      files.add(workspace.ratings());
      for (Path file : files) {
        add(digest, "file " + workspace.root().relativize(file));
        if (Files.isRegularFile(file)) {
          digest.update(Files.readAllBytes(file));
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the inputs of the build in " + workspace.root(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Records what the published {@code version} of the store at {@code root} was built from. */
  static void record(Path root, Path version, String fingerprint, Map<String, Long> rows, List<String> schoolYears) {
    StringBuilder text = new StringBuilder(fingerprint).append('\n');
    rows.forEach((table, count) -> text.append(ROWS).append(table).append(' ').append(count).append('\n'));
    text.append(YEARS).append(String.join(" ", schoolYears)).append('\n');
    Path folder = root.resolve(FOLDER);
    Path file = folder.resolve(version.getFileName() + ".txt");
    try {
      Files.createDirectories(folder);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      // Records of versions pruned since are of no use.
      try (Stream<Path> records = Files.list(folder)) {
        for (Path old : records.toList()) {
          String id = old.getFileName().toString().replaceFirst("\\.txt$", "");
          if (!Files.isDirectory(version.resolveSibling(id))) {
            Files.deleteIfExists(old);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** What a published version records; empty for a version built before this file existed. */
  static Optional<Recorded> recorded(Path root, Path version) {
    Path file = root.resolve(FOLDER).resolve(version.getFileName() + ".txt");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      Map<String, Long> rows = new LinkedHashMap<>();
      List<String> years = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (line.startsWith(ROWS)) {
          String[] parts = line.substring(ROWS.length()).split(" ");
          rows.put(parts[0], Long.parseLong(parts[1]));
        } else if (line.startsWith(YEARS) && line.length() > YEARS.length()) {
          years.addAll(List.of(line.substring(YEARS.length()).split(" ")));
        }
      }
      return Optional.of(new Recorded(lines.get(0), rows, years));
    } catch (IOException | RuntimeException e) {
      // An unreadable record only means the next build rebuilds.
      return Optional.empty();
    }
  }

  /** The running program: a new cdgd may build differently from the same inputs. */
  private static String program() {
    try {
      Path code = Path.of(BuildInputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return code + " " + Files.getLastModifiedTime(code).toMillis() + " " + Files.size(code);
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static void add(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }
}
