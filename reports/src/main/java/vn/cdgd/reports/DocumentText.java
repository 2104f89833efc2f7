package vn.cdgd.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import vn.cdgd.conf.ReportSettings;

/**
 * The parameters every printed document shares: the header and signature of conf/reports.yaml,
 * the place and date line, the compiled header and signature templates.
 */
final class DocumentText {
  private DocumentText() {}

  static Map<String, Object> common(ReportSettings settings, LocalDate date, String title, String subtitle, String intro) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("UPPER_BODY", settings.upperBody());
    parameters.put("ISSUING_BODY", settings.issuingBody());
    parameters.put("NUMBER_LINE", settings.numberLine());
    parameters.put("PLACE_DATE", placeDate(settings, date));
    parameters.put("RECIPIENTS", String.join("\n", settings.recipients()));
    parameters.put("MANDATE", settings.signatoryMandate());
    parameters.put("SIGNATORY_TITLE", settings.signatoryTitle());
    parameters.put("SIGNATORY_NAME", settings.signatoryName());
    parameters.put("TITLE", title);
    parameters.put("SUBTITLE", subtitle);
    parameters.put("INTRO", intro);
    parameters.put("HEADER", Templates.compiled("document-header"));
    return parameters;
  }

  /** "Đắk Nông, ngày 06 tháng 10 năm 2020": the place of conf/reports.yaml, when it has one. */
  static String placeDate(ReportSettings settings, LocalDate date) {
    return (settings.place().isBlank() ? "" : settings.place() + ", ") + VietnameseFormats.dateInWords(date);
  }

  static JasperReport template(String name) {
    return Templates.compiled(name);
  }

  static JRDataSource rows(List<Map<String, ?>> rows) {
    return new JRMapCollectionDataSource(new ArrayList<>(rows));
  }
}
