package vn.cdgd.staging;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import vn.cdgd.staging.feedback.FeedbackWorkbookWriter;

/**
 * The bytes of the files of an ingested folder, read on the driver through the Hadoop file system
 * of their URI (as {@link ContentIds} reads them), for the feedback's copies of the schools' own
 * workbooks. A file gone or unreadable since it was parsed gives null: its feedback is a list.
 */
final class ReceivedBytes implements FeedbackWorkbookWriter.Originals {
  private final Map<String, ReceivedFile> byPath;
  private final Configuration hadoop = new Configuration();

  ReceivedBytes(List<ReceivedFile> files) {
    this.byPath = files.stream().collect(Collectors.toMap(ReceivedFile::relativePath, Function.identity(), (a, b) -> a));
  }

  @Override
  public byte[] bytes(String relativePath) {
    ReceivedFile file = byPath.get(relativePath);
    if (file == null) {
      return null;
    }
    URI uri = URI.create(file.uri());
    try (InputStream in = FileSystem.get(uri, hadoop).open(new org.apache.hadoop.fs.Path(uri))) {
      return in.readAllBytes();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
