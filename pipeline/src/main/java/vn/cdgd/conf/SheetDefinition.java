package vn.cdgd.conf;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A sheet of the form: its usual name and, for a table, the header texts by which each column is
 * found (the first alias is the header the template writes).
 */
public record SheetDefinition(String name, Map<String, List<String>> columns)
    implements Serializable {

  public SheetDefinition {
    columns = columns == null ? Map.of() : columns;
  }

  /** The header the template writes for a column key such as {@code total}. */
  public String header(String columnKey) {
    List<String> aliases = columns.get(columnKey);
    if (aliases == null || aliases.isEmpty()) {
      throw new IllegalArgumentException("sheet " + name + " has no column " + columnKey);
    }
    return aliases.get(0);
  }
}
