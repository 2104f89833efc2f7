package vn.cdgd.files;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link Path} on a Hadoop file system ({@code hdfs://host:port/dak-nong/output}), so the code
 * that walks, reads and writes the workspace with {@code java.nio.file.Files} works unchanged on
 * HDFS. An absolute path prints as its whole URI ({@code hdfs://host:port/a b/c}): that is what
 * Spark's readers and writers are handed through {@code toString()}, and what messages show, so a
 * user sees where the file really is. A relative path prints as its names joined by {@code /}.
 */
public final class HadoopPath implements Path {
  private final HadoopNioFileSystem fs;
  /** Names joined by '/', with a leading '/' when absolute; "" is the empty path. */
  private final String path;

  HadoopPath(HadoopNioFileSystem fs, String path) {
    this.fs = fs;
    this.path = clean(path);
  }

  private static String clean(String path) {
    String cleaned = path.replaceAll("/{2,}", "/");
    if (cleaned.length() > 1 && cleaned.endsWith("/")) {
      cleaned = cleaned.substring(0, cleaned.length() - 1);
    }
    return cleaned;
  }

  /** The path part alone, without scheme and authority ({@code /dak-nong/output}). */
  public String pathPart() {
    return path;
  }

  /** The same file as Hadoop names it. */
  public org.apache.hadoop.fs.Path hadoopPath() {
    return new org.apache.hadoop.fs.Path(toAbsolutePath().toUri());
  }

  private List<String> names() {
    if (path.isEmpty() || path.equals("/")) {
      return List.of();
    }
    return Arrays.asList((isAbsolute() ? path.substring(1) : path).split("/"));
  }

  private HadoopPath of(boolean absolute, List<String> names) {
    return new HadoopPath(fs, (absolute ? "/" : "") + String.join("/", names));
  }

  @Override
  public HadoopNioFileSystem getFileSystem() {
    return fs;
  }

  @Override
  public boolean isAbsolute() {
    return path.startsWith("/");
  }

  @Override
  public Path getRoot() {
    return isAbsolute() ? new HadoopPath(fs, "/") : null;
  }

  @Override
  public Path getFileName() {
    List<String> names = names();
    return names.isEmpty() ? null : new HadoopPath(fs, names.get(names.size() - 1));
  }

  @Override
  public Path getParent() {
    List<String> names = names();
    if (names.isEmpty() || (names.size() == 1 && !isAbsolute())) {
      return null;
    }
    return of(isAbsolute(), names.subList(0, names.size() - 1));
  }

  @Override
  public int getNameCount() {
    return names().size();
  }

  @Override
  public Path getName(int index) {
    return new HadoopPath(fs, names().get(index));
  }

  @Override
  public Path subpath(int beginIndex, int endIndex) {
    return of(false, names().subList(beginIndex, endIndex));
  }

  @Override
  public boolean startsWith(Path other) {
    if (!(other instanceof HadoopPath that) || !that.fs.equals(fs) || that.isAbsolute() != isAbsolute()) {
      return false;
    }
    List<String> mine = names();
    List<String> theirs = that.names();
    return theirs.size() <= mine.size() && mine.subList(0, theirs.size()).equals(theirs);
  }

  @Override
  public boolean endsWith(Path other) {
    if (!(other instanceof HadoopPath that) || !that.fs.equals(fs)) {
      return false;
    }
    if (that.isAbsolute()) {
      return equals(that);
    }
    List<String> mine = names();
    List<String> theirs = that.names();
    return theirs.size() <= mine.size() && mine.subList(mine.size() - theirs.size(), mine.size()).equals(theirs);
  }

  @Override
  public Path normalize() {
    List<String> kept = new ArrayList<>();
    for (String name : names()) {
      if (name.equals(".")) {
        continue;
      }
      if (name.equals("..") && !kept.isEmpty() && !kept.get(kept.size() - 1).equals("..")) {
        kept.remove(kept.size() - 1);
      } else if (!(name.equals("..") && isAbsolute())) {
        kept.add(name);
      }
    }
    return of(isAbsolute(), kept);
  }

  @Override
  public Path resolve(Path other) {
    HadoopPath that = mine(other);
    if (that.isAbsolute()) {
      return that;
    }
    if (that.path.isEmpty()) {
      return this;
    }
    return new HadoopPath(fs, path.isEmpty() ? that.path : path + "/" + that.path);
  }

  @Override
  public Path resolve(String other) {
    return resolve(fs.getPath(other));
  }

  @Override
  public Path relativize(Path other) {
    HadoopPath that = mine(other);
    if (that.isAbsolute() != isAbsolute()) {
      throw new IllegalArgumentException("cannot relativize " + other + " against " + this);
    }
    List<String> from = names();
    List<String> to = that.names();
    int common = 0;
    while (common < from.size() && common < to.size() && from.get(common).equals(to.get(common))) {
      common++;
    }
    List<String> names = new ArrayList<>();
    for (int i = common; i < from.size(); i++) {
      names.add("..");
    }
    names.addAll(to.subList(common, to.size()));
    return of(false, names);
  }

  @Override
  public URI toUri() {
    try {
      return new URI(fs.scheme(), fs.authority(), ((HadoopPath) toAbsolutePath()).path, null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URI: " + this, e);
    }
  }

  @Override
  public Path toAbsolutePath() {
    return isAbsolute() ? this : new HadoopPath(fs, "/" + path);
  }

  @Override
  public Path toRealPath(LinkOption... options) throws IOException {
    Path real = toAbsolutePath().normalize();
    if (!fs.hadoop().exists(((HadoopPath) real).hadoopPath())) {
      throw new NoSuchFileException(real.toString());
    }
    return real;
  }

  @Override
  public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
    throw new UnsupportedOperationException("no watch service on " + fs.scheme());
  }

  @Override
  public int compareTo(Path other) {
    return path.compareTo(mine(other).path);
  }

  private HadoopPath mine(Path other) {
    if (!(other instanceof HadoopPath that) || !that.fs.equals(fs)) {
      throw new ProviderMismatchException(other + " is not on " + fs.prefix());
    }
    return that;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HadoopPath that && that.fs.equals(fs) && that.path.equals(path);
  }

  @Override
  public int hashCode() {
    return fs.hashCode() * 31 + path.hashCode();
  }

  @Override
  public String toString() {
    return isAbsolute() ? fs.prefix() + path : path;
  }
}
