package vn.cdgd.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.cdgd.conf.Settings;
import vn.cdgd.conf.Workspace;
import vn.cdgd.staging.PersonalDataPurge;
import vn.cdgd.staging.PersonalDataRetention;
import vn.cdgd.staging.RestrictedStore;
import vn.cdgd.staging.StagingTables;
import vn.cdgd.store.VersionedStore;

/**
 * {@code cdgd purge}: applies the retention of personal data ({@code personal_data.keep_years})
 * to the restricted store and says, in Vietnamese, what it removed or, with {@code --dry-run},
 * what it would remove.
 */
@Command(
    name = "purge",
    description = {
      "Xóa họ tên, năm sinh của cán bộ và tên người được khen thưởng thuộc các năm học cũ hơn thời"
          + " hạn lưu giữ (personal_data.keep_years trong conf/cdgd.yaml) khỏi vùng dữ liệu hạn chế"
          + " (output/restricted/). Kho dữ liệu và các báo cáo không thay đổi.",
      "Mã thoát: 0 thành công, 2 sai cú pháp lệnh, 3 chưa có vùng staging hoặc lỗi cấu hình, 1 lỗi khác."
    })
public final class PurgeCommand implements Callable<Integer> {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Mixin LockedWorkspaceOptions options;

  @Spec CommandSpec spec;

  @Option(names = "--dry-run", description = "Chỉ liệt kê những gì sẽ bị xóa, không xóa gì.")
  boolean dryRun;

  /** The day the retention is counted from; tests give their own. */
  LocalDate today = LocalDate.now(VIETNAM);

  @Override
  public Integer call() {
    // A purge publishes a staging version, as ingest does: never two writers at once.
    try (WorkspaceLock lock = options.lock("purge", spec.commandLine().getOut())) {
      return purge();
    }
  }

  private Integer purge() {
    Workspace workspace = options.workspace();
    Settings settings = options.config().settings();
    PrintWriter out = spec.commandLine().getOut();
    VersionedStore staging = new VersionedStore(workspace.staging());
    if (!vn.cdgd.files.WorkspaceFiles.isLocal(workspace.restricted())) {
      // The purge rewrites the restricted store with DuckDB, which writes only local files. Each
      // ingest still drops what is past retention, on HDFS as anywhere (in Spark).
      throw new UserException(ExitCodes.CONFIG, "cdgd purge chưa chạy được trên thư mục làm việc HDFS ("
          + workspace.root() + "): lệnh này chỉ chạy trên thư mục trên máy. Dữ liệu cá nhân của các năm học quá"
          + " thời hạn lưu giữ vẫn được bỏ đi ở mỗi lần chạy cdgd ingest tiếp theo.");
    }
    if (staging.current().isEmpty()) {
      throw new UserException(ExitCodes.CONFIG, "Chưa có vùng staging tại " + staging.currentLink()
          + ", nên không có dữ liệu cá nhân nào để xóa. Hãy chạy cdgd ingest (hoặc cdgd run) trước.");
    }
    PersonalDataRetention retention =
        PersonalDataRetention.of(settings.personalDataKeepYears(), settings.schoolYearStarts(), today);
    PersonalDataPurge.Result result =
        new PersonalDataPurge(staging, new RestrictedStore(workspace.restricted()),
            workspace.output().resolve(".duckdb"), settings.keepStagingVersions())
            .run(retention, dryRun);
    print(out, result, retention, settings.personalDataKeepYears());
    out.flush();
    return ExitCodes.OK;
  }

  static void print(PrintWriter out, PersonalDataPurge.Result result, PersonalDataRetention retention, int keepYears) {
    String oldest = retention.oldestKept().label();
    out.println("Thời hạn lưu giữ dữ liệu cá nhân: " + keepYears + " năm học (giữ từ năm học " + oldest
        + " trở về sau, theo personal_data.keep_years).");
    if (result.removed().isEmpty()) {
      out.println("Không có dữ liệu cá nhân nào của năm học trước " + oldest + "; không xóa gì.");
      return;
    }
    out.println(result.applied()
        ? "Đã xóa khỏi vùng dữ liệu hạn chế:"
        : "Chạy thử (--dry-run), chưa xóa gì. Sẽ xóa khỏi vùng dữ liệu hạn chế:");
    Map<String, long[]> byYear = new TreeMap<>();
    for (PersonalDataPurge.Removed removed : result.removed()) {
      long[] counts = byYear.computeIfAbsent(removed.schoolYear(), year -> new long[2]);
      counts[removed.table().equals(StagingTables.OFFICER_IDENTITY) ? 0 : 1] += removed.rows();
    }
    byYear.forEach((year, counts) -> out.println("  Năm học " + year + ": họ tên và năm sinh của " + counts[0]
        + " cán bộ, tên của " + counts[1] + " người/tập thể được khen thưởng."));
    if (result.applied()) {
      out.println("Phiên bản staging mới: " + result.stagingVersion().map(Object::toString).orElse("")
          + " (số liệu không đổi; các phiên bản cũ của vùng dữ liệu hạn chế đã bị xóa).");
    } else {
      out.println("Chạy lại không có --dry-run để xóa.");
    }
  }
}
