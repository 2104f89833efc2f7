package vn.cdgd.conf;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report form a CĐCS fills in, as described in {@code conf/form-v1.yaml}: its fields, sheets,
 * lists and the rules that follow from them. Read once through {@link FormLoader}; no field code is
 * written in Java outside tests.
 */
public record FormDefinition(
    String form,
    int version,
    String title,
    Map<String, List<String>> identification,
    Map<String, SheetDefinition> sheets,
    List<Section> sections,
    List<FieldDefinition> fields,
    List<Comparison> comparisons,
    Roster roster,
    Outlier outlier,
    int awardDecisionGraceMonths,
    Map<String, List<String>> lists)
    implements Serializable {

  /** A group of fields, by the letter their codes start with. */
  public record Section(String code, String label) implements Serializable {}

  /** The fields that the officers' roster must agree with. */
  public record Roster(String officersTotal, String officersTrained) implements Serializable {}

  /** The field watched for large changes from the previous year, and how large is too large. */
  public record Outlier(String field, double maxChange) implements Serializable {}

  public static final String FIGURES = "figures";
  public static final String AWARDS = "awards";
  public static final String OFFICERS = "officers";
  public static final String INSTRUCTIONS = "instructions";

  public SheetDefinition sheet(String key) {
    SheetDefinition sheet = sheets.get(key);
    if (sheet == null) {
      throw new IllegalArgumentException("the form has no sheet " + key);
    }
    return sheet;
  }

  public Optional<FieldDefinition> field(String code) {
    return fields.stream().filter(f -> f.code().equals(code)).findFirst();
  }

  public Map<String, FieldDefinition> fieldsByCode() {
    Map<String, FieldDefinition> byCode = new LinkedHashMap<>();
    fields.forEach(f -> byCode.put(f.code(), f));
    return byCode;
  }

  public List<String> list(String name) {
    List<String> values = lists.get(name);
    if (values == null) {
      throw new IllegalArgumentException("the form has no list " + name);
    }
    return values;
  }

  public String versionLabel() {
    return form + " v" + version;
  }
}
