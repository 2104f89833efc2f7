package vn.cdgd.files;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.permission.FsPermission;

/** What Hadoop's status says, in java.nio's words; HDFS has no symbolic links to report. */
record HadoopAttributes(FileStatus status) implements PosixFileAttributes {

  @Override
  public FileTime lastModifiedTime() {
    return FileTime.fromMillis(status.getModificationTime());
  }

  @Override
  public FileTime lastAccessTime() {
    return FileTime.fromMillis(status.getAccessTime());
  }

  @Override
  public FileTime creationTime() {
    return lastModifiedTime();
  }

  @Override
  public boolean isRegularFile() {
    return status.isFile();
  }

  @Override
  public boolean isDirectory() {
    return status.isDirectory();
  }

  @Override
  public boolean isSymbolicLink() {
    return false;
  }

  @Override
  public boolean isOther() {
    return false;
  }

  @Override
  public long size() {
    return status.getLen();
  }

  @Override
  public Object fileKey() {
    return null;
  }

  @Override
  public UserPrincipal owner() {
    return status::getOwner;
  }

  @Override
  public GroupPrincipal group() {
    return status::getGroup;
  }

  @Override
  public Set<PosixFilePermission> permissions() {
    return PosixFilePermissions.fromString(status.getPermission().toString().substring(0, 9));
  }

  /** Sets times and permissions through Hadoop's client. */
  static final class View implements PosixFileAttributeView {
    private final Path path;

    View(Path path) {
      this.path = path;
    }

    @Override
    public String name() {
      return "posix";
    }

    @Override
    public PosixFileAttributes readAttributes() throws IOException {
      return new HadoopAttributes(HadoopFileSystemProvider.status(path));
    }

    @Override
    public void setTimes(FileTime lastModifiedTime, FileTime lastAccessTime, FileTime createTime) throws IOException {
      HadoopFileSystemProvider.fs(path).setTimes(HadoopFileSystemProvider.hadoopPath(path).hadoopPath(), lastModifiedTime == null ? -1 : lastModifiedTime.toMillis(),
          lastAccessTime == null ? -1 : lastAccessTime.toMillis());
    }

    @Override
    public void setPermissions(Set<PosixFilePermission> perms) throws IOException {
      HadoopFileSystemProvider.fs(path).setPermission(HadoopFileSystemProvider.hadoopPath(path).hadoopPath(),
          FsPermission.valueOf("-" + PosixFilePermissions.toString(perms)));
    }

    @Override
    public UserPrincipal getOwner() throws IOException {
      return readAttributes().owner();
    }

    @Override
    public void setOwner(UserPrincipal owner) throws IOException {
      HadoopFileSystemProvider.fs(path).setOwner(HadoopFileSystemProvider.hadoopPath(path).hadoopPath(), owner.getName(), null);
    }

    @Override
    public void setGroup(GroupPrincipal group) throws IOException {
      HadoopFileSystemProvider.fs(path).setOwner(HadoopFileSystemProvider.hadoopPath(path).hadoopPath(), null, group.getName());
    }
  }
}
