package vn.cdgd.ingest;

/**
 * Every check a submission can fail, with its level and a short Vietnamese name. The code is what
 * tools filter on (it appears in the error report's {@code rule} column).
 */
public enum Rule {
  FILE_UNREADABLE("file_unreadable", Level.ERROR, "Tệp không đọc được"),
  FILE_ENCRYPTED("file_encrypted", Level.ERROR, "Tệp có mật khẩu"),
  SHEET_MISSING("sheet_missing", Level.ERROR, "Thiếu sheet"),
  SHEET_ABSENT("sheet_absent", Level.WARNING, "Không có sheet khen thưởng hoặc cán bộ"),
  HEADER_MISSING("header_missing", Level.ERROR, "Thiếu dòng tiêu đề bảng"),
  FIELD_MISSING("field_missing", Level.ERROR, "Thiếu chỉ tiêu"),
  FIELD_DUPLICATED("field_duplicated", Level.WARNING, "Chỉ tiêu lặp lại"),
  UNIT_MISSING("unit_missing", Level.ERROR, "Thiếu mã đơn vị"),
  UNIT_UNKNOWN("unit_unknown", Level.ERROR, "Mã đơn vị không có trong danh mục"),
  SCHOOL_YEAR_INVALID("school_year_invalid", Level.ERROR, "Năm học không hợp lệ"),
  NOT_A_NUMBER("not_a_number", Level.ERROR, "Không phải số"),
  NOT_WHOLE("not_whole_number", Level.ERROR, "Không phải số nguyên"),
  NEGATIVE("negative", Level.ERROR, "Số âm"),
  REQUIRED("required", Level.ERROR, "Bỏ trống chỉ tiêu bắt buộc"),
  NOT_YES_NO("not_yes_no", Level.ERROR, "Không phải Có/Không"),
  WOMEN_ABOVE_TOTAL("women_above_total", Level.ERROR, "Số nữ lớn hơn tổng số"),
  COMPARISON("comparison", Level.ERROR, "Số liệu không khớp nhau"),
  AWARD_LIST("award_not_in_list", Level.ERROR, "Giá trị không có trong danh sách"),
  AWARD_DATE("award_date", Level.ERROR, "Ngày quyết định không hợp lệ"),
  OFFICER_VALUE("officer_value", Level.WARNING, "Thông tin cán bộ không hợp lệ"),
  ROSTER_MISMATCH("roster_mismatch", Level.WARNING, "Danh sách cán bộ không khớp số liệu"),
  ONLY_FOR_OWNERSHIP("only_for_ownership", Level.WARNING, "Chỉ tiêu không dành cho loại hình đơn vị"),
  OUTLIER("outlier", Level.WARNING, "Thay đổi bất thường so với năm trước"),
  /** A text cell that reads as Unicode and as TCVN3 or VNI, with no reading clearly better. */
  ENCODING_UNCERTAIN("encoding_uncertain", Level.WARNING, "Không chắc bảng mã");

  private final String code;
  private final Level level;
  private final String title;

  Rule(String code, Level level, String title) {
    this.code = code;
    this.level = level;
    this.title = title;
  }

  /** The rule with this code, as stored in the staging area's {@code rule} column. */
  public static Rule ofCode(String code) {
    for (Rule rule : values()) {
      if (rule.code.equals(code)) {
        return rule;
      }
    }
    throw new IllegalArgumentException("unknown rule " + code);
  }

  public String code() {
    return code;
  }

  public Level level() {
    return level;
  }

  public String title() {
    return title;
  }
}
