package vn.cdgd.staging;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * The identity of each received file by its content (SHA-256 of its bytes, as {@code
 * ParsedSubmission.submissionId}), computed on the driver before anything is parsed, so a file
 * already staged with the same bytes is known without reading its cells. Files are read through
 * the Hadoop file system of their URI, in parallel; a file that cannot be read has no id here and
 * is left to the parse, which reports it.
 */
final class ContentIds {
  private ContentIds() {}

  /** relative path → SHA-256 (hex) of every readable file. */
  static Map<String, String> of(List<ReceivedFile> files) {
    Configuration hadoop = new Configuration();
    Map<String, String> ids = new ConcurrentHashMap<>();
    files.parallelStream().forEach(file -> {
      String id = sha256(file, hadoop);
      if (id != null) {
        ids.put(file.relativePath(), id);
      }
    });
    return ids;
  }

  private static String sha256(ReceivedFile file, Configuration hadoop) {
    URI uri = URI.create(file.uri());
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      FileSystem fs = FileSystem.get(uri, hadoop);
      try (InputStream in = new DigestInputStream(fs.open(new org.apache.hadoop.fs.Path(uri)), digest)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException | RuntimeException e) {
      return null;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

}
