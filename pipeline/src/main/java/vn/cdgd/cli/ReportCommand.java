package vn.cdgd.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.reports.Reports;
import vn.cdgd.reports.TermInfo;

/**
 * {@code cdgd report year-end|mid-term}: the printed reports (PDF and XLSX, with {@code --docx} also
 * an editable Word draft) from the published warehouse, through DuckDB and never Spark, into the
 * workspace's {@code output/reports/}. The
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

    @Option(names = "--docx",
        description = "Ghi thêm bản dự thảo Word (.docx) cạnh tệp PDF, theo thể thức Nghị định 30/2020/NĐ-CP:"
            + " số liệu đã điền sẵn, các đoạn tô vàng để đơn vị viết tiếp trước khi ký ban hành.")
    boolean docx;

    @Spec CommandSpec spec;
  }

  @Command(name = "year-end", description = "Báo cáo số liệu tổng kết năm học: tong-ket-<năm học>-<mã>.pdf và .xlsx"
      + " (và .docx với --docx); với --all-districts, một bộ tệp cho mỗi công đoàn cấp huyện.")
  static final class YearEnd extends Common implements Callable<Integer> {
    @Option(names = "--year", paramLabel = "<2019-2020>", description = "Năm học. Mặc định: năm học mới nhất trong kho.")
    String year;

    @Option(names = "--all-districts",
        description = "In một báo cáo cho mỗi công đoàn cấp huyện trực thuộc đơn vị (--unit, mặc định union.root_unit):"
            + " tiêu đề của huyện, cơ quan cấp trên là đơn vị tỉnh, số liệu của các CĐCS thuộc huyện.")
    boolean allDistricts;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (WorkspaceLock lock = options.lock("report year-end", out);
          Reports reports = ReportService.open(options.config())) {
        WorkspaceConfig config = options.config();
        Workspace workspace = config.workspace();
        String schoolYear = year != null ? year : ReportService.latest(reports);
        if (allDistricts) {
          java.util.List<Reports.Written> written = reports.yearEndForDistricts(schoolYear,
              ReportService.unit(config, unit), ReportService.date(config, date), workspace.reports(), docx);
          out.println("Báo cáo tổng kết năm học " + schoolYear + " của " + written.size() + " công đoàn cấp huyện:");
          written.forEach(files -> ReportService.print(out, files, workspace));
        } else {
          ReportService.print(out, reports.yearEnd(schoolYear, ReportService.unit(config, unit),
              ReportService.date(config, date), workspace.reports(), docx), workspace);
        }
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "mid-term", description = "Báo cáo sơ kết giữa nhiệm kỳ (chỉ tiêu Nghị quyết): so-ket-<nhiệm kỳ>-<mã>.pdf và .xlsx (và .docx với --docx).")
  static final class MidTerm extends Common implements Callable<Integer> {
    @Option(names = "--term", paramLabel = "<2018-2023>", description = "Nhiệm kỳ trong conf/targets.yaml. Mặc định: nhiệm kỳ cuối trong tệp.")
    String term;

    @Option(names = "--as-of", paramLabel = "<2019-2020>",
        description = "Sơ kết đến hết năm học này. Mặc định: năm học mới nhất của nhiệm kỳ có trong kho.")
    String asOf;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (WorkspaceLock lock = options.lock("report mid-term", out)) {
        // The term and its targets first: a term without targets is fixed in conf/, not in the warehouse.
        TermInfo info = ReportService.term(options.config(), term);
        try (Reports reports = ReportService.open(options.config())) {
          midTerm(reports, info, out);
        }
      }
      return ExitCodes.OK;
    }

    private void midTerm(Reports reports, TermInfo info, PrintWriter out) {
      WorkspaceConfig config = options.config();
      Workspace workspace = config.workspace();
      String year = asOf != null ? asOf : ReportService.latestInTerm(reports, info);
      ReportService.print(out, reports.midTerm(info, year, ReportService.unit(config, unit),
          ReportService.date(config, date), workspace.reports(), docx), workspace);
    }
  }
}
