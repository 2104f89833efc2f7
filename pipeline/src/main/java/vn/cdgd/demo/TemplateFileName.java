package vn.cdgd.demo;

import vn.cdgd.reference.SchoolYear;
import vn.cdgd.reference.Unit;
import vn.cdgd.template.TemplateWriter;

/** The name the template gives a unit's workbook, which many people keep. */
final class TemplateFileName {
  private TemplateFileName() {}

  static String of(Unit unit, SchoolYear year) {
    return TemplateWriter.fileName(unit, year);
  }
}
