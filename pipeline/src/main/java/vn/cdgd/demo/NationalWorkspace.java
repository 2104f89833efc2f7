package vn.cdgd.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceInitializer;
import vn.cdgd.reference.Unit;
import vn.cdgd.reference.UnitRegister;

/**
 * Makes a workspace ready for the national demo: the default configuration where there is none,
 * with the national union as {@code union.root_unit} and, in place of the default (Đắk Nông)
 * targets, the national term 2023-2028, so the mid-term report has a term holding 2024-2025. It refuses a workspace whose register
 * belongs to another union (the repository's Đắk Nông demo, or a real province's data): the
 * national demo replaces the register, the ratings and the submissions folder.
 */
public final class NationalWorkspace {
  private static final Pattern ROOT_UNIT = Pattern.compile("(?m)^([ \\t]+)root_unit:.*$");
  private static final Pattern PROVINCE = Pattern.compile("(?m)^([ \\t]+)province:.*$");
  private static final String TARGETS = "targets.yaml";
  private static final Pattern TERM = Pattern.compile("(?m)^[ \\t]*-[ \\t]*term:");
  private static final vn.cdgd.conf.UnionIdentity IDENTITY = new vn.cdgd.conf.UnionIdentity(
      Provinces.NATIONAL_CODE, Provinces.NATIONAL_PROVINCE, "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
      Provinces.NATIONAL_NAME.toUpperCase(java.util.Locale.ROOT), "Hà Nội", "BC-CĐGD", "TM. BAN THƯỜNG VỤ",
      "CHỦ TỊCH", "");
  private static final Pattern UNION = Pattern.compile("(?m)^union:[ \\t]*$");

  /** The workspace holds another union's register; the message says which and what to do. */
  public static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  private NationalWorkspace() {}

  public static void prepare(Workspace workspace) throws IOException {
    refuseAnotherUnionsRegister(workspace);
    Path settings = workspace.settingsFile();
    boolean fresh = !Files.exists(settings);
    WorkspaceInitializer.create(workspace, String.join(",", UnitRegister.HEADER));
    if (fresh) {
      // The conf just copied is the Đắk Nông demo's: the national union's letterhead instead.
      IDENTITY.writeInto(workspace.conf());
    } else {
      Files.writeString(settings, withNationalRoot(Files.readString(settings, StandardCharsets.UTF_8)),
          StandardCharsets.UTF_8);
    }
    Path targets = workspace.conf().resolve(TARGETS);
    String current = Files.readString(targets, StandardCharsets.UTF_8);
    if (current.equals(resource("/default-conf/" + TARGETS)) || !TERM.matcher(current).find()) {
      Files.writeString(targets, resource("national-targets.yaml"), StandardCharsets.UTF_8);
    }
  }

  static String resource(String name) throws IOException {
    try (var in = NationalWorkspace.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("resource " + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void refuseAnotherUnionsRegister(Workspace workspace) {
    Path file = workspace.unitRegister();
    if (!Files.isRegularFile(file)) {
      return;
    }
    UnitRegister register = UnitRegister.read(file);
    if (register.rows().isEmpty() || register.knows(Provinces.NATIONAL_CODE)) {
      return;
    }
    Unit root = register.rows().stream().filter(u -> u.parentCode().isBlank()).findFirst()
        .orElse(register.rows().get(0));
    throw new Refused("Thư mục làm việc " + workspace.root() + " đã có danh mục đơn vị " + file
        + " của " + root.name() + " (mã " + root.code() + ", " + register.rows().size()
        + " dòng). Dữ liệu mẫu toàn quốc sẽ thay danh mục, xếp loại và thư mục báo cáo nên không"
        + " ghi vào đây. Hãy chọn một thư mục làm việc khác, ví dụ: cdgd demo --national"
        + " --workspace ../cdgd-toan-quoc");
  }

  /** {@code cdgd.yaml} with {@code union.root_unit} and {@code union.province} of the national union. */
  static String withNationalRoot(String yaml) {
    String rootLine = "root_unit: " + Provinces.NATIONAL_CODE;
    String provinceLine = "province: \"" + Provinces.NATIONAL_PROVINCE + "\"";
    if (!UNION.matcher(yaml).find()) {
      return yaml + (yaml.endsWith("\n") || yaml.isEmpty() ? "" : "\n")
          + "\n# The union that owns this workspace (root of the unit register).\nunion:\n  "
          + rootLine + "\n  " + provinceLine + "\n";
    }
    String text = replaceOrAdd(yaml, ROOT_UNIT, rootLine);
    return replaceOrAdd(text, PROVINCE, provinceLine);
  }

  private static String replaceOrAdd(String yaml, Pattern key, String line) {
    Matcher matcher = key.matcher(yaml);
    if (matcher.find()) {
      return matcher.replaceFirst(Matcher.quoteReplacement(matcher.group(1) + line));
    }
    Matcher union = UNION.matcher(yaml);
    union.find();
    return yaml.substring(0, union.end()) + "\n  " + line + yaml.substring(union.end());
  }
}
