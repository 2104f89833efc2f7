package vn.cdgd.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every template compiles from its source, so a broken one fails the build, not a union's report. */
class TemplatesTest {

  static Stream<String> templates() {
    return Templates.ALL.stream();
  }

  @ParameterizedTest
  @MethodSource("templates")
  void compilesFromSource(String name) {
    assertThat(Templates.compileSource(name).getName()).isEqualTo(name);
  }

  @Test
  void listsEveryTemplateOfTheFolder() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/jasperreports"))) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jrxml"))
          .map(n -> n.replace(".jrxml", ""))).containsExactlyInAnyOrderElementsOf(Templates.ALL);
    }
  }
}
