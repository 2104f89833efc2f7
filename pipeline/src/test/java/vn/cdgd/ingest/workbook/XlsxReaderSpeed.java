package vn.cdgd.ingest.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.cdgd.conf.ReadLimits;

/**
 * Measures, in one run on the same demo workbooks and one thread: the floor as {@code
 * cli/InflateFloor} takes it (every entry of each file's stream inflated to nowhere) and the same
 * from bytes already in memory, a naive POI user-model reader, cdgd's user-model reader, cdgd's reader as routed
 * (streaming, user model for the files handed over), and the streaming reader and a bare event
 * walk with each StAX parser (the JDK's, Woodstox, Aalto). Prints workbooks/s and ratios; the
 * machine is shared, so only the ratios mean anything. Not a test: run its main with the test
 * class path, e.g. {@code XlsxReaderSpeed /tmp/demo 250}.
 */
public final class XlsxReaderSpeed {
  private XlsxReaderSpeed() {}

  private static final String FILE_FLOOR =
      "floor as cli/InflateFloor: inflate every entry of the file's stream to nowhere";
  private static final String FLOOR = "inflate every entry of the bytes in memory to nowhere";
  private static final String NAIVE = "naive POI user model, every cell";
  private static final String ROUTED = "cdgd reader as routed (streaming + hand-over)";

  interface Reader {
    void read(byte[] bytes) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "/tmp/xlsx-speed");
    int units = args.length > 1 ? Integer.parseInt(args[1]) : 250;
    List<Path> files = demo(root, units);
    if (args.length > 2 && args[2].equals("profile")) {
      // For a profiler: the routed reader only, for a while.
      for (int i = 0; i < 10; i++) {
        System.out.printf(Locale.ROOT, "%8.1f workbooks/s routed%n", rate(files, WorkbookGridReader::read));
      }
      return;
    }
    System.out.printf(Locale.ROOT,
        "%d workbooks, 1 thread; modes taken in turn, 5 rounds, the first a warm-up; best round%n",
        files.size());
    Map<String, Reader> modes = new LinkedHashMap<>();
    modes.put(FLOOR, XlsxReaderSpeed::inflate);
    modes.put(NAIVE, XlsxReaderSpeed::naivePoi);
    modes.put("cdgd user model (WorkbookGridReader.readWithUserModel)", WorkbookGridReader::readWithUserModel);
    modes.put(ROUTED, WorkbookGridReader::read);
    for (String parser : List.of(XlsxXml.JDK, XlsxXml.WOODSTOX, XlsxXml.AALTO)) {
      modes.put("streaming only, " + parser, bytes -> {
        XlsxXml.useOnThisThread(() -> XlsxXml.secure(parser));
        try {
          StreamingXlsxReader.read(bytes);
        } finally {
          XlsxXml.useOnThisThread(() -> XlsxXml.secure(XlsxXml.DEFAULT));
        }
      });
      modes.put("event walk of every part, " + parser, bytes -> {
        XlsxXml.useOnThisThread(() -> XlsxXml.secure(parser));
        try {
          walk(bytes);
        } finally {
          XlsxXml.useOnThisThread(() -> XlsxXml.secure(XlsxXml.DEFAULT));
        }
      });
    }
    Map<String, Double> best = new LinkedHashMap<>();
    for (int round = 0; round < 5; round++) {
      double floorFromFile = inflateFiles(files);
      if (round > 0) {
        best.merge(FILE_FLOOR, floorFromFile, Math::max);
      }
      for (Map.Entry<String, Reader> mode : modes.entrySet()) {
        double rate = rate(files, mode.getValue());
        if (round > 0) {
          best.merge(mode.getKey(), rate, Math::max);
        }
      }
    }
    double floor = best.get(FILE_FLOOR);
    best.forEach((name, rate) -> System.out.printf(Locale.ROOT,
        "%8.1f workbooks/s  %5.2f x the floor's time  %s%n", rate, floor / rate, name));
    System.out.printf(Locale.ROOT, "routed reader: %.2f x the floor's time, %.1f x the naive POI reader's speed%n",
        floor / best.get(ROUTED), best.get(ROUTED) / best.get(NAIVE));
  }

  private static List<Path> demo(Path root, int units) throws IOException {
    Workspace workspace = new Workspace(root);
    if (!Files.isDirectory(workspace.root().resolve("data/submissions"))) {
      new DemoGenerator(TestWorkspace.form(), TemplateInstructions.bundled())
          .write(DemoPlan.synthetic(TestWorkspace.form(), 11L, units), workspace, workspace.root().resolve("data/submissions"), 2);
    }
    try (Stream<Path> walk = Files.walk(workspace.root().resolve("data/submissions"))) {
      return walk.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
    }
  }

  /** Workbooks per second over all files, each read from disk and then by the reader. */
  private static double rate(List<Path> files, Reader reader) throws IOException {
    long start = System.nanoTime();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      try {
        reader.read(bytes);
      } catch (Exception e) {
        // a broken workbook of the demo's mess costs what it cost to find out
      }
    }
    return files.size() / ((System.nanoTime() - start) / 1e9);
  }

  /** Workbooks per second of {@code cli/InflateFloor}'s loop, on one thread. */
  private static double inflateFiles(List<Path> files) throws IOException {
    long start = System.nanoTime();
    byte[] buffer = new byte[64 * 1024];
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          while (zip.read(buffer) > 0) {
            // to nowhere
          }
        }
      } catch (IOException e) {
        // a broken workbook of the demo's mess
      }
    }
    return files.size() / ((System.nanoTime() - start) / 1e9);
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
    XlsxZip zip = XlsxZip.of(ZipGuard.check(bytes, new ReadBudget(ReadLimits.defaults()), XlsxZip::keeps).kept());
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
