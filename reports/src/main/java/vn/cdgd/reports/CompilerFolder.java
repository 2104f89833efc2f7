package vn.cdgd.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.design.JRCompiler;

/**
 * A folder of this process's own for the Java sources JasperReports writes while it compiles a
 * template. Jasper names each source after a hash of the template, in the system's temporary
 * folder by default, so two builds on one machine compiling the same template wrote, read and
 * deleted the same file: one of them failed with "error reading /tmp/document45header_….java".
 */
final class CompilerFolder {
  private static boolean set;

  private CompilerFolder() {}

  static synchronized void useOwn() {
    if (set) {
      return;
    }
    try {
      Path folder = Files.createTempDirectory("cdgd-jasper-");
      folder.toFile().deleteOnExit();
      DefaultJasperReportsContext.getInstance().setProperty(JRCompiler.COMPILER_TEMP_DIR, folder.toString());
      set = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a folder for compiling report templates", e);
    }
  }
}
