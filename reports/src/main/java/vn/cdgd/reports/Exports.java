package vn.cdgd.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;

/**
 * Fills a {@link Document} and writes it as PDF (the printed document) and XLSX (one sheet per
 * table, numbers as numeric cells). Each file is written beside its final name and moved in place,
 * so a reader never opens half a file.
 */
final class Exports {
  private static final TimeZone VIETNAM = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");

  private Exports() {}

  static Reports.Written write(Document document, List<Document.Sheet> sheets, Path folder, String base, long start) {
    try {
      Files.createDirectories(folder);
      Path pdf = folder.resolve(base + ".pdf");
      Path xlsx = folder.resolve(base + ".xlsx");
      JasperPrint printed = fillDocument(document);
      exportPdf(printed, pdf);
      exportXlsx(fillSheets(sheets), sheets, xlsx);
      return new Reports.Written(pdf, xlsx, Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report " + base + " into " + folder, e);
    } catch (JRException e) {
      throw new IllegalStateException("cannot fill or export the report " + base + ": " + e.getMessage(), e);
    }
  }

  static JasperPrint fillDocument(Document document) throws JRException {
    Map<String, Object> parameters = new HashMap<>(document.parameters());
    locale(parameters);
    JasperPrint print =
        JasperFillManager.fillReport(Templates.compiled(document.template()), parameters, new JREmptyDataSource(1));
    if (document.annex() != null) {
      Map<String, Object> annexParameters = new HashMap<>(document.annex().parameters());
      locale(annexParameters);
      JasperPrint annex = JasperFillManager.fillReport(
          Templates.compiled(document.annex().template()), annexParameters, new JREmptyDataSource(1));
      annex.getPages().forEach(print::addPage);
    }
    return print;
  }

  static List<JasperPrint> fillSheets(List<Document.Sheet> sheets) throws JRException {
    List<JasperPrint> prints = new ArrayList<>();
    for (Document.Sheet sheet : sheets) {
      Map<String, Object> parameters = new HashMap<>(sheet.parameters());
      locale(parameters);
      parameters.put("TABLE_TITLE", sheet.title());
      parameters.put(JRParameter.IS_IGNORE_PAGINATION, Boolean.TRUE);
      prints.add(JasperFillManager.fillReport(Templates.compiled(sheet.template()), parameters,
          DocumentText.rows(sheet.rows())));
    }
    return prints;
  }

  private static void locale(Map<String, Object> parameters) {
    parameters.put(JRParameter.REPORT_LOCALE, VietnameseFormats.LOCALE);
    parameters.put(JRParameter.REPORT_TIME_ZONE, VIETNAM);
  }

  private static void exportPdf(JasperPrint print, Path file) throws JRException, IOException {
    Path partial = partial(file);
    JRPdfExporter exporter = new JRPdfExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setMetadataTitle(print.getName());
    configuration.setMetadataCreator("cdgd");
    exporter.setConfiguration(configuration);
    // A stream, not a java.io.File: the reports folder may be on HDFS.
    try (java.io.OutputStream out = Files.newOutputStream(partial)) {
      exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
      exporter.exportReport();
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static void exportXlsx(List<JasperPrint> prints, List<Document.Sheet> sheets, Path file) throws JRException, IOException {
    Path partial = partial(file);
    JRXlsxExporter exporter = new JRXlsxExporter();
    exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
    SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
    configuration.setSheetNames(sheets.stream().map(Document.Sheet::name).toArray(String[]::new));
    configuration.setOnePagePerSheet(false);
    // Numbers stay numbers: with cell type detection, a text field whose value is a Number becomes
    // a numeric cell (from the value, not from the printed text), formatted by the Excel pattern of
    // the element's net.sf.jasperreports.export.xls.pattern. Without it every cell is text.
    configuration.setDetectCellType(true);
    configuration.setRemoveEmptySpaceBetweenRows(true);
    configuration.setRemoveEmptySpaceBetweenColumns(true);
    configuration.setWhitePageBackground(false);
    configuration.setIgnorePageMargins(true);
    configuration.setCollapseRowSpan(true);
    exporter.setConfiguration(configuration);
    try (java.io.OutputStream out = Files.newOutputStream(partial)) {
      exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
      exporter.exportReport();
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static Path partial(Path file) {
    return file.resolveSibling("." + file.getFileName() + ".partial");
  }
}
