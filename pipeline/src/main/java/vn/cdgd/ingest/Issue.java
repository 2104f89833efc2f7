package vn.cdgd.ingest;

import java.io.Serializable;

/**
 * One problem found in one submission: where it is (file, sheet, A1 cell), what was written, which
 * rule it breaks and a Vietnamese message that says what to do. Sheet, cell, field and value are
 * empty when the problem concerns the whole file.
 */
public record Issue(
    String file,
    String sheet,
    String cell,
    String fieldCode,
    String value,
    Rule rule,
    String message)
    implements Serializable {

  public Issue {
    sheet = sheet == null ? "" : sheet;
    cell = cell == null ? "" : cell;
    fieldCode = fieldCode == null ? "" : fieldCode;
    value = value == null ? "" : value;
  }

  public Level level() {
    return rule.level();
  }

  public static Issue ofFile(String file, Rule rule, String message) {
    return new Issue(file, "", "", "", "", rule, message);
  }
}
