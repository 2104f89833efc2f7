package vn.cdgd.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/**
 * An HDFS in the test JVM (a NameNode and one DataNode, all on 127.0.0.1 with free ports), for the
 * tests of an {@code hdfs://} workspace. Takes ~15 s to start here: one per test class.
 */
public final class MiniHdfs implements AutoCloseable {
  private final MiniDFSCluster cluster;

  private MiniHdfs(MiniDFSCluster cluster) {
    this.cluster = cluster;
  }

  /** Starts a cluster whose blocks and metadata live under {@code base}. */
  public static MiniHdfs start(Path base) {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.toAbsolutePath().toString());
    conf.set("dfs.namenode.rpc-address", "127.0.0.1:0");
    conf.set("dfs.namenode.http-address", "127.0.0.1:0");
    conf.set("dfs.datanode.address", "127.0.0.1:0");
    conf.set("dfs.datanode.http.address", "127.0.0.1:0");
    conf.set("dfs.datanode.ipc.address", "127.0.0.1:0");
    // Clients in other JVMs (Spark executors) reach the DataNode by the address it registered.
    conf.setBoolean("dfs.client.use.datanode.hostname", false);
    try {
      return new MiniHdfs(new MiniDFSCluster.Builder(conf).numDataNodes(1).build());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the in-process HDFS", e);
    }
  }

  /** {@code hdfs://127.0.0.1:<port>}: the NameNode. */
  public URI uri() {
    return URI.create("hdfs://127.0.0.1:" + cluster.getNameNodePort());
  }

  /** A folder on this HDFS as a path the workspace code uses. */
  public Path path(String folder) {
    return WorkspaceFiles.path(uri() + folder);
  }

  @Override
  public void close() {
    cluster.shutdown();
  }
}
