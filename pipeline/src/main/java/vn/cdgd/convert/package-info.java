/**
 * {@code cdgd convert}: writes a Unicode copy of a workbook typed in TCVN3 or VNI fonts, deciding
 * every cell exactly as ingest does ({@link vn.cdgd.ingest.legacy.CellDecoder}), so a union can
 * clean its archive once and see what was changed and what was left for a person to check.
 */
package vn.cdgd.convert;
