package vn.cdgd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.cdgd.conf.Catalogs;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.TargetCatalog;
import vn.cdgd.conf.Workspace;
import vn.cdgd.reports.FormLabels;
import vn.cdgd.reports.ReportException;
import vn.cdgd.reports.ReportSettings;
import vn.cdgd.reports.Reports;
import vn.cdgd.reports.TermInfo;

/**
 * {@code cdgd report year-end|mid-term}: the printed reports (PDF and XLSX) from the published
 * warehouse, through DuckDB and never Spark, into the workspace's {@code output/reports/}. The
 * report text (header, place, signatory, recipients) comes from {@code conf/reports.yaml}.
 */
@Command(
    name = "report",
    description = "In báo cáo (PDF và XLSX) từ kho dữ liệu đã công bố vào thư mục output/reports.",
    subcommands = {ReportCommand.YearEnd.class, ReportCommand.MidTerm.class})
public final class ReportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Options every report takes. */
  static class Common {
    @Mixin LockedWorkspaceOptions options;

    @Option(names = "--unit", paramLabel = "<CODE>",
        description = "Mã đơn vị (bất kỳ nút nào của cây: cụm, huyện, một CĐCS). Mặc định: union.root_unit trong conf/cdgd.yaml.")
    String unit;

    @Option(names = "--date", paramLabel = "<dd/MM/yyyy>",
        description = "Ngày ghi trên báo cáo. Mặc định: report_date trong conf/reports.yaml, nếu không có thì hôm nay.")
    String date;

    @Spec CommandSpec spec;
  }

  @Command(name = "year-end", description = "Báo cáo số liệu tổng kết năm học: tong-ket-<năm học>-<mã>.pdf và .xlsx.")
  static final class YearEnd extends Common implements Callable<Integer> {
    @Option(names = "--year", paramLabel = "<2019-2020>", description = "Năm học. Mặc định: năm học mới nhất trong kho.")
    String year;

    @Override
    public Integer call() {
      Workspace workspace = options.workspace();
      PrintWriter out = spec.commandLine().getOut();
      try (WorkspaceLock lock = options.lock("report year-end", out);
          Reports reports = open(workspace)) {
        String schoolYear = year != null ? year : latest(reports);
        print(out, reports.yearEnd(schoolYear, unit(workspace, unit), date(workspace, date), workspace.reports()), workspace);
      } catch (ReportException e) {
        throw user(e);
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "mid-term", description = "Báo cáo sơ kết giữa nhiệm kỳ (chỉ tiêu Nghị quyết): so-ket-<nhiệm kỳ>-<mã>.pdf và .xlsx.")
  static final class MidTerm extends Common implements Callable<Integer> {
    @Option(names = "--term", paramLabel = "<2018-2023>", description = "Nhiệm kỳ trong conf/targets.yaml. Mặc định: nhiệm kỳ cuối trong tệp.")
    String term;

    @Option(names = "--as-of", paramLabel = "<2019-2020>",
        description = "Sơ kết đến hết năm học này. Mặc định: năm học mới nhất của nhiệm kỳ có trong kho.")
    String asOf;

    @Override
    public Integer call() {
      Workspace workspace = options.workspace();
      PrintWriter out = spec.commandLine().getOut();
      try (WorkspaceLock lock = options.lock("report mid-term", out);
          Reports reports = open(workspace)) {
        TermInfo info = term(workspace, term);
        String year = asOf != null ? asOf : latestInTerm(reports, info);
        print(out, reports.midTerm(info, year, unit(workspace, unit), date(workspace, date), workspace.reports()), workspace);
      } catch (ReportException e) {
        throw user(e);
      }
      return ExitCodes.OK;
    }
  }

  /**
   * The end of {@code cdgd run}: both reports for the register's root unit, the latest school year
   * and the last term of conf/targets.yaml.
   */
  static int writeAll(Workspace workspace, PrintWriter out) {
    try (Reports reports = open(workspace)) {
      String unit = unit(workspace, null);
      LocalDate date = date(workspace, null);
      print(out, reports.yearEnd(latest(reports), unit, date, workspace.reports()), workspace);
      if (!Catalogs.targets(workspace.conf().resolve("targets.yaml")).terms().isEmpty()) {
        TermInfo info = term(workspace, null);
        print(out, reports.midTerm(info, latestInTerm(reports, info), unit, date, workspace.reports()), workspace);
      }
      return ExitCodes.OK;
    } catch (ReportException e) {
      throw user(e);
    }
  }

  static Reports open(Workspace workspace) {
    FormDefinition form = workspace.form();
    FormLabels labels = new FormLabels(
        form.sections().stream().map(s -> new FormLabels.Section(s.code(), s.label())).toList(),
        form.fields().stream().map(f -> new FormLabels.Field(
            f.code(), f.label(), f.unit(), f.women(), f.type().name().toLowerCase(Locale.ROOT))).toList(),
        form.list("award_form"), form.list("award_level"));
    ReportSettings settings = ReportSettings.load(workspace.conf().resolve("reports.yaml"));
    // On HDFS, current names the version and DuckDB reads a local copy of it.
    Path warehouse = new vn.cdgd.staging.VersionedStore(workspace.warehouse()).currentReadable()
        .orElse(workspace.warehouse().resolve("current"));
    return Reports.open(warehouse, workspace.output().resolve(".duckdb"), labels, settings);
  }

  private static void print(PrintWriter out, Reports.Written written, Workspace workspace) {
    for (Path file : written.files()) {
      out.println("  " + workspace.root().relativize(file));
    }
    out.printf(Locale.ROOT, "  (%.1f giây)%n", written.took().toMillis() / 1000.0);
    out.flush();
  }

  private static String unit(Workspace workspace, String unit) {
    if (unit != null) {
      return unit;
    }
    String root = workspace.settings().rootUnit();
    if (root.isBlank()) {
      throw new UserException(ExitCodes.USAGE, "Hãy chọn đơn vị bằng --unit (conf/cdgd.yaml chưa có union.root_unit).");
    }
    return root;
  }

  private static LocalDate date(Workspace workspace, String date) {
    try {
      if (date != null) {
        return ReportSettings.parseDate(date, "--date");
      }
      return ReportSettings.load(workspace.conf().resolve("reports.yaml")).reportDate()
          .orElse(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
    } catch (ReportException e) {
      throw user(e);
    }
  }

  private static String latest(Reports reports) {
    List<String> years = reports.schoolYears();
    if (years.isEmpty()) {
      throw new UserException(ExitCodes.CONFIG, "Kho dữ liệu chưa có năm học nào. Hãy chạy cdgd run.");
    }
    return years.get(years.size() - 1);
  }

  private static String latestInTerm(Reports reports, TermInfo term) {
    List<String> years = reports.schoolYears().stream()
        .filter(y -> y.compareTo(term.firstYear()) >= 0 && y.compareTo(term.lastYear()) <= 0).toList();
    if (years.isEmpty()) {
      throw new UserException(ExitCodes.USAGE, "Kho dữ liệu chưa có năm học nào của nhiệm kỳ " + term.term() + ".");
    }
    return years.get(years.size() - 1);
  }

  private static TermInfo term(Workspace workspace, String term) {
    TargetCatalog catalog = Catalogs.targets(workspace.conf().resolve("targets.yaml"));
    List<TargetCatalog.Term> terms = catalog.terms();
    if (terms.isEmpty()) {
      throw new UserException(ExitCodes.CONFIG, "conf/targets.yaml chưa có nhiệm kỳ nào (terms).");
    }
    TargetCatalog.Term chosen = term == null ? terms.get(terms.size() - 1)
        : terms.stream().filter(t -> t.term().equals(term)).findFirst().orElseThrow(() -> new UserException(
            ExitCodes.USAGE, "Không có nhiệm kỳ " + term + " trong conf/targets.yaml (có: "
                + String.join(", ", terms.stream().map(TargetCatalog.Term::term).toList()) + ")."));
    return new TermInfo(chosen.term(), chosen.unit(), chosen.resolution(), chosen.firstYear(), chosen.lastYear(),
        catalog.exceedMargin());
  }

  private static UserException user(ReportException e) {
    return new UserException(e.kind() == ReportException.Kind.CONFIG ? ExitCodes.CONFIG : ExitCodes.USAGE, e.getMessage());
  }
}
