package vn.cdgd.sql;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of Vietnamese before DuckDB's own message, saying what kind of mistake it is and where to
 * look: DuckDB's text stays after it, because it names the column or the place in the query that
 * an analyst needs, and translating it would lose that.
 */
final class DuckDbErrors {
  private static final Pattern KIND = Pattern.compile("^([A-Za-z][A-Za-z ]*?) Error: ");

  private static final Map<String, String> SAID = Map.ofEntries(
      Map.entry("Parser", "câu lệnh viết sai cú pháp SQL: hãy xem lại chỗ DuckDB chỉ ra dưới đây."),
      Map.entry("Binder", "câu lệnh nhắc đến một cột hoặc hàm không có, hoặc dùng chưa đúng: xem các view"
          + " và cột bằng cdgd sql --views."),
      Map.entry("Catalog", "không có bảng, view hoặc hàm mang tên này: xem các view bằng cdgd sql --views."),
      Map.entry("Conversion", "một giá trị không đổi được sang kiểu cần dùng (ví dụ chữ thành số, ngày viết sai)."),
      Map.entry("Out of Range", "một giá trị vượt quá giới hạn của kiểu số (ví dụ chia cho 0 hay số quá lớn)."),
      Map.entry("Invalid Input", "dữ liệu hoặc tham số đưa vào hàm không hợp lệ."),
      Map.entry("Out of Memory", "không đủ bộ nhớ để chạy câu lệnh: hãy lọc bớt (where) hoặc giới hạn (limit)."),
      Map.entry("Permission", "câu lệnh cần quyền mà bảng điều khiển không cho: ở đây chỉ đọc được kho dữ liệu."),
      Map.entry("IO", "không đọc được tệp của kho dữ liệu: hãy chạy lại cdgd build nếu kho bị xóa dở."),
      Map.entry("Not implemented", "DuckDB chưa hỗ trợ thao tác này."),
      Map.entry("Interrupt", "câu lệnh đã bị dừng."));

  private DuckDbErrors() {}

  /**
   * {@code message} with a Vietnamese line before it when it is DuckDB's ("Binder Error: …");
   * a message of the console's own, already Vietnamese, as it is.
   */
  static String explained(String message) {
    Matcher kind = KIND.matcher(message);
    if (!kind.find()) {
      return message;
    }
    String said = SAID.getOrDefault(kind.group(1), "DuckDB không chạy được câu lệnh.");
    return said + "\n  DuckDB: " + message.replace("\n", "\n  ");
  }
}
