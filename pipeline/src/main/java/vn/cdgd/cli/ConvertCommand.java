package vn.cdgd.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cdgd.convert.ConvertRun;
import vn.cdgd.convert.ConvertedFile;
import vn.cdgd.ingest.legacy.LegacyEncoding;

/**
 * {@code cdgd convert <file or folder> [--out DIR]}: Unicode copies of workbooks typed in TCVN3 or
 * VNI fonts, and a report of what changed and what was left for a person to check.
 */
@Command(
    name = "convert",
    description =
        "Chuyển bảng mã: ghi bản Unicode của tệp Excel (.xls, .xlsx) gõ bằng phông TCVN3 (ABC)"
            + " hoặc VNI, thay phông bằng phông Unicode, và báo cáo những ô đã chuyển, những ô"
            + " không chắc.")
public final class ConvertCommand implements Callable<Integer> {

  @Mixin WorkspaceOptions workspaceOptions;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "<tệp hoặc thư mục>", description = "Tệp Excel hoặc thư mục chứa các tệp Excel.")
  Path input;

  @Option(
      names = "--out",
      paramLabel = "<thư mục>",
      description =
          "Thư mục ghi bản Unicode. Mặc định: cạnh tệp gốc; với tệp trong thư mục nhận báo cáo"
              + " của thư mục làm việc thì ghi vào output/converted (để lệnh ingest không đọc hai lần).")
  Path out;

  @Override
  public Integer call() {
    Path source = input.toAbsolutePath().normalize();
    if (!Files.exists(source)) {
      throw new UserException(ExitCodes.INPUT, "Không có tệp hoặc thư mục " + source + ".");
    }
    Path folder = out != null ? out.toAbsolutePath().normalize() : defaultFolder(source);
    ConvertRun.Report report;
    try {
      if (ConvertRun.workbooks(source).isEmpty()) {
        throw new UserException(ExitCodes.INPUT,
            "Không có tệp Excel (.xls, .xlsx) nào trong " + source + ".");
      }
      report = ConvertRun.run(source, folder);
    } catch (IOException e) {
      throw new UserException(ExitCodes.INPUT,
          "Không đọc hoặc ghi được (" + e.getMessage() + "). Hãy kiểm tra đường dẫn và quyền ghi.");
    }
    print(report, spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  private Path defaultFolder(Path source) {
    Path parent = Files.isDirectory(source) ? source : source.getParent();
    var workspace = workspaceOptions.workspace();
    Path submissions = workspace.root().resolve("data").resolve("submissions");
    try {
      // Only conf/cdgd.yaml, not the whole conf/: converting needs no form.
      submissions = workspace.root().resolve(
          vn.cdgd.conf.Settings.load(workspace.settingsFile()).submissionsFolder());
    } catch (vn.cdgd.conf.ConfigException notAWorkspace) {
      // A folder without a usable conf/ is not a workspace: the default submissions folder stands.
    }
    return parent.startsWith(submissions) ? workspace.output().resolve("converted") : parent;
  }

  private static void print(ConvertRun.Report report, PrintWriter out) {
    Map<LegacyEncoding, Integer> total = new EnumMap<>(LegacyEncoding.class);
    for (ConvertedFile file : report.files()) {
      if (file.failure() != null) {
        out.println("✗ " + file.input().getFileName() + ": không chuyển được, " + file.failure() + ".");
        continue;
      }
      file.converted().forEach((encoding, count) -> total.merge(encoding, count, Integer::sum));
      out.println("✓ " + file.output() + ": " + counts(file.converted()) + ", thay " + file.fontsReplaced()
          + " phông" + (file.uncertainCount() > 0 ? ", " + file.uncertainCount() + " ô không chắc" : "") + ".");
      for (ConvertedFile.CellChange change : file.changes()) {
        if (change.uncertain()) {
          out.println("    không chắc " + change.sheet() + "!" + change.cell() + ": giữ \"" + change.after()
              + "\", có thể là \"" + change.alternative() + "\"");
        }
      }
    }
    out.println("Tổng cộng " + report.files().size() + " tệp, " + counts(total) + ". Báo cáo: "
        + report.reportCsv());
    out.flush();
  }

  private static String counts(Map<LegacyEncoding, Integer> converted) {
    if (converted.isEmpty()) {
      return "không có ô nào cần chuyển";
    }
    java.util.StringJoiner text = new java.util.StringJoiner(", ", "đã chuyển ", "");
    converted.forEach((encoding, count) -> text.add(count + " ô " + label(encoding)));
    return text.toString();
  }

  private static String label(LegacyEncoding encoding) {
    return switch (encoding) {
      case TCVN3 -> "TCVN3 (ABC)";
      case VNI -> "VNI";
      case UNICODE -> "Unicode";
    };
  }
}
