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
}
