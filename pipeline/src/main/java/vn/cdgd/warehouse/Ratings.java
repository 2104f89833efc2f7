package vn.cdgd.warehouse;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import vn.cdgd.conf.Catalogs;
import vn.cdgd.conf.ConfigException;
import vn.cdgd.ingest.values.Texts;
import vn.cdgd.reference.SchoolYear;

/**
 * {@code fct_rating}: one row per CĐCS per school year it was rated, from data/ratings.csv, with
 * whether the rating counts as "Hoàn thành tốt nhiệm vụ" or better under conf/ratings.yaml.
 */
public final class Ratings {
  private Ratings() {}

  public static final StructType SCHEMA =
      Schemas.of("school_year", StringType, "unit_code", StringType, "rating", StringType,
          "is_good_or_better", BooleanType);

  public static List<Row> read(Path file, List<Catalogs.RatingLevel> scale) {
    List<Row> rows = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return rows;
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      for (CSVRecord record : parser) {
        String year = record.get("school_year");
        if (SchoolYear.parse(year).isEmpty()) {
          throw new ConfigException(file + ", dòng " + (record.getRecordNumber() + 1) + ": \"" + year
              + "\" không phải năm học dạng 2019-2020.");
        }
        String typed = record.get("rating");
        Catalogs.RatingLevel level = scale.stream()
            .filter(l -> Texts.sameKey(l.rating(), typed))
            .findFirst()
            .orElseThrow(() -> new ConfigException(file + ", dòng " + (record.getRecordNumber() + 1)
                + ": xếp loại \"" + typed + "\" không có trong conf/ratings.yaml. Hãy sửa cho đúng"
                + " một trong các mức đã khai báo, hoặc bổ sung mức mới vào conf/ratings.yaml."));
        rows.add(RowFactory.create(SchoolYear.parse(year).get().label(),
            record.get("unit_code").strip().toUpperCase(java.util.Locale.ROOT), level.rating(), level.goodOrBetter()));
      }
    } catch (IOException e) {
      throw new ConfigException("Không đọc được " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(file + ": cần các cột unit_code, school_year, rating (" + e.getMessage() + ").", e);
    }
    return rows;
  }
}
