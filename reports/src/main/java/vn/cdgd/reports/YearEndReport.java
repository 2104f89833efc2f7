package vn.cdgd.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cdgd.conf.ReportSettings;

/** The year-end consolidation of one unit's scope: the printed document and its sheets. */
final class YearEndReport {
  private final YearEndData data;
  private final ReportSettings settings;
  private final LocalDate date;

  YearEndReport(YearEndData data, ReportSettings settings, LocalDate date) {
    this.data = data;
    this.settings = settings;
    this.date = date;
  }

  Document document() {
    Scope scope = data.scope;
    Map<String, Object> parameters = DocumentText.common(settings, date, "BÁO CÁO",
        "Số liệu thống kê tổng kết năm học " + scope.schoolYear(), intro(data));
    parameters.put("FIGURES", DocumentText.template("figures"));
    parameters.put("FIGURES_BY_LEVEL", DocumentText.template("figures-by-level"));
    parameters.put("INDICATORS", DocumentText.template("indicators"));
    parameters.put("AWARDS", DocumentText.template("awards"));
    parameters.put("COMPARISON", DocumentText.template("comparison"));
    parameters.put("COMPARISON_DATA", DocumentText.rows(data.comparison.rows));
    parameters.putAll(comparisonParameters(data));
    parameters.put("FIGURES_DATA", DocumentText.rows(data.figures));
    parameters.put("FIGURES_BY_LEVEL_DATA", DocumentText.rows(data.figures));
    parameters.put("INDICATORS_DATA", DocumentText.rows(data.indicators));
    parameters.put("REPORTING_DATA", DocumentText.rows(data.reporting));
    parameters.put("AWARDS_DATA", DocumentText.rows(data.awards));
    Map<String, Object> annex = new java.util.HashMap<>();
    annex.put("MISSING_UNITS", DocumentText.template("missing-units"));
    annex.put("MISSING_DATA", DocumentText.rows(data.missing));
    annex.put("ANNEX_INTRO", "Danh sách công đoàn cơ sở chưa nộp báo cáo hoặc có báo cáo bị từ chối, năm học "
        + scope.schoolYear());
    return new Document("year-end", parameters, sheets(), new Document.Annex("annex", annex));
  }

  /** The note and the years the comparison table is headed with, for the PDF and its sheet alike. */
  static Map<String, Object> comparisonParameters(YearEndData data) {
    Map<String, Object> parameters = new java.util.HashMap<>();
    parameters.put("COMPARISON_NOTE", data.comparison.note);
    parameters.put("NOTE", data.comparison.note);
    parameters.put("CURRENT_YEAR", data.scope.schoolYear());
    parameters.put("PREVIOUS_YEAR", data.comparison.previousYear);
    return parameters;
  }

  /** The opening paragraph: whose reports were consolidated and how many units sent one. */
  static String intro(YearEndData data) {
    return "Căn cứ báo cáo thống kê năm học " + data.scope.schoolYear() + " của các công đoàn cơ sở, "
        + data.scope.unitName() + " tổng hợp số liệu công tác công đoàn như sau. Trong số "
        + VietnameseFormats.integer(data.unitsExpected) + " CĐCS phải báo cáo, "
        + VietnameseFormats.integer(data.unitsSubmitted) + " CĐCS đã nộp báo cáo hợp lệ"
        + (data.unitsExpected == 0 ? "" : " (" + VietnameseFormats.rate((double) data.unitsSubmitted / data.unitsExpected) + ")")
        + "; danh sách CĐCS chưa nộp hoặc có báo cáo bị từ chối ở phần Phụ lục.";
  }

  private List<Document.Sheet> sheets() {
    String suffix = " - " + data.scope.unitName() + ", năm học " + data.scope.schoolYear();
    List<Document.Sheet> sheets = new ArrayList<>();
    List<String> sections = data.figures.stream().map(row -> (String) row.get("sectionCode")).distinct().toList();
    for (String section : sections) {
      List<Map<String, ?>> rows = data.figures.stream().filter(row -> section.equals(row.get("sectionCode"))).toList();
      String label = (String) rows.get(0).get("section");
      sheets.add(new Document.Sheet(sheetName(label), "figures", label + suffix, Map.of(), rows));
    }
    sheets.add(new Document.Sheet("Theo cấp học", "figures-by-level", "Số liệu theo cấp học" + suffix, Map.of(), data.figures));
    sheets.add(new Document.Sheet("Chỉ số", "indicators", "Các chỉ số chủ yếu" + suffix, Map.of(), data.indicators));
    sheets.add(new Document.Sheet("So với năm trước", "comparison", "So sánh với năm học trước" + suffix,
        comparisonParameters(data), data.comparison.rows));
    sheets.add(new Document.Sheet("Khen thưởng", "awards", "Khen thưởng" + suffix, Map.of(), data.awards));
    sheets.add(new Document.Sheet("Nộp báo cáo", "indicators", "Tình hình nộp báo cáo" + suffix, Map.of(), data.reporting));
    sheets.add(new Document.Sheet("Phụ lục CĐCS chưa nộp", "missing-units",
        "CĐCS chưa nộp báo cáo hoặc có báo cáo bị từ chối" + suffix, Map.of(), data.missing));
    return sheets;
  }

  /** Excel allows 31 characters and no : \ / ? * [ ] in a sheet name. */
  static String sheetName(String label) {
    String name = label.replaceAll("[:\\\\/?*\\[\\]]", " ");
    return name.length() <= 31 ? name : name.substring(0, 31).strip();
  }
}
