package vn.cdgd.warehouse;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.cdgd.conf.Catalogs;
import vn.cdgd.ingest.values.Texts;
import vn.cdgd.reference.RegisterCheck.Problem;
import vn.cdgd.reference.SchoolYear;

/**
 * {@code data/ratings.csv} against its contract, for {@code cdgd check}: every row's unit code in
 * the register, its rating one of {@code conf/ratings.yaml}'s (matched as the build matches them,
 * {@link Ratings}), its school year written {@code 2019-2020}, and one rating per unit and year.
 * Every problem is listed, by line, where the build would stop at the first or silently keep two
 * ratings of one unit.
 */
public final class RatingsCheck {
  static final String[] HEADER = {"unit_code", "school_year", "rating"};

  private RatingsCheck() {}

  /**
   * The problems of {@code file} (none when the workspace has no ratings); {@code unitCodes} empty
   * when the register cannot be read, which leaves the codes unchecked; {@code scale} empty
   * when conf/ratings.yaml cannot be read, which leaves the ratings themselves unchecked.
   */
  public static List<Problem> check(Path file, Set<String> unitCodes, Optional<List<Catalogs.RatingLevel>> scale) {
    List<Problem> problems = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return problems;
    }
    String name = file.getFileName().toString();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
      Set<String> header = new HashSet<>();
      parser.getHeaderMap().keySet().forEach(h -> header.add(h.replace("\uFEFF", "").strip()));
      for (String column : HEADER) {
        if (!header.contains(column)) {
          problems.add(new Problem(name, 1, column, "", "thiếu cột này ở dòng tiêu đề. Các cột cần có: "
              + String.join(", ", HEADER) + "."));
        }
      }
      if (!problems.isEmpty()) {
        return problems;
      }
      Map<String, Long> seen = new HashMap<>();
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        String code = value(record, "unit_code").replace("\uFEFF", "").toUpperCase(Locale.ROOT);
        String year = value(record, "school_year");
        String rating = value(record, "rating");
        if (code.isEmpty()) {
          problems.add(new Problem(name, line, "unit_code", "", "thiếu mã đơn vị. Hãy ghi mã CĐCS như trong data/units.csv."));
        } else if (!unitCodes.isEmpty() && !unitCodes.contains(code)) {
          problems.add(new Problem(name, line, "unit_code", code, "không có đơn vị nào mang mã này trong danh mục"
              + " data/units.csv. Hãy sửa mã cho đúng, hoặc thêm đơn vị vào danh mục."));
        }
        Optional<SchoolYear> parsed = SchoolYear.parse(year);
        if (parsed.isEmpty()) {
          problems.add(new Problem(name, line, "school_year", year, "không phải năm học. Hãy viết năm học dạng 2019-2020."));
        } else if (!parsed.get().label().equals(year)) {
          problems.add(new Problem(name, line, "school_year", year, "viết chưa đúng dạng. Hãy viết "
              + parsed.get().label() + "."));
        }
        scale.ifPresent(levels -> {
          if (levels.stream().noneMatch(l -> Texts.sameKey(l.rating(), rating))) {
            problems.add(new Problem(name, line, "rating", rating, (rating.isEmpty() ? "bỏ trống" : "không có trong conf/ratings.yaml")
                + " (" + String.join(", ", levels.stream().map(Catalogs.RatingLevel::rating).toList())
                + "). Hãy viết một mức trong danh sách, hoặc bổ sung mức mới vào conf/ratings.yaml."));
          }
        });
        if (!code.isEmpty() && parsed.isPresent()) {
          Long first = seen.putIfAbsent(code + "\u0000" + parsed.get().label(), line);
          if (first != null) {
            problems.add(new Problem(name, line, "unit_code", code, "đơn vị này đã được xếp loại năm học "
                + parsed.get().label() + " ở dòng " + first + ". Mỗi CĐCS chỉ có một xếp loại mỗi năm học:"
                + " hãy xóa dòng thừa."));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(name, 0, "", "", "không đọc được tệp CSV (" + e.getMessage()
          + "). Hãy lưu lại bằng Excel dạng CSV UTF-8 (phân cách bằng dấu phẩy)."));
    }
    return problems;
  }

  /** The codes of a register file, read loosely (a broken register has its own problems listed). */
  public static Set<String> unitCodes(Path register) {
    Set<String> codes = new HashSet<>();
    if (!Files.isRegularFile(register)) {
      return codes;
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader reader = Files.newBufferedReader(register, StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
      String column = parser.getHeaderMap().keySet().stream()
          .filter(h -> h.replace("\uFEFF", "").strip().equals("code")).findFirst().orElse(null);
      if (column == null) {
        return codes;
      }
      for (CSVRecord record : parser) {
        if (record.isSet(column)) {
          codes.add(record.get(column).replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT));
        }
      }
    } catch (IOException | RuntimeException e) {
      return codes;
    }
    return codes;
  }

  private static String value(CSVRecord record, String column) {
    return record.isSet(column) ? record.get(column).strip() : "";
  }
}
