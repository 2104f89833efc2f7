package vn.cdgd.reports;

import vn.cdgd.conf.ReportSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The year-end report as an editable Word draft: the state-format frame, every figure of the
 * printed report (the same {@link YearEndData}, never a query of its own) in tables and sentences,
 * and the narrative sections, "Kết quả đạt được", "Tồn tại, hạn chế", "Phương hướng, nhiệm vụ",
 * with highlighted placeholder paragraphs for the union to write before signing.
 */
final class YearEndDraft {
  private final YearEndData data;
  private final ReportSettings settings;
  private final LocalDate date;

  YearEndDraft(YearEndData data, ReportSettings settings, LocalDate date) {
    this.data = data;
    this.settings = settings;
    this.date = date;
  }

  void write(Path file) {
    WordDocument word = new WordDocument();
    String year = data.scope.schoolYear();
    String next = nextSchoolYear(year);
    StateFormat.letterhead(word, settings, date);
    StateFormat.title(word, "BÁO CÁO", "Tổng kết công tác công đoàn năm học " + year
        + " và phương hướng, nhiệm vụ năm học " + next);
    word.body(YearEndReport.intro(data));

    word.heading("I. KẾT QUẢ ĐẠT ĐƯỢC");
    word.placeholder("Khái quát tình hình đơn vị và những kết quả nổi bật của năm học: chăm lo, bảo vệ quyền,"
        + " lợi ích của đoàn viên; các phong trào thi đua; xây dựng tổ chức công đoàn. Đơn vị viết tiếp ở đây.");
    word.heading("1. Số liệu các mặt công tác");
    figures(word);
    word.heading("2. Số liệu theo cấp học");
    figuresByLevel(word);
    word.heading("3. Các chỉ số chủ yếu");
    indicatorSentences(word);
    indicatorTable(word, data.indicators);
    word.heading("4. So sánh với năm học trước");
    comparison(word);
    word.heading("5. Công tác thi đua, khen thưởng");
    awards(word);
    word.placeholder("Đánh giá công tác thi đua, khen thưởng và các điển hình tiên tiến.");
    word.heading("6. Tình hình nộp báo cáo thống kê");
    indicatorTable(word, data.reporting);

    word.heading("II. TỒN TẠI, HẠN CHẾ");
    long missing = data.unitsExpected - data.unitsSubmitted;
    if (missing > 0) {
      word.body("Còn " + VietnameseFormats.integer(missing) + " trong số " + VietnameseFormats.integer(data.unitsExpected)
          + " CĐCS chưa nộp báo cáo hoặc có báo cáo bị từ chối (danh sách ở phần Phụ lục).");
    }
    word.placeholder("Nêu những tồn tại, hạn chế trong năm học.");
    word.placeholder("Nguyên nhân của tồn tại, hạn chế (khách quan, chủ quan).");

    word.heading("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC " + next.toUpperCase(VietnameseFormats.LOCALE));
    word.placeholder("Các nhiệm vụ trọng tâm của năm học " + next + ".");
    word.placeholder("Các chỉ tiêu phấn đấu và giải pháp thực hiện.");

    word.heading("IV. ĐỀ XUẤT, KIẾN NGHỊ");
    word.placeholder("Đề xuất, kiến nghị với công đoàn cấp trên và chính quyền đồng cấp (nếu có).");

    word.body("Trên đây là báo cáo tổng kết công tác công đoàn năm học " + year + " và phương hướng, nhiệm vụ năm học "
        + next + " của " + data.scope.unitName() + "./.");
    StateFormat.closing(word, settings);
    annex(word);
    word.write(file);
  }

  private void figures(WordDocument word) {
    List<List<String>> rows = new ArrayList<>();
    List<Integer> sectionRows = new ArrayList<>();
    String section = null;
    for (Map<String, ?> row : data.figures) {
      if (!row.get("section").equals(section)) {
        section = (String) row.get("section");
        sectionRows.add(rows.size() + 1);
        rows.add(Arrays.asList("", section, "", "", "", "", ""));
      }
      rows.add(Arrays.asList(String.valueOf(row.get("rowNumber")), row.get("label") + " (" + row.get("code") + ")",
          (String) row.get("unit"), figure(row.get("total")),
          Boolean.TRUE.equals(row.get("womenNoData")) ? YearEndData.NO_DATA : integer(row.get("women")),
          figure(row.get("publicTotal")), figure(row.get("nonPublicTotal"))));
    }
    XWPFTable table = word.table(List.of("TT", "Nội dung", "ĐVT", "Tổng số", "Trong đó nữ", "Công lập", "Ngoài công lập"),
        rows, new int[] {5, 37, 10, 13, 11, 12, 12}, new boolean[] {false, false, false, true, true, true, true});
    sectionRows.forEach(index -> WordDocument.bold(table.getRow(index)));
  }

  /** As the printed report: money in millions of đồng, so the narrow columns hold it. */
  private void figuresByLevel(WordDocument word) {
    List<String> header = new ArrayList<>(List.of("Mã", "Nội dung"));
    header.addAll(YearEndData.SCHOOL_LEVELS);
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, ?> row : data.figures) {
      boolean money = "money".equals(row.get("kind"));
      List<String> cells = new ArrayList<>();
      cells.add((String) row.get("code"));
      cells.add(row.get("label") + " (" + (money ? "triệu đồng" : row.get("unit")) + ")");
      for (int level = 1; level <= YearEndData.SCHOOL_LEVELS.size(); level++) {
        Object value = row.get("level" + level);
        cells.add(value == null ? YearEndData.NO_DATA
            : money ? VietnameseFormats.millions(((Number) value).longValue()) : figure(value));
      }
      rows.add(cells);
    }
    boolean[] numeric = new boolean[header.size()];
    Arrays.fill(numeric, 2, numeric.length, true);
    word.table(header, rows, new int[] {6, 31, 9, 9, 9, 9, 9, 10, 8}, numeric);
  }

  /** One sentence per rate the warehouse computed: the value a reader quotes, with its fraction. */
  private void indicatorSentences(WordDocument word) {
    for (Map<String, ?> row : data.indicators) {
      if ("rate".equals(row.get("kind")) && row.get("value") != null) {
        word.body("- " + row.get("name") + ": " + VietnameseFormats.rate((Double) row.get("value")) + " ("
            + integer(row.get("numerator")) + "/" + integer(row.get("denominator")) + ").");
      }
    }
  }

  private static void indicatorTable(WordDocument word, List<Map<String, ?>> indicators) {
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, ?> row : indicators) {
      String kind = (String) row.get("kind");
      rows.add(Arrays.asList((String) row.get("code"), (String) row.get("name"), integer(row.get("numerator")),
          integer(row.get("denominator")),
          VietnameseFormats.value("average".equals(kind) ? "money" : kind, (Number) row.get("value"))));
    }
    word.table(List.of("Mã", "Chỉ số", "Tử số", "Mẫu số", "Kết quả"), rows, new int[] {7, 47, 14, 14, 18},
        new boolean[] {false, false, true, true, true});
  }

  /** The note, and the table when there is a previous year, as the printed report has them. */
  private void comparison(WordDocument word) {
    word.body(data.comparison.note);
    if (data.comparison.previousYear == null) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, ?> row : data.comparison.rows) {
      String kind = (String) row.get("kind");
      rows.add(Arrays.asList((String) row.get("code"), (String) row.get("label"), compared(kind, row.get("current")),
          compared(kind, row.get("previous")), (String) row.get("change")));
    }
    word.table(List.of("Mã", "Nội dung", "Năm học " + data.scope.schoolYear(), "Năm học " + data.comparison.previousYear,
        "Tăng, giảm"), rows, new int[] {7, 41, 17, 17, 18}, new boolean[] {false, false, true, true, true});
  }

  private static String compared(String kind, Object value) {
    return value == null ? YearEndData.NO_DATA
        : VietnameseFormats.value("average".equals(kind) ? "money" : kind, (Number) value);
  }

  private void awards(WordDocument word) {
    List<List<String>> rows = new ArrayList<>();
    long collectives = 0;
    long individuals = 0;
    long women = 0;
    for (Map<String, ?> row : data.awards) {
      rows.add(Arrays.asList((String) row.get("form"), (String) row.get("level"), (String) row.get("title"),
          integer(row.get("collectives")), integer(row.get("individuals")), integer(row.get("women"))));
      collectives += YearEndData.number(row.get("collectives"));
      individuals += YearEndData.number(row.get("individuals"));
      women += YearEndData.number(row.get("women"));
    }
    rows.add(Arrays.asList("Cộng", "", "", VietnameseFormats.integer(collectives), VietnameseFormats.integer(individuals),
        VietnameseFormats.integer(women)));
    XWPFTable table = word.table(List.of("Hình thức", "Cấp khen thưởng", "Danh hiệu", "Tập thể", "Cá nhân", "Trong đó nữ"),
        rows, new int[] {15, 24, 27, 11, 11, 12}, new boolean[] {false, false, false, true, true, true});
    WordDocument.bold(table.getRow(rows.size()));
  }

  private void annex(WordDocument word) {
    word.pageBreak();
    word.centred("PHỤ LỤC", WordDocument.BODY_SIZE, true);
    word.centred("Danh sách công đoàn cơ sở chưa nộp báo cáo hoặc có báo cáo bị từ chối, năm học "
        + data.scope.schoolYear(), WordDocument.BODY_SIZE, false).setSpacingAfter(240);
    if (data.missing.isEmpty()) {
      word.body("Tất cả công đoàn cơ sở đã nộp báo cáo hợp lệ.");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, ?> row : data.missing) {
      rows.add(Arrays.asList(String.valueOf(row.get("rowNumber")), (String) row.get("code"),
          (String) row.get("name"), (String) row.get("parent"), (String) row.get("status")));
    }
    word.table(List.of("STT", "Mã", "Tên công đoàn cơ sở", "Trực thuộc", "Tình trạng"), rows,
        new int[] {6, 10, 34, 28, 22}, new boolean[] {false, false, false, false, false});
  }

  /** "2019-2020" gives "2020-2021"; a year written otherwise gives "tiếp theo". */
  static String nextSchoolYear(String schoolYear) {
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\d{4})-(\\d{4})").matcher(schoolYear);
    if (!matcher.matches()) {
      return "tiếp theo";
    }
    return (Integer.parseInt(matcher.group(1)) + 1) + "-" + (Integer.parseInt(matcher.group(2)) + 1);
  }

  /** A sum of the figures table: 1.234.567, or "không có số liệu" where no CĐCS of its breakdown reported. */
  private static String figure(Object value) {
    return value == null ? YearEndData.NO_DATA : integer(value);
  }

  /** A count as 1.234.567; empty where the form has no such cell (women of a field without them). */
  private static String integer(Object value) {
    return value == null ? "" : VietnameseFormats.integer(((Number) value).longValue());
  }
}
