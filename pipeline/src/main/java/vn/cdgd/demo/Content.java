package vn.cdgd.demo;

import java.util.List;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.reference.Unit;

/**
 * What one planned file holds. For a workbook or CSV: the unit as written in it (its code may be
 * wrong on purpose), the year, figures, awards, officers and how untidily it is typed. Other kinds
 * are files that are not submissions or cannot be read.
 */
record Content(
    Kind kind,
    Unit unit,
    SchoolYear year,
    Figures figures,
    List<DemoAward> awards,
    List<DemoOfficer> officers,
    Mess mess) {

  enum Kind { WORKBOOK, CSV, ENCRYPTED, TRUNCATED, EMPTY, TEXT_AS_WORKBOOK, TEXT, PDF }

  static Content other(Kind kind) {
    return new Content(kind, null, null, null, List.of(), List.of(), Mess.TIDY);
  }

  Content withFigures(Figures changed) {
    return new Content(kind, unit, year, changed, awards, officers, mess);
  }

  Content withAwards(List<DemoAward> changed) {
    return new Content(kind, unit, year, figures, changed, officers, mess);
  }

  Content withOfficers(List<DemoOfficer> changed) {
    return new Content(kind, unit, year, figures, awards, changed, mess);
  }

  Content withUnit(Unit changed) {
    return new Content(kind, changed, year, figures, awards, officers, mess);
  }

  Content withKind(Kind changed) {
    return new Content(changed, unit, year, figures, awards, officers, mess);
  }
}
