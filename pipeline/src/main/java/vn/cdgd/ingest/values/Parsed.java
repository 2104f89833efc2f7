package vn.cdgd.ingest.values;

/**
 * What one cell held once read: a value, nothing (the cell was blank), or a problem. The problem is
 * a short Vietnamese sentence for the person who filled in the form: it quotes what was typed and
 * says what to type instead. Blank is kept apart from failure because whether a blank is allowed is
 * the caller's rule, not the reader's.
 */
public record Parsed<T>(T value, String problem) {

  public Parsed {
    if (value != null && problem != null) {
      throw new IllegalArgumentException("a parsed value has either a value or a problem");
    }
  }

  public static <T> Parsed<T> ok(T value) {
    return new Parsed<>(value, null);
  }

  public static <T> Parsed<T> blank() {
    return new Parsed<>(null, null);
  }

  public static <T> Parsed<T> fail(String problemInVietnamese) {
    if (problemInVietnamese == null || problemInVietnamese.isBlank()) {
      throw new IllegalArgumentException("a failure needs a message");
    }
    return new Parsed<>(null, problemInVietnamese);
  }

  public boolean isOk() {
    return problem == null;
  }

  public boolean isBlank() {
    return isOk() && value == null;
  }
}
