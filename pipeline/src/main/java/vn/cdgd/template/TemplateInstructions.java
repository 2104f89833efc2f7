package vn.cdgd.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.cdgd.conf.ConfigException;
import vn.cdgd.conf.Workspace;

/**
 * The text of the instructions sheet: {@code conf/template-instructions.txt} of the workspace, one
 * paragraph per line (blank lines and lines starting with {@code #} are skipped), so a union can
 * reword it; the copy shipped in the jar when the workspace has none.
 */
public final class TemplateInstructions {
  public static final String FILE_NAME = "template-instructions.txt";

  private TemplateInstructions() {}

  public static List<String> of(Workspace workspace) {
    Path file = workspace.conf().resolve(FILE_NAME);
    if (Files.isRegularFile(file)) {
      try {
        return paragraphs(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new ConfigException("Không đọc được tệp hướng dẫn " + file + ": " + e.getMessage(), e);
      }
    }
    return bundled();
  }

  public static List<String> bundled() {
    try (InputStream in = TemplateInstructions.class.getResourceAsStream(FILE_NAME)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + FILE_NAME);
      }
      return paragraphs(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> paragraphs(String text) {
    String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return withoutBom.lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }
}
