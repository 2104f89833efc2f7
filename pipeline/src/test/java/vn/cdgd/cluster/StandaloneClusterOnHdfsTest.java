package vn.cdgd.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.cdgd.conf.Workspace;
import vn.cdgd.files.MiniHdfs;
import vn.cdgd.files.WorkspaceFiles;

/**
 * {@link StandaloneClusterTest} again with the cluster's workspace on HDFS: an in-process
 * MiniDFSCluster of this test JVM, {@code --workspace hdfs://127.0.0.1:<port>/dak-nong} given to
 * spark-submit. The driver (a child JVM) lists, hashes, keeps rejected files and publishes on it;
 * the executors (JVMs of the Workers) read the workbooks and write staging and the warehouse on it
 * over the loopback address. Every assertion of the local-folder run holds: the same staging,
 * warehouse and rejected files as local mode, the workbooks parsed by both executors.
 */
class StandaloneClusterOnHdfsTest extends StandaloneClusterTest {
  private MiniHdfs hdfs;
  private Workspace placed;

  @Override
  Workspace placeForTheCluster(Workspace generated) throws IOException {
    long started = System.nanoTime();
    hdfs = MiniHdfs.start(root.resolve("hdfs"));
    placed = new Workspace(hdfs.path("/dak-nong"));
    WorkspaceFiles.copyTree(generated.root(), placed.root());
    // Nothing of the run may fall back on the local copy the generator wrote.
    vn.cdgd.store.VersionedStore.deleteTree(generated.root());
    lap("HDFS started and the workspace put on it", started);
    return placed;
  }

  @AfterAll
  void stopHdfs() {
    if (hdfs != null) {
      hdfs.close();
    }
  }

  @Test
  void theRunsWroteOnHdfs() {
    assertThat(placed.root().toString()).startsWith("hdfs://127.0.0.1:");
    assertThat(Files.isRegularFile(placed.warehouse().resolve("current"))).isTrue();
    assertThat(Files.isDirectory(placed.rejected())).isTrue();
  }
}
