package vn.cdgd.ingest.workbook;

/** What a spreadsheet cell held once formulas are resolved. */
public enum CellKind {
  TEXT,
  NUMBER,
  BOOLEAN,
  /** A formula whose result is an error (#REF!, #VALUE!…) or could not be evaluated. */
  ERROR
}
