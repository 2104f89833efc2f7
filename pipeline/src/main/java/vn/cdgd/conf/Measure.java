package vn.cdgd.conf;

import java.io.Serializable;

/**
 * What an indicator counts or sums for one unit (see conf/indicators.yaml). Exactly one of the
 * properties is set.
 *
 * @param sum a field code, or {@code CODE.women}: Σ of the field over reporting units
 * @param unitsWith a yes/no field: reporting units that answered "Có"
 */
public record Measure(
    String sum,
    String unitsWith,
    Boolean unitsReporting,
    Boolean unitsRatedGood,
    Boolean unitsRated,
    Boolean unitsSubmitted,
    Boolean unitsOnTime,
    Boolean unitsExpected,
    Boolean awards)
    implements Serializable {

  /** The kind of measure, for the code that evaluates it. */
  public enum Kind {
    SUM, UNITS_WITH, UNITS_REPORTING, UNITS_RATED_GOOD, UNITS_RATED, UNITS_SUBMITTED, UNITS_ON_TIME,
    UNITS_EXPECTED, AWARDS
  }

  public Kind kind() {
    if (sum != null) {
      return Kind.SUM;
    }
    if (unitsWith != null) {
      return Kind.UNITS_WITH;
    }
    if (Boolean.TRUE.equals(unitsReporting)) {
      return Kind.UNITS_REPORTING;
    }
    if (Boolean.TRUE.equals(unitsRatedGood)) {
      return Kind.UNITS_RATED_GOOD;
    }
    if (Boolean.TRUE.equals(unitsRated)) {
      return Kind.UNITS_RATED;
    }
    if (Boolean.TRUE.equals(unitsSubmitted)) {
      return Kind.UNITS_SUBMITTED;
    }
    if (Boolean.TRUE.equals(unitsOnTime)) {
      return Kind.UNITS_ON_TIME;
    }
    if (Boolean.TRUE.equals(unitsExpected)) {
      return Kind.UNITS_EXPECTED;
    }
    if (Boolean.TRUE.equals(awards)) {
      return Kind.AWARDS;
    }
    throw new ConfigException("an indicator measure names nothing to count");
  }

  /** The field a SUM or UNITS_WITH measure reads. */
  public String field() {
    String operand = sum != null ? sum : unitsWith;
    return operand == null ? null : Comparison.fieldOf(operand);
  }

  public boolean women() {
    return sum != null && Comparison.isWomen(sum);
  }
}
