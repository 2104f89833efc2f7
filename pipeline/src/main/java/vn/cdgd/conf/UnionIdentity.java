package vn.cdgd.conf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who owns a workspace, as its printed reports name it: the union at the root of the register,
 * its province, the bodies of the letterhead, the place of the date line and the signatory.
 * {@link #writeInto} puts it into a new workspace's {@code conf/} (written by {@code cdgd init}
 * from the demo's files), so no demo text or demo target is left for the union to print.
 */
public record UnionIdentity(
    String rootUnit,
    String province,
    String upperBody,
    String issuingBody,
    String place,
    String documentCode,
    String signatoryMandate,
    String signatoryTitle,
    String signatoryName) {

  /** The demo's province, whose name the comments of the demo's conf files use as an example. */
  private static final String DEMO_PROVINCE = "Đắk Nông";

  /**
   * The identity of a provincial education-sector union from its code and province, with the
   * letterhead such unions print; the signatory's name is left for the union to give.
   */
  public static UnionIdentity ofProvince(String rootUnit, String province) {
    String upper = province.toUpperCase(Locale.ROOT);
    return new UnionIdentity(rootUnit, province, "LĐLĐ TỈNH " + upper,
        "CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH " + upper, province, "BC-CĐN", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "");
  }

  public UnionIdentity withBodies(String upper, String issuing) {
    return new UnionIdentity(rootUnit, province, upper == null ? upperBody : upper,
        issuing == null ? issuingBody : issuing, place, documentCode, signatoryMandate, signatoryTitle, signatoryName);
  }

  public UnionIdentity withPlace(String newPlace) {
    return new UnionIdentity(rootUnit, province, upperBody, issuingBody, newPlace == null ? place : newPlace,
        documentCode, signatoryMandate, signatoryTitle, signatoryName);
  }

  public UnionIdentity withSignatory(String name, String title) {
    return new UnionIdentity(rootUnit, province, upperBody, issuingBody, place, documentCode, signatoryMandate,
        title == null ? signatoryTitle : title, name == null ? signatoryName : name);
  }

  /** "Nơi nhận" of a new workspace: the body above, then the union's own files. */
  public List<String> recipients() {
    return List.of("- " + upperBody + " (b/c);", "- Các CĐCS trực thuộc;", "- Lưu: VT, BTV.");
  }

  /**
   * Rewrites {@code cdgd.yaml}, {@code reports.yaml} and {@code targets.yaml} of {@code conf} for
   * this union: its values in place of the demo's, the comments kept (their examples naming the
   * union's own place), and no term of targets (a commented example instead).
   */
  public void writeInto(Path conf) {
    edit(conf.resolve("cdgd.yaml"), text -> {
      String yaml = YamlLines.set(text, "union", "root_unit", quoted(rootUnit));
      yaml = YamlLines.set(yaml, "feedback", "contact", "\"\"");
      return YamlLines.set(yaml, "union", "province", quoted(province));
    });
    edit(conf.resolve("reports.yaml"), text -> {
      String yaml = YamlLines.set(text, null, "upper_body", quoted(upperBody));
      yaml = YamlLines.set(yaml, null, "issuing_body", quoted(issuingBody));
      yaml = YamlLines.set(yaml, null, "document_code", quoted(documentCode));
      yaml = YamlLines.set(yaml, null, "place", quoted(place));
      yaml = YamlLines.set(yaml, null, "report_date", "\"\"");
      yaml = YamlLines.set(yaml, "signatory", "mandate", quoted(signatoryMandate));
      yaml = YamlLines.set(yaml, "signatory", "title", quoted(signatoryTitle));
      yaml = YamlLines.set(yaml, "signatory", "name", quoted(signatoryName));
      yaml = YamlLines.setList(yaml, "recipients", recipients().stream().map(UnionIdentity::quoted).toList());
      return withoutDemoComments(yaml);
    });
    edit(conf.resolve("targets.yaml"), this::withoutTerms);
  }

  /**
   * Writes {@code feedback.contact} of {@code conf/cdgd.yaml}: whom a school's clerk calls about
   * its feedback (the demo's made-up office is blanked by {@link #writeInto}).
   */
  public static void writeContact(Path conf, String contact) {
    edit(conf.resolve("cdgd.yaml"), text -> YamlLines.set(text, "feedback", "contact", quoted(contact.strip())));
  }

  /** The demo's comments name its own place and data; a union's files name theirs. */
  private String withoutDemoComments(String yaml) {
    return yaml.lines()
        .filter(line -> !(line.strip().startsWith("#") && line.toLowerCase(Locale.ROOT).contains("demo")))
        .map(line -> line.strip().startsWith("#") ? line.replace(DEMO_PROVINCE, place) : line)
        .collect(Collectors.joining("\n", "", "\n"));
  }

  /** The header comments and settings of the demo's targets file, with no term and an example. */
  private String withoutTerms(String yaml) {
    int terms = yaml.indexOf("\nterms:");
    String head = terms < 0 ? yaml : yaml.substring(0, terms + 1);
    return head + "terms: []\n"
        + "# Chưa có chỉ tiêu nghị quyết nào. Ví dụ một nhiệm kỳ (bỏ dấu # ở đầu các dòng, thay \"terms: []\"):\n"
        + "# terms:\n"
        + "#   - term: \"2023-2028\"\n"
        + "#     unit: " + rootUnit + "\n"
        + "#     resolution: \"Nghị quyết Đại hội Công đoàn ngành Giáo dục tỉnh " + province + ", nhiệm kỳ 2023-2028\"\n"
        + "#     first_year: \"2023-2024\"\n"
        + "#     last_year: \"2027-2028\"\n"
        + "#     targets:\n"
        + "#       - code: T01\n"
        + "#         indicator: I02\n"
        + "#         wording: \"100 % cán bộ công đoàn cơ sở được bồi dưỡng, tập huấn nghiệp vụ trong nhiệm kỳ\"\n"
        + "#         comparison: \">=\"\n"
        + "#         threshold: 1.00\n"
        + "#         due: end_of_term\n";
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static void edit(Path file, java.util.function.UnaryOperator<String> change) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Files.writeString(file, change.apply(text), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Sets values in YAML text line by line, so the comments around them stay: a key at the top
   * level or one level under a parent key, and a top-level list.
   */
  public static final class YamlLines {
    private YamlLines() {}

    /** {@code key: value} at the top level ({@code parent} null) or under {@code parent:}; added when absent. */
    public static String set(String yaml, String parent, String key, String value) {
      if (parent == null) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(key) + ":.*$").matcher(yaml);
        return line.find()
            ? yaml.substring(0, line.start()) + key + ": " + value + yaml.substring(line.end())
            : yaml + (yaml.endsWith("\n") ? "" : "\n") + key + ": " + value + "\n";
      }
      Matcher block = Pattern.compile("(?m)^" + Pattern.quote(parent) + ":[ \\t]*$").matcher(yaml);
      if (!block.find()) {
        return yaml + (yaml.endsWith("\n") ? "" : "\n") + parent + ":\n  " + key + ": " + value + "\n";
      }
      // The parent's block: the indented and comment lines after it, up to the next top-level key.
      Matcher next = Pattern.compile("(?m)^[^\\s#]").matcher(yaml);
      int end = next.find(block.end()) ? next.start() : yaml.length();
      String body = yaml.substring(block.end(), end);
      Matcher line = Pattern.compile("(?m)^([ \\t]+)" + Pattern.quote(key) + ":.*$").matcher(body);
      String newBody = line.find()
          ? body.substring(0, line.start()) + line.group(1) + key + ": " + value + body.substring(line.end())
          : "\n  " + key + ": " + value + body;
      return yaml.substring(0, block.end()) + newBody + yaml.substring(end);
    }

    /** Replaces the items of a top-level list {@code key:} (its {@code - } lines) by {@code items}. */
    public static String setList(String yaml, String key, List<String> items) {
      Matcher block = Pattern.compile("(?m)^" + Pattern.quote(key) + ":[ \\t]*$").matcher(yaml);
      String list = items.stream().map(item -> "  - " + item + "\n").collect(Collectors.joining());
      if (!block.find()) {
        return yaml + (yaml.endsWith("\n") ? "" : "\n") + key + ":\n" + list;
      }
      Matcher item = Pattern.compile("(?m)\\G(?:[ \\t]*-.*\\n|[ \\t]*\\n)").matcher(yaml);
      int end = block.end() + 1;
      while (end <= yaml.length() && item.find(end) && item.start() == end) {
        end = item.end();
      }
      return yaml.substring(0, block.end()) + "\n" + list + yaml.substring(Math.min(end, yaml.length()));
    }
  }
}
