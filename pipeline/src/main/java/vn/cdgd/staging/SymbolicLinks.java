package vn.cdgd.staging;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Says, in the words of the ingest summary, what a symbolic link of the submissions folder points
 * to and why it is not read. Only the link's text and the target's kind are looked at: no byte of
 * the target is read.
 */
final class SymbolicLinks {
  /** Linux gives up after 40 links in a row; a longer chain is a loop in all but name. */
  private static final int MAX_CHAIN = 40;

  private SymbolicLinks() {}

  static String describe(Path root, Path link) {
    String target;
    try {
      target = Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "liên kết (symlink) không đọc được: bỏ qua";
    }
    if (loops(link)) {
      return "liên kết (symlink) tạo vòng lặp (qua \"" + target + "\"): bỏ qua";
    }
    Path real;
    try {
      real = link.toRealPath();
    } catch (NoSuchFileException e) {
      return "liên kết (symlink) hỏng: đích \"" + target + "\" không tồn tại: bỏ qua";
    } catch (FileSystemException e) {
      return "liên kết (symlink) tới \"" + target + "\" không lần ra được đích (vòng lặp hoặc không có"
          + " quyền truy cập): bỏ qua";
    } catch (IOException e) {
      return "liên kết (symlink) tới \"" + target + "\" không lần ra được đích: bỏ qua";
    }
    if (!real.startsWith(root)) {
      return "liên kết (symlink) trỏ ra ngoài thư mục báo cáo (tới \"" + target + "\"): không đọc tệp"
          + " ngoài thư mục; hãy chép chính tệp báo cáo vào thư mục";
    }
    String inside = root.relativize(real).toString().replace('\\', '/');
    if (Files.isDirectory(real)) {
      return "liên kết (symlink) tới thư mục \"" + inside + "\": không đi theo liên kết; các tệp ở"
          + " đó chỉ được đọc nếu nằm trong thư mục báo cáo";
    }
    if (Files.isRegularFile(real)) {
      return "liên kết (symlink) tới tệp \"" + inside + "\" trong cùng thư mục: tệp đó được đọc trực"
          + " tiếp, liên kết thì không";
    }
    return "liên kết (symlink) tới \"" + inside + "\", không phải tệp thông thường: bỏ qua";
  }

  /** True when following the link's chain comes back to a link already passed. */
  private static boolean loops(Path link) {
    Set<Path> passed = new HashSet<>();
    Path current = link.toAbsolutePath().normalize();
    for (int step = 0; step < MAX_CHAIN; step++) {
      if (!Files.isSymbolicLink(current)) {
        return false;
      }
      if (!passed.add(current)) {
        return true;
      }
      try {
        current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }
}
