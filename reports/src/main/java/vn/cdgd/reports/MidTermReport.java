package vn.cdgd.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cdgd.conf.ReportSettings;

/** The mid-term review of a term's targets for one unit: the printed document and its sheet. */
final class MidTermReport {
  private final MidTermData data;
  private final ReportSettings settings;
  private final LocalDate date;

  MidTermReport(MidTermData data, ReportSettings settings, LocalDate date) {
    this.data = data;
    this.settings = settings;
    this.date = date;
  }

  Document document() {
    Scope scope = data.scope;
    Map<String, Object> parameters = DocumentText.common(settings, date, "BÁO CÁO", subtitle(data), intro(data));
    parameters.put("TARGETS", DocumentText.template("targets"));
    parameters.put("TARGETS_DATA", DocumentText.rows(data.rows));
    parameters.put("SUMMARY", data.summary());
    String title = "Kết quả thực hiện chỉ tiêu Nghị quyết nhiệm kỳ " + data.term.term() + " - " + scope.unitName()
        + ", đến năm học " + scope.schoolYear();
    return new Document("mid-term", parameters,
        List.of(new Document.Sheet("Chỉ tiêu", "targets", title, Map.of(), data.rows)));
  }

  static String subtitle(MidTermData data) {
    return "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội, nhiệm kỳ " + data.term.term();
  }

  /** The opening paragraph: which resolution is reviewed, from which year to which. */
  static String intro(MidTermData data) {
    return "Thực hiện " + data.term.resolution() + ", " + data.scope.unitName()
        + " sơ kết kết quả thực hiện các chỉ tiêu của Nghị quyết từ năm học " + data.term.firstYear()
        + " đến năm học " + data.scope.schoolYear() + " như sau.";
  }
}
