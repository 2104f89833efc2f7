package vn.cdgd.conf;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the warehouse's configuration: indicators, the rating scale and the terms' targets. Each
 * file is checked against the form so a typo in a field code is caught before a build starts.
 */
public final class Catalogs {
  private Catalogs() {}

  public record Indicators(List<IndicatorDefinition> indicators) implements Serializable {}

  public record RatingLevel(String rating, boolean goodOrBetter) implements Serializable {}

  public record RatingScale(List<RatingLevel> ratings) implements Serializable {}

  public static List<IndicatorDefinition> indicators(Path file, FormDefinition form) {
    Indicators read = read(file, Indicators.class);
    for (int i = 0; i < read.indicators().size(); i++) {
      IndicatorDefinition indicator = read.indicators().get(i);
      String key = "indicators[" + (i + 1) + "]";
      for (Measure measure : new Measure[] {indicator.numerator(), indicator.denominator()}) {
        if (measure != null && measure.field() != null && form.field(measure.field()).isEmpty()) {
          throw ConfigBinding.invalid(file, key, "chỉ tiêu " + indicator.code() + " dùng mã "
              + measure.field() + " không có trong biểu mẫu " + form.versionLabel(),
              "Hãy sửa mã cho đúng một mã trường của biểu mẫu");
        }
      }
      if (indicator.numerator() == null) {
        throw ConfigBinding.invalid(file, key + ".numerator", "chỉ tiêu " + indicator.code()
            + " thiếu numerator", "Hãy thêm numerator (ví dụ numerator: {sum: A02})");
      }
      try {
        indicator.numerator().kind();
      } catch (ConfigException e) {
        throw ConfigBinding.invalid(file, key + ".numerator", "chỉ tiêu " + indicator.code()
            + " không nêu đại lượng nào để tính", "Hãy ghi một đại lượng như sum: A02 hoặc units_reporting: true");
      }
    }
    return read.indicators();
  }

  public static List<RatingLevel> ratingScale(Path file) {
    return read(file, RatingScale.class).ratings();
  }

  public static TargetCatalog targets(Path file) {
    return read(file, TargetCatalog.class);
  }

  static <T> T read(Path file, Class<T> type) {
    return ConfigBinding.bind(file, type);
  }
}
