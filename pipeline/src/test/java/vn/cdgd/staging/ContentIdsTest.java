package vn.cdgd.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentIdsTest {

  @Test
  void aFileIsKnownByTheSha256OfItsBytesAndAVanishedFileHasNoId(@TempDir Path dir) throws Exception {
    Path present = Files.writeString(dir.resolve("a.xlsx"), "abc", StandardCharsets.UTF_8);
    Path vanished = dir.resolve("gone.xlsx");
    LocalDateTime at = LocalDateTime.of(2020, 9, 20, 8, 0);

    Map<String, String> ids = ContentIds.of(List.of(
        new ReceivedFile(present.toUri().toString(), "a.xlsx", 3, at),
        new ReceivedFile(vanished.toUri().toString(), "gone.xlsx", 3, at)));

    // SHA-256 of "abc", the id the parse gives the same bytes.
    assertThat(ids).containsExactly(
        Map.entry("a.xlsx", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
  }

  private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void aFileWhoseStampIsUnchangedSinceTheRecordIsTakenAtItsRecordedIdWithoutHashing(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("a.xlsx"), "abc", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    List<ReceivedFile> files = List.of(new ReceivedFile(file.toUri().toString(), "a.xlsx", 3, null));
    Path record = dir.resolve("out/.file-stamps.tsv");

    assertThat(ContentIds.of(files, FileStamps.read(record), record)).containsEntry("a.xlsx", ABC);
    assertThat(Files.readAllLines(record).get(1)).startsWith(ABC + "\t3\t").endsWith(file.toUri().toString());

    // A record is trusted for a file with the same stamp: an id written into it is what comes back.
    // Its time is moved back so that the file's change time is not racy against it.
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(record));
    lines.set(0, FileStamps.HEADER + "\t" + (System.currentTimeMillis() + 10_000));
    lines.set(1, lines.get(1).replace(ABC, "recorded"));
    Files.write(record, lines);
    assertThat(ContentIds.of(files, FileStamps.read(record), null)).containsEntry("a.xlsx", "recorded");

    // The bytes change: size, times and id with them.
    Files.writeString(file, "abcd", StandardCharsets.UTF_8);
    assertThat(ContentIds.of(files, FileStamps.read(record), null)).doesNotContainEntry("a.xlsx", "recorded");
  }

  @Test
  void aFileStampedWithinTwoSecondsOfTheRecordIsHashedAgain(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a.xlsx"), "abc", StandardCharsets.UTF_8);
    List<ReceivedFile> files = List.of(new ReceivedFile(file.toUri().toString(), "a.xlsx", 3, null));
    Path record = dir.resolve(".file-stamps.tsv");
    ContentIds.of(files, FileStamps.none(), record);
    // Written just now: the file's times are within the racy window of the record's.
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(record));
    lines.set(1, lines.get(1).replace(ABC, "recorded"));
    Files.write(record, lines);
    assertThat(ContentIds.of(files, FileStamps.read(record), null)).containsEntry("a.xlsx", ABC);
  }
}
