package vn.cdgd.conf;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
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
    for (IndicatorDefinition indicator : read.indicators()) {
      for (Measure measure : new Measure[] {indicator.numerator(), indicator.denominator()}) {
        if (measure != null && measure.field() != null && form.field(measure.field()).isEmpty()) {
          throw new ConfigException(
              file + ": chỉ tiêu " + indicator.code() + " dùng mã " + measure.field()
                  + " không có trong biểu mẫu " + form.versionLabel() + ".");
        }
      }
      if (indicator.numerator() == null) {
        throw new ConfigException(file + ": chỉ tiêu " + indicator.code() + " thiếu numerator.");
      }
      indicator.numerator().kind();
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
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("Không tìm thấy tệp cấu hình " + file + ".");
    }
    try {
      try (java.io.InputStream in = Files.newInputStream(file)) {
        return FormLoader.yamlMapper().readValue(in, type);
      }
    } catch (IOException e) {
      throw new ConfigException("Tệp cấu hình " + file + " không đọc được: " + e.getMessage(), e);
    }
  }
}
