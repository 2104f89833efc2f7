package vn.cdgd.conf;

import java.io.Serializable;

/** One indicator of conf/indicators.yaml: what it divides by what, for which units. */
public record IndicatorDefinition(
    String code,
    String kind,
    String name,
    Measure numerator,
    Measure denominator,
    BySex bySex,
    String onlyOwnership)
    implements Serializable {

  /** The women's part of the numerator and denominator, when the data has it. */
  public record BySex(Measure womenNumerator, Measure womenDenominator) implements Serializable {}

  public boolean isRate() {
    return "rate".equals(kind);
  }

  public boolean isAwardCount() {
    return numerator.kind() == Measure.Kind.AWARDS;
  }
}
