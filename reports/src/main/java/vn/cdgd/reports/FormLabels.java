package vn.cdgd.reports;

import java.util.List;

/**
 * What the reports need of the form ({@code conf/form-v1.yaml}), as plain data: the sections and
 * fields in the form's order, and the award lists in the order they are printed.
 */
public record FormLabels(
    List<Section> sections, List<Field> fields, List<String> awardForms, List<String> awardLevels) {

  public FormLabels {
    sections = List.copyOf(sections);
    fields = List.copyOf(fields);
    awardForms = List.copyOf(awardForms);
    awardLevels = List.copyOf(awardLevels);
  }

  /** A group of fields, by the letter their codes start with. */
  public record Section(String code, String label) {}

  /** A line of the figures sheet; {@code type} is count, money or yes_no. */
  public record Field(String code, String label, String unit, boolean women, String type) {
    String section() {
      return code.substring(0, 1);
    }
  }
}
