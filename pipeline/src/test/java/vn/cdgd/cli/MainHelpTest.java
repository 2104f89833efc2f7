package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainHelpTest {

  @Test
  void everyCommandAnswersHelpInVietnamese() {
    CommandLine root = Main.commandLine();
    assertThat(root.getSubcommands()).containsKeys("init", "template", "demo", "ingest", "convert", "build",
        "run", "sql", "report", "versions", "purge", "benchmark");
    for (String name : root.getSubcommands().keySet()) {
      if (name.equals("help")) {
        continue;
      }
      StringWriter out = new StringWriter();
      CommandLine cli = Main.commandLine();
      cli.setOut(new PrintWriter(out));

      int code = cli.execute(name, "--help");

      assertThat(code).as(name).isZero();
      assertThat(out.toString()).as(name).startsWith("Cách dùng: cdgd " + name).contains("In hướng dẫn này rồi thoát.");
    }
  }
}
