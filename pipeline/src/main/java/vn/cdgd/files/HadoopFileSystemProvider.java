package vn.cdgd.files;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * {@code java.nio.file} over a Hadoop file system, for one URI scheme ({@code hdfs}, ...). It does
 * what the workspace's code asks of files (open, create, list, walk, attributes, rename, delete,
 * copy, POSIX permissions) with Hadoop's client; symbolic links are not supported, as HDFS has
 * them switched off. Not installed as a service: {@link WorkspaceFiles#path} hands out its paths,
 * so the driver finds it the same way under {@code spark-submit}'s class loaders.
 */
public final class HadoopFileSystemProvider extends FileSystemProvider {
  private static final Map<String, HadoopFileSystemProvider> BY_SCHEME = new ConcurrentHashMap<>();

  private final String scheme;
  private final Map<String, HadoopNioFileSystem> byAuthority = new ConcurrentHashMap<>();
  private final Configuration configuration = new Configuration();

  private HadoopFileSystemProvider(String scheme) {
    this.scheme = scheme;
  }

  static HadoopFileSystemProvider forScheme(String scheme) {
    return BY_SCHEME.computeIfAbsent(scheme.toLowerCase(java.util.Locale.ROOT), HadoopFileSystemProvider::new);
  }

  @Override
  public String getScheme() {
    return scheme;
  }

  @Override
  public HadoopNioFileSystem newFileSystem(URI uri, Map<String, ?> env) {
    return getFileSystem(uri);
  }

  @Override
  public HadoopNioFileSystem getFileSystem(URI uri) {
    String authority = uri.getRawAuthority() == null ? "" : uri.getAuthority();
    return byAuthority.computeIfAbsent(authority, a -> new HadoopNioFileSystem(this, a, configuration));
  }

  @Override
  public Path getPath(URI uri) {
    return getFileSystem(uri).getPath(uri.getPath() == null ? "/" : uri.getPath());
  }

  static HadoopPath hadoopPath(Path path) {
    if (!(path instanceof HadoopPath p)) {
      throw new ProviderMismatchException(path + " is not on a Hadoop file system");
    }
    return (HadoopPath) p.toAbsolutePath();
  }

  static org.apache.hadoop.fs.FileSystem fs(Path path) {
    return hadoopPath(path).getFileSystem().hadoop();
  }

  static FileStatus status(Path path) throws IOException {
    try {
      return fs(path).getFileStatus(hadoopPath(path).hadoopPath());
    } catch (FileNotFoundException e) {
      throw new NoSuchFileException(path.toString());
    }
  }

  @Override
  public InputStream newInputStream(Path path, OpenOption... options) throws IOException {
    try {
      return fs(path).open(hadoopPath(path).hadoopPath());
    } catch (FileNotFoundException e) {
      throw new NoSuchFileException(path.toString());
    }
  }

  @Override
  public OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
    Set<OpenOption> set = options.length == 0
        ? Set.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)
        : Set.of(options);
    org.apache.hadoop.fs.Path file = hadoopPath(path).hadoopPath();
    org.apache.hadoop.fs.FileSystem fs = fs(path);
    if (set.contains(StandardOpenOption.CREATE_NEW)) {
      try {
        // Exclusive on the NameNode: of two clients, one gets the file and the other this error.
        return fs.create(file, false);
      } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
        throw new FileAlreadyExistsException(path.toString());
      } catch (IOException e) {
        if (fs.exists(file)) {
          throw new FileAlreadyExistsException(path.toString());
        }
        throw e;
      }
    }
    boolean exists = fs.exists(file);
    if (!exists && !set.contains(StandardOpenOption.CREATE)) {
      throw new NoSuchFileException(path.toString());
    }
    if (exists && set.contains(StandardOpenOption.APPEND)) {
      return fs.append(file);
    }
    return fs.create(file, true);
  }

  @Override
  public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
      throws IOException {
    if (options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND)) {
      return new HadoopChannels.Write(newOutputStream(path, options.toArray(new OpenOption[0])));
    }
    long size = status(path).getLen();
    return new HadoopChannels.Read((FSDataInputStream) newInputStream(path), size);
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
      throws IOException {
    FileStatus status = status(dir);
    if (!status.isDirectory()) {
      throw new NotDirectoryException(dir.toString());
    }
    List<Path> entries = new ArrayList<>();
    for (FileStatus child : fs(dir).listStatus(hadoopPath(dir).hadoopPath())) {
      Path entry = dir.resolve(child.getPath().getName());
      if (filter.accept(entry)) {
        entries.add(entry);
      }
    }
    return new DirectoryStream<>() {
      @Override
      public Iterator<Path> iterator() {
        return entries.iterator();
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
    org.apache.hadoop.fs.Path folder = hadoopPath(dir).hadoopPath();
    org.apache.hadoop.fs.FileSystem fs = fs(dir);
    if (fs.exists(folder)) {
      throw new FileAlreadyExistsException(dir.toString());
    }
    FsPermission permission = permission(attrs);
    if (!(permission == null ? fs.mkdirs(folder) : fs.mkdirs(folder, permission))) {
      throw new IOException("cannot create the folder " + dir);
    }
    if (permission != null) {
      fs.setPermission(folder, permission);
    }
  }

  @SuppressWarnings("unchecked")
  private static FsPermission permission(FileAttribute<?>... attrs) {
    for (FileAttribute<?> attr : attrs) {
      if (attr.name().equals("posix:permissions")) {
        return FsPermission.valueOf("-" + PosixFilePermissions.toString((Set<PosixFilePermission>) attr.value()));
      }
    }
    return null;
  }

  @Override
  public void delete(Path path) throws IOException {
    FileStatus status = status(path);
    org.apache.hadoop.fs.FileSystem fs = fs(path);
    if (status.isDirectory() && fs.listStatus(status.getPath()).length > 0) {
      throw new DirectoryNotEmptyException(path.toString());
    }
    if (!fs.delete(status.getPath(), false)) {
      throw new IOException("cannot delete " + path);
    }
  }

  @Override
  public void copy(Path source, Path target, CopyOption... options) throws IOException {
    FileStatus status = status(source);
    boolean replace = List.of(options).contains(StandardCopyOption.REPLACE_EXISTING);
    if (exists(target)) {
      if (!replace) {
        throw new FileAlreadyExistsException(target.toString());
      }
      delete(target);
    }
    if (status.isDirectory()) {
      createDirectory(target);
      return;
    }
    try (InputStream in = newInputStream(source);
        OutputStream out = newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      in.transferTo(out);
    }
  }

  /**
   * A rename on the NameNode, atomic. Replacing an existing target goes through {@link
   * FileContext#rename} with {@code OVERWRITE}, which is atomic on HDFS too: this is how the
   * {@code current} pointer of a versioned store is switched.
   */
  @Override
  public void move(Path source, Path target, CopyOption... options) throws IOException {
    org.apache.hadoop.fs.Path from = hadoopPath(source).hadoopPath();
    org.apache.hadoop.fs.Path to = hadoopPath(target).hadoopPath();
    status(source);
    boolean replace = List.of(options).contains(StandardCopyOption.REPLACE_EXISTING);
    org.apache.hadoop.fs.FileSystem fs = fs(source);
    if (fs.exists(to)) {
      if (!replace) {
        throw new FileAlreadyExistsException(target.toString());
      }
      FileContext.getFileContext(fs.getUri(), hadoopPath(source).getFileSystem().configuration())
          .rename(from, to, Options.Rename.OVERWRITE);
      return;
    }
    if (!fs.rename(from, to)) {
      throw new IOException("cannot rename " + source + " to " + target);
    }
  }

  private boolean exists(Path path) throws IOException {
    return fs(path).exists(hadoopPath(path).hadoopPath());
  }

  @Override
  public boolean isSameFile(Path path, Path path2) {
    return path.toAbsolutePath().normalize().equals(path2.toAbsolutePath().normalize());
  }

  @Override
  public boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  @Override
  public FileStore getFileStore(Path path) {
    throw new UnsupportedOperationException("no file store on " + path.getFileSystem());
  }

  @Override
  public void checkAccess(Path path, AccessMode... modes) throws IOException {
    if (!exists(path)) {
      throw new NoSuchFileException(path.toString());
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
    if (type == BasicFileAttributeView.class || type == PosixFileAttributeView.class) {
      return (V) new HadoopAttributes.View(path);
    }
    return null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
      throws IOException {
    if (type == BasicFileAttributes.class || type == PosixFileAttributes.class) {
      return (A) new HadoopAttributes(status(path));
    }
    throw new UnsupportedOperationException("no " + type.getSimpleName() + " on " + path.getFileSystem());
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
    HadoopAttributes read = new HadoopAttributes(status(path));
    Map<String, Object> all = new HashMap<>();
    all.put("size", read.size());
    all.put("lastModifiedTime", read.lastModifiedTime());
    all.put("lastAccessTime", read.lastAccessTime());
    all.put("creationTime", read.creationTime());
    all.put("isRegularFile", read.isRegularFile());
    all.put("isDirectory", read.isDirectory());
    all.put("isSymbolicLink", false);
    all.put("isOther", false);
    all.put("fileKey", null);
    all.put("permissions", read.permissions());
    String wanted = attributes.contains(":") ? attributes.substring(attributes.indexOf(':') + 1) : attributes;
    if (wanted.equals("*")) {
      return all;
    }
    Map<String, Object> chosen = new HashMap<>();
    for (String name : wanted.split(",")) {
      chosen.put(name, all.get(name));
    }
    return chosen;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
    String name = attribute.contains(":") ? attribute.substring(attribute.indexOf(':') + 1) : attribute;
    HadoopAttributes.View view = new HadoopAttributes.View(path);
    switch (name) {
      case "lastModifiedTime" -> view.setTimes((FileTime) value, null, null);
      case "permissions" -> view.setPermissions((Set<PosixFilePermission>) value);
      default -> throw new UnsupportedOperationException("cannot set " + attribute + " on " + path);
    }
  }
}
