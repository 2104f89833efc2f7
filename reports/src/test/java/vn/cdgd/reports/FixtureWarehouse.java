package vn.cdgd.reports;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * A tiny published warehouse written by DuckDB as the pipeline lays it out (one folder per table,
 * hive-partitioned by school_year), so the reports are tested without Spark. One provincial union
 * FIX with a district FIX-H and four CĐCS, one of which never submitted and one was rejected in
 * 2019-2020; in 2018-2019 only the district's two CĐCS reported.
 */
final class FixtureWarehouse {
  private FixtureWarehouse() {}

  /** The fixture union's letterhead, place and signatory, as the golden texts print them. */
  static final vn.cdgd.conf.ReportSettings SETTINGS = new vn.cdgd.conf.ReportSettings("LĐLĐ TỈNH THỬ",
      "CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH THỬ", "BC-CĐN", "Thử", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH",
      "Nguyễn Văn An", List.of("- Như trên;", "- Lưu: VT."), java.util.Optional.empty());

  /** The fixture written under {@code folder} and opened for the reports with {@link #SETTINGS}. */
  static Reports open(Path folder) throws Exception {
    Path version = write(java.nio.file.Files.createDirectories(folder.resolve("warehouse")));
    return Reports.open(version, folder.resolve("duckdb"), FORM, SETTINGS);
  }

  static final FormLabels FORM = new FormLabels(
      List.of(new FormLabels.Section("A", "Cán bộ, nhà giáo, người lao động và đoàn viên"),
          new FormLabels.Section("D", "Chăm lo, thăm hỏi, hỗ trợ")),
      List.of(new FormLabels.Field("A01", "Tổng số cán bộ, nhà giáo, người lao động", "người", true, "count"),
          new FormLabels.Field("A02", "Tổng số đoàn viên công đoàn", "người", true, "count"),
          new FormLabels.Field("D02", "Số tiền thăm hỏi, hỗ trợ", "đồng", false, "money"),
          new FormLabels.Field("D03", "Gắn với 01 địa chỉ nhân đạo", "có/không", false, "yes_no")),
      List.of("Bằng khen", "Giấy khen", "Danh hiệu"),
      List.of("Tổng LĐLĐ Việt Nam", "Công đoàn Giáo dục Việt Nam", "LĐLĐ tỉnh", "Công đoàn ngành"));

  static final TermInfo TERM = new TermInfo("2018-2023", "FIX", "Nghị quyết Đại hội IV Công đoàn ngành Giáo dục tỉnh Thử, nhiệm kỳ 2018-2023",
      "2018-2019", "2022-2023", 0.05);

  private static final String[] TABLES = {
    "dim_school_year as select * from (values ('2018-2019', date '2018-09-01', date '2019-08-31', date '2019-09-30'),"
        + " ('2019-2020', date '2019-09-01', date '2020-08-31', date '2020-09-30')) t(school_year, first_day, last_day, deadline)",
    "int_unit_year as select u.*, y.school_year from (values"
        + " ('FIX', 'Công đoàn ngành Giáo dục tỉnh Thử', null, 'Khác', 'Công lập', null, 'Thử', false),"
        + " ('FIX-H', 'Công đoàn Giáo dục huyện Đắk Mil', 'FIX', 'Khác', 'Công lập', null, 'Thử', false),"
        + " ('C1', 'Công đoàn trường Mầm non Hoa Sen', 'FIX-H', 'Mầm non', 'Công lập', 'Cụm 1', 'Thử', true),"
        + " ('C2', 'Công đoàn trường THCS Lê Lợi', 'FIX-H', 'THCS', 'Công lập', 'Cụm 1', 'Thử', true),"
        + " ('C3', 'Công đoàn trường Tiểu học Ánh Dương', 'FIX', 'Tiểu học', 'Ngoài công lập', 'Cụm 2', 'Thử', true),"
        + " ('C4', 'Công đoàn trường Tiểu học Đắk Lao', 'FIX', 'Tiểu học', 'Công lập', 'Cụm 2', 'Thử', true))"
        + " u(unit_code, unit_name, parent_code, school_level, ownership, cluster, province, is_grassroots),"
        + " (values ('2018-2019'), ('2019-2020')) y(school_year)",
    "int_unit_ancestor as select a.*, y.school_year from (values ('FIX', 'FIX', 0), ('FIX-H', 'FIX-H', 0), ('FIX-H', 'FIX', 1),"
        + " ('C1', 'C1', 0), ('C1', 'FIX-H', 1), ('C1', 'FIX', 2), ('C2', 'C2', 0), ('C2', 'FIX-H', 1), ('C2', 'FIX', 2),"
        + " ('C3', 'C3', 0), ('C3', 'FIX', 1), ('C4', 'C4', 0), ('C4', 'FIX', 1)) a(unit_code, ancestor_code, depth),"
        + " (values ('2018-2019'), ('2019-2020')) y(school_year)",
    "fct_submission as select * from (values ('s1', 'C1', 'accepted', true, 0, '2019-2020'),"
        + " ('s2', 'C2', 'accepted', true, 0, '2019-2020'), ('s3', 'C3', 'accepted', true, 0, '2019-2020'),"
        + " ('s4', 'C4', 'rejected', false, 2, '2019-2020'),"
        + " ('p1', 'C1', 'accepted', true, 0, '2018-2019'), ('p2', 'C2', 'accepted', true, 0, '2018-2019'))"
        + " t(submission_id, unit_code, status, is_current, error_count, school_year)",
    "fct_figure as select * from (values"
        + " ('C1', 'A01', 40, 38, 's1', '2019-2020'), ('C1', 'A02', 38, 36, 's1', '2019-2020'),"
        + " ('C1', 'D02', 2500000, null, 's1', '2019-2020'), ('C1', 'D03', 1, null, 's1', '2019-2020'),"
        + " ('C2', 'A01', 1200, 800, 's2', '2019-2020'), ('C2', 'A02', 1150, 790, 's2', '2019-2020'),"
        + " ('C2', 'D02', 1234567, null, 's2', '2019-2020'), ('C2', 'D03', 0, null, 's2', '2019-2020'),"
        + " ('C3', 'A01', 30, 20, 's3', '2019-2020'), ('C3', 'A02', 12, 9, 's3', '2019-2020'),"
        + " ('C3', 'D02', 0, null, 's3', '2019-2020'), ('C3', 'D03', 1, null, 's3', '2019-2020'),"
        + " ('C1', 'A01', 38, 36, 'p1', '2018-2019'), ('C1', 'A02', 35, 33, 'p1', '2018-2019'),"
        + " ('C1', 'D02', 2000000, null, 'p1', '2018-2019'), ('C1', 'D03', 1, null, 'p1', '2018-2019'),"
        + " ('C2', 'A01', 1150, 780, 'p2', '2018-2019'), ('C2', 'A02', 1100, 760, 'p2', '2018-2019'),"
        + " ('C2', 'D02', 1000000, null, 'p2', '2018-2019'), ('C2', 'D03', 0, null, 'p2', '2018-2019'))"
        + " t(unit_code, field_code, total, women, submission_id, school_year)",
    "fct_award as select * from (values"
        + " ('C1', 'Bằng khen', 'LĐLĐ tỉnh', 'Tập thể', null, null, 's1', '2019-2020'),"
        + " ('C2', 'Bằng khen', 'LĐLĐ tỉnh', 'Cá nhân', 'Nữ', null, 's2', '2019-2020'),"
        + " ('C2', 'Danh hiệu', 'Công đoàn ngành', 'Cá nhân', 'Nữ', 'Giỏi việc trường, đảm việc nhà', 's2', '2019-2020'),"
        + " ('C2', 'Giấy khen', 'Công đoàn ngành', 'Cá nhân', 'Nam', null, 's2', '2019-2020'))"
        + " t(unit_code, form, level, recipient_type, gender, title, submission_id, school_year)",
    "mart_indicator as select * from (values"
        + " ('2019-2020', 'FIX', 'all', 'all', 'I01', 'Tỷ lệ đoàn viên / CBNGNLĐ', 'rate', 1200, 1270, 0.9448818897637795),"
        + " ('2019-2020', 'FIX', 'all', 'all', 'I02', 'Tỷ lệ cán bộ CĐCS được bồi dưỡng, tập huấn nghiệp vụ', 'rate', 47, 50, 0.94),"
        + " ('2019-2020', 'FIX', 'all', 'all', 'I03', 'Tỷ lệ nữ đoàn viên đạt \"Giỏi việc trường, đảm việc nhà\" cấp cơ sở', 'rate', 87, 100, 0.87),"
        + " ('2019-2020', 'FIX', 'all', 'all', 'I05', 'Khen thưởng', 'count', 4, null, 4),"
        + " ('2019-2020', 'FIX', 'all', 'all', 'I10', 'Mức hỗ trợ bình quân một lượt (đồng)', 'average', 3734567, 7, 533509.5714285715),"
        + " ('2019-2020', 'FIX', 'all', 'all', 'R01', 'Tỷ lệ CĐCS nộp báo cáo', 'rate', 3, 4, 0.75),"
        + " ('2019-2020', 'FIX', 'all', 'all', 'R02', 'Tỷ lệ CĐCS nộp báo cáo đúng hạn', 'rate', 2, 4, 0.5),"
        + " ('2018-2019', 'FIX', 'all', 'all', 'I01', 'Tỷ lệ đoàn viên / CBNGNLĐ', 'rate', 1135, 1188, 0.9553872053872054),"
        + " ('2018-2019', 'FIX', 'all', 'all', 'I02', 'Tỷ lệ cán bộ CĐCS được bồi dưỡng, tập huấn nghiệp vụ', 'rate', 40, 50, 0.8),"
        + " ('2019-2020', 'FIX-H', 'all', 'all', 'I02', 'Tỷ lệ cán bộ CĐCS được bồi dưỡng, tập huấn nghiệp vụ', 'rate', 20, 20, 1.0),"
        + " ('2018-2019', 'FIX-H', 'all', 'all', 'I02', 'Tỷ lệ cán bộ CĐCS được bồi dưỡng, tập huấn nghiệp vụ', 'rate', 15, 20, 0.75))"
        + " t(school_year, unit_code, breakdown, breakdown_value, indicator_code, indicator_name, kind, numerator, denominator, value)",
    "mart_target_progress as select * from (values"
        + " ('2018-2023', 'FIX', 'T01', 'I02', '100 % cán bộ công đoàn cơ sở được bồi dưỡng', '100 % cán bộ công đoàn cơ sở được bồi dưỡng', 0, null, '>=', 1.0, 'end_of_term', '', '2018-2019', 0.8, 'chưa đạt'),"
        + " ('2018-2023', 'FIX', 'T01', 'I02', '100 % cán bộ công đoàn cơ sở được bồi dưỡng', '100 % cán bộ công đoàn cơ sở được bồi dưỡng', 0, null, '>=', 1.0, 'end_of_term', '', '2019-2020', 0.94, 'chưa đạt'),"
        + " ('2018-2023', 'FIX', 'T03', 'I04', 'Hằng năm có trên 95 % CĐCS vững mạnh', 'Hằng năm có trên 95 % CĐCS vững mạnh', 0, null, '>', 0.95, 'every_year', '', '2018-2019', 0.96, 'đạt'),"
        + " ('2018-2023', 'FIX', 'T03', 'I04', 'Hằng năm có trên 95 % CĐCS vững mạnh', 'Hằng năm có trên 95 % CĐCS hoàn thành tốt nhiệm vụ', 1, '2020-10-06', '>', 0.95, 'every_year', '', '2019-2020', 1.0, 'vượt'))"
        + " t(term, unit_code, target_code, indicator_code, original_wording, wording, revision, revision_decided, comparison, threshold, due, filter, school_year, value, status)",
  };

  /** Writes the warehouse version into {@code version} and returns it. */
  static Path write(Path version) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("autoinstall_known_extensions", "false");
    properties.setProperty("autoload_known_extensions", "false");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:", properties);
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        String name = table.substring(0, table.indexOf(' '));
        statement.execute("create table " + table);
        statement.execute("copy " + name + " to '" + version.resolve(name) + "' (format parquet, partition_by (school_year))");
      }
    }
    return version;
  }
}
