package vn.cdgd.reports;

/**
 * A congress term as {@code conf/targets.yaml} describes it: the term's unit, the resolution's
 * name, its first and last school year, and how far above a threshold a value must be to read
 * {@code vượt}.
 */
public record TermInfo(
    String term, String unit, String resolution, String firstYear, String lastYear, double exceedMargin) {}
