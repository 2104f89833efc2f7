package vn.cdgd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.TargetCatalog;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.reports.FormLabels;
import vn.cdgd.reports.Reports;
import vn.cdgd.reports.TermInfo;
import vn.cdgd.reports.VietnameseFormats;

/**
 * The printed reports as the commands write them ({@code report year-end|mid-term}, the end of
 * {@code run}): the published warehouse opened through DuckDB with the workspace's form labels
 * and conf/reports.yaml, the unit, date and term chosen from the options or the configuration.
 */
final class ReportService {
  private ReportService() {}

  /** Both reports for the register's root unit, the latest school year and the last term. */
  static int writeAll(WorkspaceConfig config, PrintWriter out) {
    Workspace workspace = config.workspace();
    try (Reports reports = open(config)) {
      String unit = unit(config, null);
      LocalDate date = date(config, null);
      print(out, reports.yearEnd(latest(reports), unit, date, workspace.reports()), workspace);
      List<TargetCatalog.Term> terms = config.targets().terms();
      // A workspace without targets yet still gets its year-end; the mid-term waits for conf/targets.yaml.
      if (!terms.isEmpty() && terms.get(terms.size() - 1).targets() != null
          && !terms.get(terms.size() - 1).targets().isEmpty()) {
        TermInfo info = term(config, null);
        print(out, reports.midTerm(info, latestInTerm(reports, info), unit, date, workspace.reports()), workspace);
      }
      return ExitCodes.OK;
    }
  }

  static Reports open(WorkspaceConfig config) {
    Workspace workspace = config.workspace();
    FormDefinition form = config.form();
    FormLabels labels = new FormLabels(
        form.sections().stream().map(s -> new FormLabels.Section(s.code(), s.label())).toList(),
        form.fields().stream().map(f -> new FormLabels.Field(
            f.code(), f.label(), f.unit(), f.women(), f.type().name().toLowerCase(Locale.ROOT))).toList(),
        form.list("award_form"), form.list("award_level"));
    // On HDFS, current names the version and DuckDB reads a local copy of it.
    Path warehouse = new vn.cdgd.store.VersionedStore(workspace.warehouse()).currentReadable()
        .orElse(workspace.warehouse().resolve("current"));
    return Reports.open(warehouse, workspace.output().resolve(".duckdb"), labels, config.reports());
  }

  static void print(PrintWriter out, Reports.Written written, Workspace workspace) {
    for (Path file : written.files()) {
      out.println("  " + workspace.root().relativize(file)
          + (file.equals(written.docx()) ? "  (dự thảo Word: viết tiếp các đoạn tô vàng, rồi ký ban hành)" : ""));
    }
    if (written.keptDraft() != null) {
      out.println("  " + workspace.root().relativize(written.keptDraft())
          + "  (bản dự thảo trước, có thể đã được sửa tay: giữ nguyên, không ghi đè)");
    }
    out.printf(Locale.ROOT, "  (%.1f giây)%n", written.took().toMillis() / 1000.0);
    out.flush();
  }

  /** {@code --unit}, else {@code union.root_unit}. */
  static String unit(WorkspaceConfig config, String unit) {
    if (unit != null) {
      return unit;
    }
    String root = config.settings().rootUnit();
    if (root.isBlank()) {
      throw new UserException(ExitCodes.USAGE, "Hãy chọn đơn vị bằng --unit (conf/cdgd.yaml chưa có union.root_unit).");
    }
    return root;
  }

  /** {@code --date}, else {@code report_date}, else today in Vietnam. */
  static LocalDate date(WorkspaceConfig config, String date) {
    if (date != null) {
      return VietnameseFormats.parseDate(date, "--date");
    }
    return config.reports().reportDate().orElse(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
  }

  static String latest(Reports reports) {
    List<String> years = reports.schoolYears();
    if (years.isEmpty()) {
      throw new UserException(ExitCodes.CONFIG, "Kho dữ liệu chưa có năm học nào. Hãy chạy cdgd run.");
    }
    return years.get(years.size() - 1);
  }

  static String latestInTerm(Reports reports, TermInfo term) {
    List<String> years = reports.schoolYears().stream()
        .filter(y -> y.compareTo(term.firstYear()) >= 0 && y.compareTo(term.lastYear()) <= 0).toList();
    if (years.isEmpty()) {
      throw new UserException(ExitCodes.USAGE, "Kho dữ liệu chưa có năm học nào của nhiệm kỳ " + term.term()
          + " (năm học " + term.firstYear() + " đến " + term.lastYear() + ", first_year và last_year trong"
          + " conf/targets.yaml); kho có: " + String.join(", ", reports.schoolYears())
          + ". Hãy sửa năm học của nhiệm kỳ trong conf/targets.yaml, hoặc nạp báo cáo của năm học trong nhiệm kỳ.");
    }
    return years.get(years.size() - 1);
  }

  /** {@code --term}, else the last term of conf/targets.yaml. */
  static TermInfo term(WorkspaceConfig config, String term) {
    TargetCatalog catalog = config.targets();
    List<TargetCatalog.Term> terms = catalog.terms();
    if (terms.isEmpty()) {
      throw new UserException(ExitCodes.CONFIG, "conf/targets.yaml chưa có nhiệm kỳ nào (mục terms), nên chưa có"
          + " gì để sơ kết. Hãy ghi nhiệm kỳ vào conf/targets.yaml: term, unit, resolution, first_year, last_year"
          + " (năm học đầu và cuối của nhiệm kỳ) và các chỉ tiêu của Nghị quyết (targets: code, indicator, wording,"
          + " comparison, threshold, due), theo ví dụ trong tệp; rồi chạy cdgd build và in lại báo cáo.");
    }
    TargetCatalog.Term chosen = term == null ? terms.get(terms.size() - 1)
        : terms.stream().filter(t -> t.term().equals(term)).findFirst().orElseThrow(() -> new UserException(
            ExitCodes.USAGE, "Không có nhiệm kỳ " + term + " trong conf/targets.yaml (có: "
                + String.join(", ", terms.stream().map(TargetCatalog.Term::term).toList()) + ")."));
    if (chosen.targets() == null || chosen.targets().isEmpty()) {
      throw new UserException(ExitCodes.CONFIG, "Nhiệm kỳ " + chosen.term() + " (năm học " + chosen.firstYear()
          + " đến " + chosen.lastYear() + ") trong conf/targets.yaml chưa có chỉ tiêu nào (mục targets), nên chưa có"
          + " gì để sơ kết. Hãy ghi các chỉ tiêu của Nghị quyết vào mục targets của nhiệm kỳ " + chosen.term()
          + " trong conf/targets.yaml (code, indicator, wording, comparison, threshold, due); rồi chạy cdgd build"
          + " và in lại báo cáo.");
    }
    return new TermInfo(chosen.term(), chosen.unit(), chosen.resolution(), chosen.firstYear(), chosen.lastYear(),
        catalog.exceedMargin());
  }
}
