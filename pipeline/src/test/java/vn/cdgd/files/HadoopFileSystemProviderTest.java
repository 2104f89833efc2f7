package vn.cdgd.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** java.nio's Files on a real (in-process) HDFS, with the names the unions give their folders. */
class HadoopFileSystemProviderTest {
  @TempDir static Path base;
  static MiniHdfs hdfs;

  @BeforeAll
  static void start() {
    hdfs = MiniHdfs.start(base.resolve("hdfs"));
  }

  @AfterAll
  static void stop() {
    hdfs.close();
  }

  @Test
  void writesReadsListsAndWalksFoldersWithVietnameseNames() throws IOException {
    Path root = hdfs.path("/Đắk Nông/nộp");
    Path file = root.resolve("Trường Đắk Mil").resolve("báo cáo 2024.xlsx");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "Công đoàn cơ sở");

    assertThat(file.toString()).isEqualTo(hdfs.uri() + "/Đắk Nông/nộp/Trường Đắk Mil/báo cáo 2024.xlsx");
    assertThat(Files.readString(file)).isEqualTo("Công đoàn cơ sở");
    assertThat(Files.readAllLines(file)).containsExactly("Công đoàn cơ sở");
    assertThat(Files.size(file)).isEqualTo("Công đoàn cơ sở".getBytes(StandardCharsets.UTF_8).length);
    assertThat(Files.isRegularFile(file)).isTrue();
    assertThat(Files.isDirectory(file.getParent())).isTrue();
    assertThat(Files.exists(root.resolve("không có"))).isFalse();
    try (Stream<Path> walk = Files.walk(root)) {
      assertThat(walk.map(p -> root.relativize(p).toString()).sorted().toList())
          .containsExactly("", "Trường Đắk Mil", "Trường Đắk Mil/báo cáo 2024.xlsx");
    }
    // What the executors are handed: a URI Hadoop opens, spaces escaped, letters kept.
    assertThat(new org.apache.hadoop.fs.Path(file.toUri()).getName()).isEqualTo("báo cáo 2024.xlsx");
    assertThat(WorkspaceFiles.path(file.toUri())).isEqualTo(file);
    assertThat(WorkspaceFiles.path(file.toString())).isEqualTo(file);
  }

  @Test
  void createNewIsExclusiveAndAMoveReplacesAtomically() throws IOException {
    Path folder = Files.createDirectories(hdfs.path("/kho"));
    Path lock = folder.resolve(".lock");
    try (OutputStream out = Files.newOutputStream(lock, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      out.write(1);
    }
    assertThatThrownBy(() -> Files.newOutputStream(lock, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))
        .isInstanceOf(FileAlreadyExistsException.class);

    Path current = folder.resolve("current");
    Files.writeString(current, "v1");
    Path next = folder.resolve(".current-v2");
    Files.writeString(next, "v2");
    assertThatThrownBy(() -> Files.move(next, current)).isInstanceOf(FileAlreadyExistsException.class);
    Files.move(next, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.readString(current)).isEqualTo("v2");
    assertThat(Files.exists(next)).isFalse();

    Files.delete(lock);
    assertThatThrownBy(() -> Files.delete(lock)).isInstanceOf(NoSuchFileException.class);
    assertThat(Files.deleteIfExists(lock)).isFalse();
  }

  @Test
  void permissionsAndCopiesBothWays() throws IOException {
    Path secret = Files.createDirectories(hdfs.path("/restricted/v1"));
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rwx------"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rwx------");

    Path local = Files.createDirectories(base.resolve("local/Bảng a"));
    Files.writeString(local.resolve("part 0.parquet"), "bytes");
    Path onHdfs = hdfs.path("/copied");
    WorkspaceFiles.copyTree(local.getParent(), onHdfs);
    assertThat(Files.readString(onHdfs.resolve("Bảng a/part 0.parquet"))).isEqualTo("bytes");

    Path back = WorkspaceFiles.readableCopy(onHdfs);
    assertThat(WorkspaceFiles.isLocal(back)).isTrue();
    assertThat(Files.readString(back.resolve("Bảng a/part 0.parquet"))).isEqualTo("bytes");
    assertThat(WorkspaceFiles.readableCopy(onHdfs)).isEqualTo(back);
    assertThat(WorkspaceFiles.readableCopy(local)).isSameAs(local);
  }

  @Test
  void pathsBehaveAsUnixPaths() {
    Path a = hdfs.path("/w/output/staging");
    assertThat(a.getFileName().toString()).isEqualTo("staging");
    assertThat(a.getParent()).isEqualTo(hdfs.path("/w/output"));
    assertThat(a.resolve("../warehouse").normalize()).isEqualTo(hdfs.path("/w/output/warehouse"));
    assertThat(a.startsWith(hdfs.path("/w"))).isTrue();
    assertThat(a.startsWith(hdfs.path("/wo"))).isFalse();
    assertThat(hdfs.path("/w").relativize(a).toString()).isEqualTo("output/staging");
    assertThat(a.resolveSibling("rejected")).isEqualTo(hdfs.path("/w/output/rejected"));
    assertThat(a.getNameCount()).isEqualTo(3);
    assertThat(List.of(WorkspaceFiles.path("relative/dir").isAbsolute(), WorkspaceFiles.isLocal(Path.of("x"))))
        .containsExactly(false, true);
  }
}
