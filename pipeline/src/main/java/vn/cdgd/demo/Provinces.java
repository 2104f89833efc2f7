package vn.cdgd.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The 63 provinces and centrally-run cities as they stood before 1 July 2025, with a few real
 * districts each and a weight that follows the number of their schools, read from the resource
 * {@code provinces.csv} next to this class (data, not code: names are checked and edited there).
 */
final class Provinces {
  static final String NATIONAL_CODE = "VN";
  static final String NATIONAL_NAME = "Công đoàn Giáo dục Việt Nam";
  static final String NATIONAL_PROVINCE = "Toàn quốc";
  private static final String DISTRICT_KINDS_PATTERN = "^(quận|huyện|thị xã|thành phố) (.+)$";

  /** One province: its union's code and name, the name in the register's province column. */
  record Province(String code, String name, String unionName, double weight,
      List<DemoNames.District> districts, List<String> communes) {

    /** The province as offices are named after it: "tỉnh Bắc Kạn", "Thành phố Hồ Chí Minh". */
    String place() {
      return unionName.replaceFirst("^Công đoàn ngành Giáo dục (và Đào tạo )?", "");
    }

    ProvinceShape shape() {
      return new ProvinceShape(code, unionName, NATIONAL_CODE, name, place(), districts, false,
          communes, code + "|");
    }
  }

  private Provinces() {}

  static List<Province> all() {
    List<String> communes = communes();
    List<Province> provinces = new ArrayList<>();
    try (InputStream in = resource("provinces.csv");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord record : format.parse(reader)) {
        provinces.add(new Province(record.get("code"), record.get("province"),
            record.get("union_name"), Double.parseDouble(record.get("weight")),
            districts(record.get("districts")), communes));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo's provinces.csv", e);
    }
    return List.copyOf(provinces);
  }

  /** "quận Ba Đình;huyện Sóc Sơn" as districts, each with a code suffix unique in its province. */
  static List<DemoNames.District> districts(String text) {
    List<DemoNames.District> districts = new ArrayList<>();
    Set<String> suffixes = new HashSet<>();
    for (String entry : text.split(";")) {
      String kind = entry.strip().replaceFirst(DISTRICT_KINDS_PATTERN, "$1");
      String name = entry.strip().replaceFirst(DISTRICT_KINDS_PATTERN, "$2");
      if (kind.equals(entry.strip())) {
        throw new IllegalStateException("provinces.csv: a district needs its kind: " + entry);
      }
      String suffix = initials(name);
      for (int n = 2; !suffixes.add(suffix); n++) {
        suffix = initials(name) + n;
      }
      districts.add(new DemoNames.District(name, kind, suffix, 1.0));
    }
    return List.copyOf(districts);
  }

  /** "Đắk R'Lấp" gives "DR", "Phan Rang - Tháp Chàm" gives "PRTC". */
  private static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : FileNames.ascii(name).split("[\\s-]+")) {
      if (!word.isEmpty() && Character.isLetterOrDigit(word.charAt(0))) {
        initials.append(Character.toUpperCase(word.charAt(0)));
      }
    }
    return initials.toString();
  }

  private static List<String> communes() {
    try (InputStream in = resource("communes.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(line -> !line.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo's communes.txt", e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = Provinces.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("resource vn/cdgd/demo/" + name + " is missing from the build");
    }
    return in;
  }
}
