package vn.cdgd.demo;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.reference.Unit;
import vn.cdgd.template.TemplateWriter;

/** File names as people give them, unique within the inbox whatever their case. */
final class FileNames {
  private final Set<String> used = new HashSet<>();
  private final Map<String, Integer> reportCounters = new HashMap<>();

  /** A fresh path {@code folder/name}, adding " (2)", " (3)"… before the extension if taken. */
  String unique(String folder, String name) {
    int dot = name.lastIndexOf('.');
    String stem = name.substring(0, dot);
    String extension = name.substring(dot);
    String candidate = folder + "/" + name;
    for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = folder + "/" + stem + " (" + n + ")" + extension;
    }
    return candidate;
  }

  String workbookName(Random random, Unit unit, SchoolYear year, String folder) {
    int style = random.nextInt(100);
    String school = unit.name().replaceFirst("^Công đoàn ", "");
    if (style < 62) {
      return TemplateWriter.fileName(unit, year);
    }
    if (style < 70) {
      int n = reportCounters.merge(folder, 1, Integer::sum);
      return "BC thong ke nam hoc " + year.label() + " (" + n + ").xlsx";
    }
    if (style < 76) {
      return "bao cao final.xlsx";
    }
    if (style < 84) {
      return "Bao cao " + ascii(school) + ".xlsx";
    }
    if (style < 90) {
      return unit.code() + ".xlsx";
    }
    return safe("Biểu thống kê " + school + " NH " + year.label()) + ".xlsx";
  }

  static String ascii(String text) {
    String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return safe(stripped.replace('đ', 'd').replace('Đ', 'D'));
  }

  static String safe(String text) {
    return text.replaceAll("[\\\\/:*?\"<>|]", "_");
  }
}
