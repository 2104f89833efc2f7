package vn.cdgd.ingest.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.Workspace;
import vn.cdgd.demo.DemoGenerator;
import vn.cdgd.demo.DemoPlan;
import vn.cdgd.template.TemplateInstructions;

/**
 * Measures, in one run on the same demo workbooks and one thread: the floor (inflate every entry
 * to nowhere), a naive POI user-model reader, cdgd's user-model reader, cdgd's reader as routed
 * (streaming, user model for the files handed over), and the streaming reader and a bare event
 * walk with each StAX parser (the JDK's, Woodstox, Aalto). Prints workbooks/s and ratios; the
 * machine is shared, so only the ratios mean anything. Not a test: run its main with the test
 * class path, e.g. {@code XlsxReaderSpeed /tmp/demo 250}.
 */
public final class XlsxReaderSpeed {
  private XlsxReaderSpeed() {}

  interface Reader {
    void read(byte[] bytes) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "/tmp/xlsx-speed");
    int units = args.length > 1 ? Integer.parseInt(args[1]) : 250;
    List<Path> files = demo(root, units);
    System.out.printf(Locale.ROOT, "%d workbooks, 1 thread, best of 3 passes after a warm-up%n", files.size());
    double floor = measure("floor: inflate every entry to nowhere", files, XlsxReaderSpeed::inflate);
    double naive = measure("naive POI user model, every cell", files, XlsxReaderSpeed::naivePoi);
    measure("cdgd user model (WorkbookGridReader.readWithUserModel)", files, WorkbookGridReader::readWithUserModel);
    double routed = measure("cdgd reader as routed (streaming + hand-over)", files, WorkbookGridReader::read);
    for (String parser : List.of(XlsxXml.JDK, XlsxXml.WOODSTOX, XlsxXml.AALTO)) {
      XlsxXml.useOnThisThread(() -> XlsxXml.secure(parser));
      measure("streaming only, " + parser, files, StreamingXlsxReader::read);
      measure("event walk of every part, " + parser, files, XlsxReaderSpeed::walk);
    }
    System.out.printf(Locale.ROOT, "routed reader: %.2f x the floor's time, %.1f x the naive POI reader's speed%n",
        floor / routed, routed / naive);
  }

  private static List<Path> demo(Path root, int units) throws IOException {
    Workspace workspace = new Workspace(root);
    if (!Files.isDirectory(workspace.submissions())) {
      new DemoGenerator(TestWorkspace.form(), TemplateInstructions.bundled())
          .write(DemoPlan.synthetic(TestWorkspace.form(), 11L, units), workspace, 2);
    }
    try (Stream<Path> walk = Files.walk(workspace.submissions())) {
      return walk.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
    }
  }

  /** Workbooks per second, best of three passes after one warm-up pass. */
  private static double measure(String name, List<Path> files, Reader reader) throws IOException {
    double best = 0;
    for (int pass = 0; pass < 4; pass++) {
      long start = System.nanoTime();
      for (Path file : files) {
        byte[] bytes = Files.readAllBytes(file);
        try {
          reader.read(bytes);
        } catch (Exception e) {
          // a broken workbook of the demo's mess costs what it cost to find out
        }
      }
      double rate = files.size() / ((System.nanoTime() - start) / 1e9);
      if (pass > 0) {
        best = Math.max(best, rate);
      }
    }
    System.out.printf(Locale.ROOT, "%8.1f workbooks/s  %s%n", best, name);
    return best;
  }

  private static void inflate(byte[] bytes) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = new ByteArrayInputStream(bytes); ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        while (zip.read(buffer) > 0) {
          // to nowhere
        }
      }
    }
  }

  private static void naivePoi(byte[] bytes) throws IOException {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      List<Object> values = new ArrayList<>();
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            values.add(switch (cell.getCellType()) {
              case STRING -> cell.getStringCellValue();
              case NUMERIC -> cell.getNumericCellValue();
              case BOOLEAN -> cell.getBooleanCellValue();
              default -> cell.toString();
            });
          }
        }
      }
    }
  }

  private static void walk(byte[] bytes) throws Exception {
    XlsxZip zip = XlsxZip.inflate(bytes);
    for (String part : List.of("xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml",
        "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
        "xl/worksheets/sheet4.xml")) {
      byte[] xml = zip.part(part);
      if (xml != null) {
        XMLStreamReader reader = XlsxXml.open(xml, part);
        while (reader.hasNext()) {
          reader.next();
        }
        reader.close();
      }
    }
  }
}
