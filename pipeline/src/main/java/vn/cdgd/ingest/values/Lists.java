package vn.cdgd.ingest.values;

import java.util.List;

/**
 * Matches a typed value against a fixed list (award forms, levels…) and returns the list's own
 * spelling, so "BẰNG KHEN", "bằng  khen" and a decomposed "Bằng khen" all become "Bằng khen".
 * Spaces inside the value may also be missing ("LĐLĐtỉnh"), a common slip when typing by hand.
 */
public final class Lists {

  private Lists() {}

  /** The entry of {@code allowed} the text stands for; blank for an empty cell. */
  public static Parsed<String> match(String text, List<String> allowed) {
    String cleaned = Texts.clean(text);
    if (cleaned.isEmpty()) {
      return Parsed.blank();
    }
    String key = Texts.key(cleaned);
    if (!key.isEmpty()) {
      for (String entry : allowed) {
        if (Texts.key(entry).equals(key)) {
          return Parsed.ok(entry);
        }
      }
      for (String entry : allowed) {
        if (withoutSpaces(Texts.key(entry)).equals(withoutSpaces(key))) {
          return Parsed.ok(entry);
        }
      }
    }
    String problem = "\"" + cleaned + "\" không có trong danh sách.";
    if (allowed.isEmpty()) {
      return Parsed.fail(problem);
    }
    return Parsed.fail(problem + " Hãy chọn một trong: " + String.join(", ", allowed) + ".");
  }

  private static String withoutSpaces(String key) {
    return key.replace(" ", "");
  }
}
