package vn.cdgd.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every {@code .jrxml} of a folder into a {@code .jasper} beside it; the build runs it on
 * {@code target/classes} (exec-maven-plugin, phase process-classes). A broken template fails the
 * build, and a report run loads compiled templates instead of starting javac ten times (seconds).
 */
public final class TemplateCompiler {
  private TemplateCompiler() {}

  public static void main(String[] args) throws IOException, JRException {
    Path folder = Path.of(args[0]);
    CompilerFolder.useOwn();
    List<Path> templates;
    try (Stream<Path> files = Files.list(folder)) {
      templates = files.filter(file -> file.getFileName().toString().endsWith(".jrxml")).sorted().toList();
    }
    for (Path template : templates) {
      String name = template.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
      JasperCompileManager.compileReportToFile(template.toString(), folder.resolve(name).toString());
    }
    System.out.println("Compiled " + templates.size() + " report templates in " + folder);
  }
}
