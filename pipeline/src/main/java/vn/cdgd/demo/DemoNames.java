package vn.cdgd.demo;

import java.util.List;
import java.util.Random;

/**
 * Vietnamese names for the demo: districts of Đắk Nông, school names and people's names, as they
 * are written (with every diacritic).
 */
final class DemoNames {
  private DemoNames() {}

  /** The districts of Đắk Nông in 2019-2020: short name, kind, code suffix, share of schools. */
  record District(String name, String kind, String suffix, double share) {
    String unionName() {
      return "Công đoàn Giáo dục " + kind + " " + name;
    }
  }

  static final List<District> DISTRICTS =
      List.of(
          new District("Gia Nghĩa", "thành phố", "GN", 0.12),
          new District("Cư Jút", "huyện", "CJ", 0.13),
          new District("Đắk Mil", "huyện", "DM", 0.15),
          new District("Krông Nô", "huyện", "KN", 0.13),
          new District("Đắk Song", "huyện", "DS", 0.12),
          new District("Đắk R'Lấp", "huyện", "DR", 0.15),
          new District("Đắk Glong", "huyện", "DG", 0.10),
          new District("Tuy Đức", "huyện", "TD", 0.10));

  static final List<String> KINDERGARTEN =
      List.of(
          "Hoa Sen", "Hoa Mai", "Hoa Hồng", "Sơn Ca", "Họa Mi", "Tuổi Thơ", "Hoa Ban", "Vành Khuyên",
          "Hoa Phượng", "Bình Minh", "Măng Non", "Hướng Dương", "Ánh Dương", "Hoa Cúc", "Hoa Lan",
          "Sao Mai", "Hoa Đào", "Thỏ Ngọc", "Búp Sen Hồng", "Hoa Pơ Lang", "Hoa Anh Đào",
          "Sen Hồng", "Rạng Đông", "Ánh Sao", "Hoa Dã Quỳ", "Tuổi Hồng", "Chim Non", "Hoa Sữa",
          "Hoa Bằng Lăng", "Vàng Anh", "Hoa Thủy Tiên", "Sao Sáng", "Bông Sen", "Hoa Ngọc Lan");

  static final List<String> PEOPLE =
      List.of(
          "Nguyễn Du", "Lê Lợi", "Trần Phú", "Chu Văn An", "Nguyễn Trãi", "Lý Tự Trọng", "Kim Đồng",
          "Võ Thị Sáu", "Lê Quý Đôn", "Phan Bội Châu", "Hùng Vương", "Quang Trung",
          "Trần Hưng Đạo", "Nguyễn Bỉnh Khiêm", "Lê Văn Tám", "Hai Bà Trưng", "Ngô Quyền",
          "Đinh Tiên Hoàng", "Lý Thường Kiệt", "Nguyễn Văn Trỗi", "Phan Đình Phùng",
          "Nguyễn Thị Minh Khai", "Trần Quốc Toản", "Lương Thế Vinh", "Nguyễn Khuyến", "Tô Hiệu",
          "Nơ Trang Lơng", "Võ Văn Kiệt", "Hoàng Văn Thụ", "Nguyễn Chí Thanh", "Bế Văn Đàn",
          "Phù Đổng", "Nguyễn Đình Chiểu", "Huỳnh Thúc Kháng", "Trần Quang Khải", "Mạc Đĩnh Chi",
          "Nguyễn Huệ", "Lê Hồng Phong", "Phạm Hồng Thái", "Trần Văn Ơn", "Đoàn Thị Điểm",
          "Bùi Thị Xuân", "Lê Lai", "Tô Vĩnh Diện", "Hoàng Hoa Thám", "Lê Đình Chinh",
          "Đinh Bộ Lĩnh", "Lạc Long Quân", "Nguyễn Tất Thành", "Phan Chu Trinh", "Trần Quốc Tuấn",
          "Nguyễn Viết Xuân", "Y Jút", "Lê Thánh Tông", "Nguyễn Công Trứ", "Hoàng Diệu",
          "Trần Cao Vân", "Nguyễn Thái Học", "Phạm Văn Đồng", "Lê Duẩn", "Trường Chinh",
          "Nguyễn Văn Cừ", "Hà Huy Tập", "Võ Nguyên Giáp", "Nguyễn Hữu Thọ", "Phan Huy Chú",
          "Ngô Gia Tự", "Trần Nhân Tông", "Lý Công Uẩn", "Nguyễn Trung Trực", "Trưng Vương",
          "Cao Bá Quát", "Hồ Xuân Hương", "Nguyễn Đức Cảnh", "Võ Trường Toản", "Lê Hữu Trác");

  static final List<String> COMMUNES =
      List.of(
          "Nâm N'Jang", "Quảng Sơn", "Đắk Ha", "Ea Pô", "Nam Dong", "Trúc Sơn", "Đắk Wil",
          "Tâm Thắng", "Nam Đà", "Đắk Sôr", "Thuận An", "Đức Minh", "Nhân Cơ", "Kiến Đức",
          "Quảng Tín", "Đạo Nghĩa", "Quảng Trực", "Đắk Buk So", "Quảng Khê", "Đắk Som", "Nâm Nung",
          "Buôn Choáh", "Đắk Drô", "Trường Xuân", "Nâm Blang", "Thuận Hạnh", "Đắk N'Drung",
          "Quảng Thành", "Đắk Nia", "Đắk R'Moan", "Nghĩa Thắng", "Đắk Lao", "Đắk Gằn", "Đức Xuyên",
          "Tân Thành", "Quảng Phú", "Đắk Rung", "Nam Bình", "Cư K'Nia", "Đắk D'Rông");

  static final List<String> FAMILY =
      List.of(
          "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
          "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Mai",
          "Đoàn", "Lương");
  static final List<String> WOMEN_MIDDLE =
      List.of("Thị", "Thị", "Thị", "Thị Thu", "Thị Ngọc", "Thị Thanh", "Thị Kim", "Thị Mỹ",
          "Thị Hồng", "Ngọc", "Thu", "Thanh", "Thị Minh", "Thị Bích");
  static final List<String> MEN_MIDDLE =
      List.of("Văn", "Văn", "Văn", "Đức", "Minh", "Quốc", "Hữu", "Công", "Thanh", "Ngọc",
          "Xuân", "Đình", "Trọng", "Anh");
  static final List<String> WOMEN_GIVEN =
      List.of("Hoa", "Lan", "Hương", "Mai", "Hạnh", "Thảo", "Nhung", "Loan", "Trang", "Hằng",
          "Phương", "Yến", "Dung", "Thủy", "Hà", "Linh", "Ngân", "Oanh", "Tuyết", "Xuân", "Huyền",
          "Nga", "Liên", "Hiền", "Vân", "Lệ", "Duyên", "Giang", "Quyên", "Nhàn", "Thắm", "Trinh");
  static final List<String> MEN_GIVEN =
      List.of("Hùng", "Dũng", "Minh", "Tuấn", "Hải", "Sơn", "Nam", "Cường", "Thắng", "Phong",
          "Long", "Quang", "Đức", "Bình", "Khoa", "Trung", "Hiếu", "Thành", "Tài", "Vinh", "Lộc",
          "Phúc", "Kiên", "Toàn", "Huy", "Tâm");
  /** Names of the M'Nông, Ê Đê and Mạ peoples of the Central Highlands. */
  static final List<String> HIGHLAND_WOMEN =
      List.of("H'Rin Niê", "H'Bla Êban", "H'Lan Byă", "Điểu Thị Hồng", "H'Nhung Mlô", "Triệu Thị Mai");
  static final List<String> HIGHLAND_MEN =
      List.of("Y Khoa Niê", "Y Sơn Êban", "Điểu Văn Thắng", "Y Bhin Byă", "K'Ninh Điểu", "Y Dũng Mlô");

  static final List<String> SUBJECT_GROUPS =
      List.of("Tổ Toán - Tin", "Tổ Ngữ văn", "Tổ Khoa học tự nhiên", "Tổ Khoa học xã hội",
          "Tổ Ngoại ngữ", "Tổ Văn phòng", "Tổ Chuyên môn khối 1", "Tổ Chuyên môn khối 5",
          "Tổ Nhà trẻ", "Tổ Mẫu giáo");

  static String person(Random random, boolean woman) {
    if (random.nextInt(12) == 0) {
      return Seeds.pick(random, woman ? HIGHLAND_WOMEN : HIGHLAND_MEN);
    }
    return Seeds.pick(random, FAMILY)
        + " "
        + Seeds.pick(random, woman ? WOMEN_MIDDLE : MEN_MIDDLE)
        + " "
        + Seeds.pick(random, woman ? WOMEN_GIVEN : MEN_GIVEN);
  }
}
