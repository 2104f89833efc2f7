package vn.cdgd.warehouse;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Builds a nullable schema from alternating column names and types. */
public final class Schemas {
  private Schemas() {}

  public static StructType of(Object... namesAndTypes) {
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      fields.add(new StructField((String) namesAndTypes[i], (DataType) namesAndTypes[i + 1], true, Metadata.empty()));
    }
    return new StructType(fields.toArray(StructField[]::new));
  }
}
