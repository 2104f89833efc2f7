package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code cdgd report mid-term} in a workspace whose conf/targets.yaml has no term, or a term without
 * targets, stops before opening any warehouse with a message naming the file, the term's years and
 * what to write, never "rebuild".
 */
class MidTermTargetsMessageTest {

  @Test
  void aNewWorkspaceWithoutTermsIsToldWhatToWrite(@TempDir Path dir) {
    Path root = init(dir);
    StringWriter err = new StringWriter();
    int code = execute(root, err, "report", "mid-term");
    assertThat(code).isEqualTo(ExitCodes.CONFIG);
    assertThat(err.toString()).contains("conf/targets.yaml chưa có nhiệm kỳ nào (mục terms)",
        "term, unit, resolution, first_year, last_year").doesNotContain("cdgd build (hoặc cdgd run) trước");
  }

  @Test
  void aTermWithoutTargetsNamesItsYearsAndTheFile(@TempDir Path dir) throws Exception {
    Path root = init(dir);
    Files.writeString(root.resolve("conf/targets.yaml"), """
        exceed_margin: 0.05
        terms:
          - term: "2023-2028"
            unit: GLA
            resolution: "Nghị quyết Đại hội V Công đoàn ngành Giáo dục tỉnh Gia Lai, nhiệm kỳ 2023-2028"
            first_year: "2023-2024"
            last_year: "2027-2028"
            targets: []
        """, StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    int code = execute(root, err, "report", "mid-term");
    assertThat(code).isEqualTo(ExitCodes.CONFIG);
    assertThat(err.toString()).contains("Nhiệm kỳ 2023-2028 (năm học 2023-2024 đến 2027-2028) trong conf/targets.yaml"
        + " chưa có chỉ tiêu nào (mục targets)", "mục targets của nhiệm kỳ 2023-2028 trong conf/targets.yaml")
        .doesNotContain("Hãy chạy lại cdgd build");
  }

  private static Path init(Path dir) {
    Path root = dir.resolve("gia-lai");
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    assertThat(cli.execute("init", root.toString(), "--root-unit", "GLA", "--province", "Gia Lai")).isZero();
    return root;
  }

  private static int execute(Path root, StringWriter err, String... command) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
        java.util.stream.Stream.of("--workspace", root.toString())).toArray(String[]::new);
    return cli.execute(args);
  }
}
