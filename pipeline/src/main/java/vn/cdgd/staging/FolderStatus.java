package vn.cdgd.staging;

import vn.cdgd.conf.WorkspaceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cdgd.conf.Settings;
import vn.cdgd.conf.Workspace;
import vn.cdgd.store.VersionedStore;

/**
 * What {@code cdgd status} tells about a submissions folder against the published staging,
 * without starting Spark: each file new, changed since it was staged, waiting to be read again
 * (the form, register, ratings or program changed), or staged (accepted, replaced by a newer one,
 * rejected), and what the folder holds that is not read.
 */
public final class FolderStatus {
  /** The state of a file, in the words the summary prints. */
  public enum State {
    NEW("mới, chưa đọc"),
    CHANGED("đã sửa sau lần đọc trước, chưa đọc lại"),
    TO_READ_AGAIN("sẽ đọc lại (biểu mẫu, danh mục, xếp loại hoặc chương trình đã thay đổi)"),
    ACCEPTED("đã tiếp nhận"),
    REPLACED("đã tiếp nhận, đã có báo cáo mới hơn thay thế"),
    REJECTED("bị từ chối, chờ đơn vị gửi lại"),
    UNREADABLE("không mở được để đọc");

    private final String words;

    State(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  public record Entry(String file, State state, int errors, int warnings) {}

  public record Report(Optional<Path> staging, List<Entry> files, List<FileInventory.Skipped> skipped) {
    public long count(State state) {
      return files.stream().filter(f -> f.state() == state).count();
    }
  }

  private FolderStatus() {}

  public static Report of(WorkspaceConfig config, Path folder) {
    Workspace workspace = config.workspace();
    Settings settings = config.settings();
    FileInventory.Listing listing;
    try {
      listing = FileInventory.list(folder, settings.manifestFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    Optional<Path> current = new VersionedStore(workspace.staging()).current();
    StagedRows rows = new StagedRows(workspace.output().resolve(".duckdb"));
    Map<String, StagedRows.Staged> staged = current.map(rows::all).orElse(Map.of());
    Map<String, StagedRows.Staged> byFile = new HashMap<>();
    staged.values().forEach(s -> byFile.merge(s.file(), s, (a, b) -> a));
    String fingerprint = ReadFingerprint.of(workspace, settings);
    // The last ingest's stamps spare hashing unchanged files; status writes nothing.
    Map<String, String> ids = ContentIds.of(listing.files(), FileStamps.read(FileStamps.location(workspace)), null);
    List<Entry> entries = new ArrayList<>();
    for (ReceivedFile file : listing.files()) {
      String id = ids.get(file.relativePath());
      StagedRows.Staged same = id == null ? null : staged.get(id);
      State state;
      if (id == null) {
        state = State.UNREADABLE;
      } else if (same == null) {
        state = byFile.containsKey(file.relativePath()) ? State.CHANGED : State.NEW;
      } else if (!fingerprint.equals(same.readWith())) {
        state = State.TO_READ_AGAIN;
      } else if (same.status().equals("rejected")) {
        state = State.REJECTED;
      } else {
        state = same.current() ? State.ACCEPTED : State.REPLACED;
      }
      entries.add(new Entry(file.relativePath(), state, same == null ? 0 : same.errors(),
          same == null ? 0 : same.warnings()));
    }
    return new Report(current, entries, listing.skipped());
  }
}
