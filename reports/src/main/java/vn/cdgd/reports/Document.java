package vn.cdgd.reports;

import java.util.List;
import java.util.Map;

/**
 * A report ready to fill: the printed document (a main template and its parameters, filled once)
 * and the sheets of its spreadsheet, each a table template filled with its own rows; optionally an
 * annex printed after the document.
 */
record Document(String template, Map<String, Object> parameters, List<Sheet> sheets, Annex annex) {

  Document(String template, Map<String, Object> parameters, List<Sheet> sheets) {
    this(template, parameters, sheets, null);
  }

  /** Pages filled on their own and appended after the signature (Nghị định 30: numbered apart). */
  record Annex(String template, Map<String, Object> parameters) {}

  /** One sheet of the XLSX: its name (at most 31 characters), template and rows. */
  record Sheet(String name, String template, String title, Map<String, Object> parameters, List<Map<String, ?>> rows) {}
}
