package vn.cdgd.conf;

/** How the "Tổng số" cell of a form field is read and checked. */
public enum FieldType {
  /** A whole number of people, groups, times… (≥ 0). */
  COUNT,
  /** A whole amount of đồng (≥ 0). */
  MONEY,
  /** Có / Không. */
  YES_NO;

  public boolean isNumeric() {
    return this != YES_NO;
  }
}
