package vn.cdgd.template;

import java.util.Map;

/**
 * Where the template puts things (0-based row and column indexes). It depends only on the form, so
 * the demo generator fills every workbook through one layout instead of searching each one; the
 * ingest never relies on it and finds everything by labels and codes.
 *
 * @param identificationRows row of each identification key ({@code unit_code}, …)
 * @param figuresColumns column of each figures-table column key ({@code code}, {@code total}, …)
 * @param fieldRows row of each field code
 * @param awardsColumns column of each awards-table column key
 * @param officersColumns column of each officers-table column key
 */
public record TemplateLayout(
    Map<String, Integer> identificationRows,
    int identificationLabelColumn,
    int identificationValueColumn,
    int figuresHeaderRow,
    Map<String, Integer> figuresColumns,
    Map<String, Integer> fieldRows,
    int awardsHeaderRow,
    Map<String, Integer> awardsColumns,
    int awardRows,
    int officersHeaderRow,
    Map<String, Integer> officersColumns,
    int officerRows) {

  public int firstAwardRow() {
    return awardsHeaderRow + 1;
  }

  public int firstOfficerRow() {
    return officersHeaderRow + 1;
  }
}
