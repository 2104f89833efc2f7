package vn.cdgd.sql;

import java.nio.file.Path;

/** No build has published a warehouse yet: there is nothing for the console to read. */
public final class WarehouseNotPublishedException extends RuntimeException {
  private final Path expected;

  public WarehouseNotPublishedException(Path expected) {
    super("Chưa có kho dữ liệu đã công bố tại " + expected
        + ". Hãy chạy cdgd build (hoặc cdgd run) trước.");
    this.expected = expected;
  }

  /** The {@code current} link that was looked for. */
  public Path expected() {
    return expected;
  }
}
