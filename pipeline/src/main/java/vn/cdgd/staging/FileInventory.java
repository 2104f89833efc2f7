package vn.cdgd.staging;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.cdgd.conf.ConfigException;
import vn.cdgd.ingest.SubmissionReader;

/**
 * Lists a submissions folder, sub-folders included: the files to read, and the others with the
 * reason they are skipped. The date a file was received comes from the folder's manifest ({@code
 * file,received_at}) when it names the file, else from the file's modification time in Vietnam's
 * time zone.
 */
public final class FileInventory {
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  public record Skipped(String relativePath, String reason) {}

  public record Listing(List<ReceivedFile> files, List<Skipped> skipped) {}

  private FileInventory() {}

  public static Listing list(Path folder, String manifestName) throws IOException {
    Path manifest = folder.resolve(manifestName);
    Map<String, LocalDateTime> received = Files.isRegularFile(manifest) ? readManifest(manifest) : Map.of();
    List<ReceivedFile> files = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    List<Path> all;
    try (Stream<Path> walk = Files.walk(folder)) {
      all = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
    }
    for (Path path : all) {
      String relative = folder.relativize(path).toString().replace('\\', '/');
      String name = path.getFileName().toString();
      if (path.equals(manifest)) {
        continue;
      }
      if (name.startsWith("~$") || name.startsWith(".")) {
        skipped.add(new Skipped(relative, "tệp tạm hoặc tệp ẩn"));
      } else if (!SubmissionReader.isSubmissionFile(name)) {
        skipped.add(new Skipped(relative, "không phải tệp .xlsx, .xls, .ods hay .csv"));
      } else {
        LocalDateTime at = received.get(relative);
        if (at == null) {
          Instant modified = Files.getLastModifiedTime(path).toInstant();
          at = LocalDateTime.ofInstant(modified, VIETNAM).withNano(0);
        }
        files.add(new ReceivedFile(path.toUri().toString(), relative, Files.size(path), at));
      }
    }
    return new Listing(files, skipped);
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
