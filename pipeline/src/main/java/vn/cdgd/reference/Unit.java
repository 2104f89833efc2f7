package vn.cdgd.reference;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One row of the unit register: a unit's name, parent and attributes during one validity period
 * ({@code validTo} null while the row holds). The code stays the same across periods.
 */
public record Unit(
    String code,
    String name,
    String parentCode,
    String schoolLevel,
    String ownership,
    String cluster,
    String province,
    LocalDate validFrom,
    LocalDate validTo)
    implements Serializable {

  public boolean overlaps(LocalDate from, LocalDate to) {
    boolean startsBeforeEnd = validFrom == null || !validFrom.isAfter(to);
    boolean endsAfterStart = validTo == null || !validTo.isBefore(from);
    return startsBeforeEnd && endsAfterStart;
  }
}
