package vn.cdgd.staging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cdgd.conf.Settings;
import vn.cdgd.conf.Workspace;
import vn.cdgd.store.VersionedStore;

/**
 * Which files of a folder an ingest reads, decided before any reading: the files listed, those
 * already staged with the same bytes under the same form, register, ratings and program (not read
 * again), and those with the same bytes as another file of the folder (one submission, under the
 * name that sorts first). Shared by the ingest and its dry run, so both read the same files.
 *
 * @param ids relative path → SHA-256 of every file the driver could read
 * @param alreadyStaged the ids of the folder's files already staged under {@code fingerprint}
 * @param stagedFiles how many files of the folder those ids cover
 */
record IngestPlan(
    FileInventory.Listing listing, Optional<Path> previous, String fingerprint, Map<String, String> ids,
    List<ReceivedFile> toRead, Set<String> alreadyStaged, int stagedFiles, List<IngestRun.Duplicate> duplicates) {

  /**
   * The plan; {@code recordStamps} rewrites the record of the files' stamps for the next run
   * ({@link FileStamps}), which a dry run, writing nothing, does not.
   */
  static IngestPlan of(Workspace workspace, Settings settings, Path folder, VersionedStore store, StagedRows staged,
      boolean recordStamps) {
    FileInventory.Listing listing;
    try {
      listing = FileInventory.list(folder, settings.manifestFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    List<ReceivedFile> files = listing.files();
    // Incremental: a file already staged with the same bytes under the same form, register,
    // ratings and program is not read again; only its rows' place in the result is looked up.
    String fingerprint = ReadFingerprint.of(workspace, settings);
    Path stamps = FileStamps.location(workspace);
    Map<String, String> ids = ContentIds.of(files, FileStamps.read(stamps), recordStamps ? stamps : null);
    Optional<Path> previous = store.current();
    Set<String> known = previous.map(p -> staged.readUnder(p, fingerprint)).orElse(Set.of());
    // A file the driver could not read has no id: it goes to the parse, which reports it. A file
    // with the same bytes as one whose name sorts before it is that submission: not read twice.
    List<IngestRun.Duplicate> duplicates = IngestRun.duplicates(ids);
    Set<String> sameAsAnother = duplicates.stream().map(IngestRun.Duplicate::file).collect(Collectors.toSet());
    List<ReceivedFile> toRead = files.stream()
        .filter(f -> ids.get(f.relativePath()) == null || !known.contains(ids.get(f.relativePath())))
        .filter(f -> !sameAsAnother.contains(f.relativePath()))
        .toList();
    Set<String> alreadyStaged = files.stream().map(f -> ids.get(f.relativePath()))
        .filter(id -> id != null && known.contains(id)).collect(Collectors.toSet());
    int stagedFiles = (int) files.stream()
        .filter(f -> ids.get(f.relativePath()) != null && known.contains(ids.get(f.relativePath()))).count();
    return new IngestPlan(listing, previous, fingerprint, ids, toRead, alreadyStaged, stagedFiles, duplicates);
  }

  List<ReceivedFile> files() {
    return listing.files();
  }
}
