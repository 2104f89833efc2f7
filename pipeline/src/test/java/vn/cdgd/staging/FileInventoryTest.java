package vn.cdgd.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inventory of a submissions folder that holds links of every kind and a socket. */
class FileInventoryTest {
  @TempDir Path root;
  private Path inbox;
  private Path outside;

  @BeforeEach
  void fillTheInbox() throws Exception {
    inbox = Files.createDirectories(root.resolve("inbox"));
    outside = Files.createDirectories(root.resolve("outside"));
    Files.writeString(outside.resolve("secret.xlsx"), "not for the union", StandardCharsets.UTF_8);
    Files.writeString(outside.resolve("manifest.csv"), "file,received_at\n", StandardCharsets.UTF_8);
    Files.createDirectories(outside.resolve("hidden-folder"));
    Files.writeString(outside.resolve("hidden-folder/other.xlsx"), "x", StandardCharsets.UTF_8);

    Files.write(inbox.resolve("nguyen-du.xlsx"), new byte[] {1, 2, 3});
    Files.createDirectories(inbox.resolve("2019-2020"));
    Files.write(inbox.resolve("2019-2020/hoa-sen.xlsx"), new byte[] {4, 5});
    Files.writeString(inbox.resolve("ghi chu.txt"), "nhớ gọi lại", StandardCharsets.UTF_8);

    Files.createSymbolicLink(inbox.resolve("mat-khau.xlsx"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(inbox.resolve("bi-mat.xlsx"), outside.resolve("secret.xlsx"));
    Files.createSymbolicLink(inbox.resolve("tro-ra-ngoai.xlsx"), Path.of("../outside/secret.xlsx"));
    Files.createSymbolicLink(inbox.resolve("hong.xlsx"), Path.of("khong-co.xlsx"));
    Files.createSymbolicLink(inbox.resolve("chinh-no.xlsx"), Path.of("chinh-no.xlsx"));
    Files.createSymbolicLink(inbox.resolve("vong-a.xlsx"), Path.of("vong-b.xlsx"));
    Files.createSymbolicLink(inbox.resolve("vong-b.xlsx"), Path.of("vong-a.xlsx"));
    Files.createSymbolicLink(inbox.resolve("thu-muc-ngoai"), outside.resolve("hidden-folder"));
    Files.createSymbolicLink(inbox.resolve("thu-muc-trong"), Path.of("2019-2020"));
    Files.createSymbolicLink(inbox.resolve("ban-sao.xlsx"), Path.of("nguyen-du.xlsx"));
    Files.createSymbolicLink(inbox.resolve("manifest.csv"), outside.resolve("manifest.csv"));
    ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    socket.bind(UnixDomainSocketAddress.of(inbox.resolve("o-cam.xlsx")));
    socket.close();
  }

  @Test
  void readsOnlyRegularFilesReachedWithoutALink() throws Exception {
    FileInventory.Listing listing = FileInventory.list(inbox, "manifest.csv");

    assertThat(listing.files()).extracting(ReceivedFile::relativePath)
        .containsExactly("2019-2020/hoa-sen.xlsx", "nguyen-du.xlsx");
    assertThat(listing.files()).allSatisfy(file ->
        assertThat(Path.of(java.net.URI.create(file.uri())).toRealPath())
            .startsWith(inbox.toRealPath()));
  }

  @Test
  void listsEveryLinkAsSkippedWithWhatItPointsTo() throws Exception {
    Map<String, String> skipped = reasons(FileInventory.list(inbox, "manifest.csv"));

    assertThat(skipped.get("mat-khau.xlsx")).contains("trỏ ra ngoài thư mục báo cáo").contains("/etc/passwd");
    assertThat(skipped.get("bi-mat.xlsx")).contains("trỏ ra ngoài thư mục báo cáo");
    assertThat(skipped.get("tro-ra-ngoai.xlsx")).contains("trỏ ra ngoài thư mục báo cáo").contains("../outside/secret.xlsx");
    assertThat(skipped.get("hong.xlsx")).contains("hỏng").contains("khong-co.xlsx").contains("không tồn tại");
    assertThat(skipped.get("chinh-no.xlsx")).contains("vòng lặp");
    assertThat(skipped.get("vong-a.xlsx")).contains("vòng lặp");
    assertThat(skipped.get("vong-b.xlsx")).contains("vòng lặp");
    assertThat(skipped.get("thu-muc-ngoai")).contains("trỏ ra ngoài thư mục báo cáo");
    assertThat(skipped.get("thu-muc-trong")).contains("tới thư mục \"2019-2020\"").contains("không đi theo");
    assertThat(skipped.get("ban-sao.xlsx")).contains("tới tệp \"nguyen-du.xlsx\" trong cùng thư mục");
    assertThat(skipped.get("manifest.csv")).contains("trỏ ra ngoài thư mục báo cáo");
    assertThat(skipped.get("o-cam.xlsx")).contains("không phải tệp thông thường");
    assertThat(skipped.get("ghi chu.txt")).contains("không phải tệp .xlsx");
  }

  @Test
  void accountsForEveryEntryUnderTheFolder() throws Exception {
    FileInventory.Listing listing = FileInventory.list(inbox, "manifest.csv");
    List<String> entries;
    try (Stream<Path> walk = Files.walk(inbox)) {
      entries = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> inbox.relativize(p).toString()).sorted().toList();
    }
    List<String> listed = Stream.concat(
            listing.files().stream().map(ReceivedFile::relativePath),
            listing.skipped().stream().map(FileInventory.Skipped::relativePath))
        .sorted().toList();

    assertThat(listed).isEqualTo(entries);
  }

  @Test
  void walksTheRealFolderWhenTheFolderItselfIsALink() throws Exception {
    Path share = Files.createSymbolicLink(root.resolve("share"), inbox);

    FileInventory.Listing listing = FileInventory.list(share, "manifest.csv");

    assertThat(listing.files()).extracting(ReceivedFile::relativePath)
        .containsExactly("2019-2020/hoa-sen.xlsx", "nguyen-du.xlsx");
  }

  @Test
  void rejectedAreaNeverCopiesWhatALinkPointsTo() throws Exception {
    Path link = inbox.resolve("bi-mat.xlsx");
    ReceivedFile received = new ReceivedFile(link.toUri().toString(), "bi-mat.xlsx", 17, java.time.LocalDateTime.of(2020, 9, 1, 8, 0));
    StagingJob.BatchSubmission submission = new StagingJob.BatchSubmission(
        "s1", "bi-mat.xlsx", "", "", "2019-2020", "rejected", false, 1, 0, null);
    RejectedArea area = new RejectedArea(root.resolve("rejected"));

    int kept = area.update(List.of(submission), List.of(received), List.of());

    assertThat(kept).isZero();
    assertThat(root.resolve("rejected/bi-mat.xlsx")).doesNotExist();
  }

  private static Map<String, String> reasons(FileInventory.Listing listing) {
    return listing.skipped().stream()
        .collect(Collectors.toMap(FileInventory.Skipped::relativePath, FileInventory.Skipped::reason));
  }
}
