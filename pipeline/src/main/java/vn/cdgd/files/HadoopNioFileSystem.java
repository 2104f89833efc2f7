package vn.cdgd.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;

/**
 * One Hadoop file system ({@code hdfs://host:port}) seen through {@code java.nio.file}. It never
 * closes the Hadoop {@link org.apache.hadoop.fs.FileSystem} it wraps: that one is Hadoop's cached
 * instance, shared with Spark in the same JVM.
 */
public final class HadoopNioFileSystem extends FileSystem {
  private final HadoopFileSystemProvider provider;
  private final String authority;
  private final Configuration configuration;
  private volatile org.apache.hadoop.fs.FileSystem hadoop;

  HadoopNioFileSystem(HadoopFileSystemProvider provider, String authority, Configuration configuration) {
    this.provider = provider;
    this.authority = authority == null ? "" : authority;
    this.configuration = configuration;
  }

  String scheme() {
    return provider.getScheme();
  }

  String authority() {
    return authority.isEmpty() ? null : authority;
  }

  /** {@code hdfs://host:port}, what an absolute path's text starts with. */
  String prefix() {
    return scheme() + "://" + authority;
  }

  Configuration configuration() {
    return configuration;
  }

  /** Hadoop's own client for this file system. */
  public org.apache.hadoop.fs.FileSystem hadoop() {
    org.apache.hadoop.fs.FileSystem fs = hadoop;
    if (fs == null) {
      try {
        fs = org.apache.hadoop.fs.FileSystem.get(URI.create(prefix() + "/"), configuration);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot reach " + prefix(), e);
      }
      hadoop = fs;
    }
    return fs;
  }

  @Override
  public HadoopFileSystemProvider provider() {
    return provider;
  }

  @Override
  public void close() {
    // Hadoop's cached client is shared; it is closed by Hadoop's shutdown hook.
  }

  @Override
  public boolean isOpen() {
    return true;
  }

  @Override
  public boolean isReadOnly() {
    return false;
  }

  @Override
  public String getSeparator() {
    return "/";
  }

  @Override
  public Iterable<Path> getRootDirectories() {
    return List.of(new HadoopPath(this, "/"));
  }

  @Override
  public Iterable<FileStore> getFileStores() {
    return List.of();
  }

  @Override
  public Set<String> supportedFileAttributeViews() {
    return Set.of("basic", "posix");
  }

  /** Accepts names, relative or absolute paths, and this file system's own URI text. */
  @Override
  public HadoopPath getPath(String first, String... more) {
    StringBuilder joined = new StringBuilder(first.startsWith(prefix()) ? first.substring(prefix().length()) : first);
    for (String name : more) {
      if (!name.isEmpty()) {
        joined.append(joined.length() == 0 ? "" : "/").append(name);
      }
    }
    return new HadoopPath(this, joined.toString());
  }

  @Override
  public PathMatcher getPathMatcher(String syntaxAndPattern) {
    PathMatcher text = java.nio.file.FileSystems.getDefault().getPathMatcher(syntaxAndPattern);
    return path -> text.matches(Path.of(((HadoopPath) path).pathPart()));
  }

  @Override
  public UserPrincipalLookupService getUserPrincipalLookupService() {
    throw new UnsupportedOperationException();
  }

  @Override
  public WatchService newWatchService() {
    throw new UnsupportedOperationException("no watch service on " + prefix());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HadoopNioFileSystem that && that.scheme().equals(scheme())
        && that.authority.equals(authority);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scheme(), authority);
  }
}
