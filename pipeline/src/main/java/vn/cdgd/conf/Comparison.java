package vn.cdgd.conf;

import java.io.Serializable;

/**
 * A rule between two figures of one submission, such as {@code A02 <= A01}. An operand is a field
 * code, optionally followed by {@code .women} for the women value.
 */
public record Comparison(String left, String operator, String right) implements Serializable {

  public boolean holds(long leftValue, long rightValue) {
    return switch (operator) {
      case "<=" -> leftValue <= rightValue;
      case "<" -> leftValue < rightValue;
      case ">=" -> leftValue >= rightValue;
      case ">" -> leftValue > rightValue;
      case "=", "==" -> leftValue == rightValue;
      default -> throw new IllegalStateException("unknown operator " + operator);
    };
  }

  public static String fieldOf(String operand) {
    int dot = operand.indexOf('.');
    return dot < 0 ? operand : operand.substring(0, dot);
  }

  public static boolean isWomen(String operand) {
    return operand.endsWith(".women");
  }
}
