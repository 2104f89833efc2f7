package vn.cdgd.staging;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.cdgd.conf.ConfigException;
import vn.cdgd.ingest.SubmissionReader;

/**
 * Lists a submissions folder, sub-folders included: the files to read, and every other entry with
 * the reason it is skipped, so that nothing under the folder is ignored without a word. The date a
 * file was received comes from the folder's manifest ({@code file,received_at}) when it names the
 * file, else from the file's modification time in Vietnam's time zone.
 *
 * <p>Symbolic links are never followed, wherever they point: a folder unpacked from a school's
 * archive may hold a link to {@code /etc/passwd} or to a loop, and even a link to a file inside the
 * folder would only read that file a second time. Each link is listed as skipped with what it
 * points to. The folder itself may be a link (a mounted share): its real place is what is walked.
 */
public final class FileInventory {
  /** The time zone every date of a run is counted in. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  public record Skipped(String relativePath, String reason) {}

  public record Listing(List<ReceivedFile> files, List<Skipped> skipped) {}

  private FileInventory() {}

  public static Listing list(Path folder, String manifestName) throws IOException {
    Path root = folder.toRealPath();
    Path manifest = root.resolve(manifestName);
    Map<String, LocalDateTime> received =
        Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS) ? readManifest(manifest) : Map.of();
    Entries entries = new Entries(root, manifest, received);
    Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, entries);
    entries.files.sort(Comparator.comparing(ReceivedFile::relativePath));
    entries.skipped.sort(Comparator.comparing(Skipped::relativePath));
    return new Listing(List.copyOf(entries.files), List.copyOf(entries.skipped));
  }

  /** Sorts each entry of the walk into read or skipped; a failure on one entry skips only it. */
  private static final class Entries extends SimpleFileVisitor<Path> {
    private final Path root;
    private final Path manifest;
    private final Map<String, LocalDateTime> received;
    private final List<ReceivedFile> files = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();

    Entries(Path root, Path manifest, Map<String, LocalDateTime> received) {
      this.root = root;
      this.manifest = manifest;
      this.received = received;
    }

    @Override
    public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) throws IOException {
      String relative = relative(path);
      String name = path.getFileName().toString();
      if (attributes.isSymbolicLink()) {
        skipped.add(new Skipped(relative, SymbolicLinks.describe(root, path)));
      } else if (!attributes.isRegularFile()) {
        skipped.add(new Skipped(relative, "không phải tệp thông thường (socket, FIFO hay thiết bị): không đọc"));
      } else if (path.equals(manifest)) {
        // Read above as the dates the files were received.
      } else if (name.startsWith("~$") || name.startsWith(".")) {
        skipped.add(new Skipped(relative, "tệp tạm hoặc tệp ẩn"));
      } else if (!SubmissionReader.isSubmissionFile(name)) {
        skipped.add(new Skipped(relative, "không phải tệp .xlsx, .xls, .ods hay .csv"));
      } else if (!Files.isReadable(path)) {
        skipped.add(new Skipped(relative, "không có quyền đọc tệp: hãy cấp quyền đọc rồi chạy lại"));
      } else {
        LocalDateTime at = received.get(relative);
        if (at == null) {
          Instant modified = attributes.lastModifiedTime().toInstant();
          at = LocalDateTime.ofInstant(modified, VIETNAM).withNano(0);
        }
        files.add(new ReceivedFile(path.toUri().toString(), relative, attributes.size(), at));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path path, IOException failure) {
      skipped.add(new Skipped(relative(path), "không đọc được (" + why(failure) + ")"));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path directory, IOException failure) {
      if (failure != null) {
        skipped.add(new Skipped(relative(directory) + "/",
            "không liệt kê hết được thư mục (" + why(failure) + "): các tệp còn lại trong đó chưa được đọc"));
      }
      return FileVisitResult.CONTINUE;
    }

    private String relative(Path path) {
      return root.relativize(path).toString().replace('\\', '/');
    }

    private static String why(IOException failure) {
      if (failure instanceof AccessDeniedException) {
        return "không có quyền truy cập";
      }
      return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }
  }

  private static Map<String, LocalDateTime> readManifest(Path manifest) throws IOException {
    Map<String, LocalDateTime> received = new HashMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      if (!parser.getHeaderMap().containsKey("file") || !parser.getHeaderMap().containsKey("received_at")) {
        throw new ConfigException(manifest + ": cần hai cột file và received_at ở dòng tiêu đề.");
      }
      for (CSVRecord record : parser) {
        String file = record.get("file").replace('\\', '/');
        String when = record.get("received_at");
        try {
          received.put(file, parseWhen(when));
        } catch (DateTimeParseException e) {
          throw new ConfigException(
              manifest + ", dòng " + (record.getRecordNumber() + 1) + ": \"" + when
                  + "\" không phải thời điểm dạng 2020-09-25T10:15:00 (hoặc 2020-09-25).");
        }
      }
    }
    return received;
  }

  private static LocalDateTime parseWhen(String text) {
    String value = text.strip().replace(' ', 'T');
    if (value.length() == 10) {
      return java.time.LocalDate.parse(value).atStartOfDay();
    }
    return LocalDateTime.parse(value.toUpperCase(Locale.ROOT));
  }
}
