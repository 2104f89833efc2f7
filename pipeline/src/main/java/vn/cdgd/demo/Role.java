package vn.cdgd.demo;

import vn.cdgd.ingest.Rule;

/**
 * What a CĐCS does with its 2019-2020 report in the demo. Counts are for a province of 300 units
 * and scale with its size; {@code once} roles appear at least once in any province of 20 or more.
 */
enum Role {
  NOT_SUBMITTED(6, false, null),
  REJECTED_WOMEN(1, false, Rule.WOMEN_ABOVE_TOTAL),
  REJECTED_NEGATIVE(1, false, Rule.NEGATIVE),
  REJECTED_COMPARISON(1, false, Rule.COMPARISON),
  REJECTED_AWARD_LIST(1, false, Rule.AWARD_LIST),
  REJECTED_AWARD_DATE(1, false, Rule.AWARD_DATE),
  REJECTED_UNKNOWN_UNIT(1, false, Rule.UNIT_UNKNOWN),
  FIXED_AFTER_ERROR(1, false, Rule.COMPARISON),
  SENT_TWICE(1, false, null),
  ROSTER_MISSING_ROW(2, false, null),
  PUBLIC_WITH_AGREEMENT(1, false, null),
  OUTLIER_UP(1, false, null),
  OUTLIER_DOWN(1, false, null),
  CSV(1, true, null),
  ENCRYPTED(1, true, Rule.FILE_ENCRYPTED),
  LATE(10, false, null),
  ORDINARY(0, false, null);

  final int perProvince;
  final boolean once;
  final Rule error;

  Role(int perProvince, boolean once, Rule error) {
    this.perProvince = perProvince;
    this.once = once;
    this.error = error;
  }

  int count(int units) {
    int scaled = (int) Math.round(perProvince * units / 300.0);
    return once && units >= 20 ? Math.max(1, scaled) : scaled;
  }

  boolean rejectedOnly() {
    return name().startsWith("REJECTED_") || this == ENCRYPTED;
  }
}
