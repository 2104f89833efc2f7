package vn.cdgd.reports;

import vn.cdgd.conf.ReportSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mid-term review as an editable Word draft: the state-format frame, every target of the term
 * with each school year's value and status (the same {@link MidTermData} as the printed review) and
 * the generated assessment, then the narrative sections with highlighted placeholder paragraphs.
 */
final class MidTermDraft {
  private final MidTermData data;
  private final ReportSettings settings;
  private final LocalDate date;

  MidTermDraft(MidTermData data, ReportSettings settings, LocalDate date) {
    this.data = data;
    this.settings = settings;
    this.date = date;
  }

  void write(Path file) {
    WordDocument word = new WordDocument();
    StateFormat.letterhead(word, settings, date);
    StateFormat.title(word, "BÁO CÁO", MidTermReport.subtitle(data));
    word.body(MidTermReport.intro(data));

    word.heading("I. KẾT QUẢ ĐẠT ĐƯỢC");
    word.placeholder("Khái quát việc triển khai Nghị quyết trong nửa đầu nhiệm kỳ và những kết quả nổi bật."
        + " Đơn vị viết tiếp ở đây.");
    word.heading("1. Kết quả thực hiện các chỉ tiêu Nghị quyết");
    targets(word);
    word.heading("2. Đánh giá chung");
    word.body(data.summary());

    word.heading("II. TỒN TẠI, HẠN CHẾ");
    for (Map<String, ?> latest : data.latest.values()) {
      if (!"đạt".equals(latest.get("status")) && !"vượt".equals(latest.get("status"))) {
        word.body("- Chỉ tiêu " + latest.get("code") + " (" + latest.get("wording") + ") năm học "
            + latest.get("schoolYear") + ": " + value(latest) + ", " + latest.get("status") + ".");
      }
    }
    word.placeholder("Nêu những tồn tại, hạn chế trong nửa đầu nhiệm kỳ.");
    word.placeholder("Nguyên nhân của tồn tại, hạn chế (khách quan, chủ quan).");

    word.heading("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NỬA NHIỆM KỲ CÒN LẠI");
    word.placeholder("Các nhiệm vụ, giải pháp để hoàn thành các chỉ tiêu Nghị quyết đến năm học "
        + data.term.lastYear() + ".");
    word.placeholder("Đề xuất điều chỉnh chỉ tiêu (nếu có) và kiến nghị với công đoàn cấp trên.");

    word.body("Trên đây là báo cáo sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội, nhiệm kỳ " + data.term.term()
        + " của " + data.scope.unitName() + "./.");
    StateFormat.closing(word, settings);
    word.write(file);
  }

  /** Per target, as the printed review: its wording, a revision, the threshold, a table of years. */
  private void targets(WordDocument word) {
    Map<Object, List<Map<String, ?>>> byTarget = new LinkedHashMap<>();
    data.rows.forEach(row -> byTarget.computeIfAbsent(row.get("code"), code -> new ArrayList<>()).add(row));
    for (List<Map<String, ?>> years : byTarget.values()) {
      Map<String, ?> first = years.get(0);
      word.heading(first.get("code") + ". " + first.get("originalWording"));
      if (first.get("revision") != null) {
        word.body((String) first.get("revision"));
      }
      word.body("Chỉ số " + first.get("indicator") + "; mức chỉ tiêu " + first.get("thresholdText") + ", " + first.get("due"));
      List<List<String>> rows = new ArrayList<>();
      for (Map<String, ?> year : years) {
        rows.add(Arrays.asList((String) year.get("schoolYear"), value(year), (String) year.get("thresholdText"),
            (String) year.get("status")));
      }
      word.table(List.of("Năm học", "Kết quả", "Mức chỉ tiêu", "Đánh giá"), rows, new int[] {25, 25, 25, 25},
          new boolean[] {false, true, true, false});
    }
  }

  private static String value(Map<String, ?> row) {
    return row.get("value") == null ? "chưa có số liệu" : VietnameseFormats.rate((Double) row.get("value"));
  }
}
