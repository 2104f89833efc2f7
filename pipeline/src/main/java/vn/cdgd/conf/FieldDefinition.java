package vn.cdgd.conf;

import java.io.Serializable;

/**
 * One line of the figures sheet: a field code such as {@code A02}, its label, unit of measure and
 * type. {@code onlyForOwnership} names the ownership the field is meant for (E02 is for non-public
 * units); a value filled in by another unit is a warning.
 */
public record FieldDefinition(
    String code,
    String label,
    String unit,
    boolean women,
    FieldType type,
    boolean required,
    String onlyForOwnership)
    implements Serializable {

  public String section() {
    return code.substring(0, 1);
  }
}
