package vn.cdgd.parquet;

import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.util.HadoopStreams;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * Files of any Hadoop file system ({@code file:}, {@code hdfs:}) named by URI, so a workspace path
 * given as {@code path.toUri()} works wherever the workspace lives. On a local disk the raw file
 * system is used: Hadoop's checksummed one would leave a {@code .crc} file beside every Parquet
 * file, which no reader here checks and which a folder of tables does not want.
 */
final class HadoopFiles {
  private HadoopFiles() {}

  static FileSystem fileSystem(URI uri, Configuration hadoop) throws IOException {
    FileSystem fs = FileSystem.get(uri, hadoop);
    return fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
  }

  /** A new file for Parquet's writer; it must not exist yet. */
  static OutputFile output(URI uri, Configuration hadoop) throws IOException {
    FileSystem fs = fileSystem(uri, hadoop);
    Path path = new Path(uri);
    return new OutputFile() {
      @Override
      public PositionOutputStream create(long blockSizeHint) throws IOException {
        Path parent = path.getParent();
        if (parent != null) {
          fs.mkdirs(parent);
        }
        return HadoopStreams.wrap(fs.create(path, false));
      }

      @Override
      public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
        return HadoopStreams.wrap(fs.create(path, true));
      }

      @Override
      public boolean supportsBlockSize() {
        return false;
      }

      @Override
      public long defaultBlockSize() {
        return 0;
      }

      @Override
      public String getPath() {
        return path.toString();
      }
    };
  }
}
