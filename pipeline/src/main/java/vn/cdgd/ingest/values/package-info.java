/**
 * Turns what a person typed into one spreadsheet cell into a value: text, number, date, yes/no or
 * an entry of a fixed list. Pure functions, no I/O; a value that cannot be read comes back as a
 * {@link vn.cdgd.ingest.values.Parsed} carrying a Vietnamese sentence that quotes the text and says
 * what to type instead, so the caller can turn it into an {@link vn.cdgd.ingest.Issue}. Legacy
 * encodings (TCVN3, VNI) are decoded before these functions see the text.
 */
package vn.cdgd.ingest.values;
