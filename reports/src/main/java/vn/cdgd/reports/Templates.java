package vn.cdgd.reports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The report templates ({@code reports/src/main/jasperreports/*.jrxml}, on the classpath under
 * {@code vn/cdgd/reports/templates/}), compiled once per process. Expressions are compiled with the
 * JDK's compiler: the build compiles them into {@code .jasper} files ({@link TemplateCompiler}), so
 * a run only loads them; a test compiles every source too, so a broken template fails the build
 * rather than a union's report.
 */
public final class Templates {
  /** Every template, so tests and the build can compile them all. */
  public static final List<String> ALL = List.of(
      "document-header", "figures", "figures-by-level", "indicators", "comparison", "awards",
      "missing-units", "targets", "year-end", "mid-term", "annex");

  private static final String FOLDER = "vn/cdgd/reports/templates/";
  private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();

  private Templates() {}

  /** The compiled template {@code name} (without {@code .jrxml}). */
  public static JasperReport compiled(String name) {
    return COMPILED.computeIfAbsent(name, Templates::compile);
  }

  /** The {@code .jasper} the build compiled, else the {@code .jrxml} compiled now. */
  private static JasperReport compile(String name) {
    try (InputStream compiled = Templates.class.getClassLoader().getResourceAsStream(FOLDER + name + ".jasper")) {
      if (compiled != null) {
        return (JasperReport) JRLoader.loadObject(compiled);
      }
    } catch (JRException | IOException e) {
      // A .jasper of another JasperReports version: compile the source instead.
    }
    return compileSource(name);
  }

  /** The template compiled from its {@code .jrxml} source (what the tests check). */
  public static JasperReport compileSource(String name) {
    String resource = FOLDER + name + ".jrxml";
    CompilerFolder.useOwn();
    try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("template not on the classpath: " + resource);
      }
      return JasperCompileManager.compileReport(in);
    } catch (JRException | IOException e) {
      throw new IllegalStateException("template " + resource + " does not compile: " + e.getMessage(), e);
    }
  }
}
