package vn.cdgd.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cdgd.reference.Unit;
import vn.cdgd.reference.UnitRegister;

/**
 * The demo's unit register and the changes it holds on {@link #CHANGE_DATE}: the unit that moved
 * to another district, the two pre-schools merged into a new unit, the unit renamed and the
 * school founded. A change is empty when the register is too small to hold it.
 *
 * @param folders the folder a union sorts each parent's submissions into (district name)
 */
record DemoRegister(
    List<Unit> rows,
    String movedCode,
    List<String> mergedCodes,
    String mergedIntoCode,
    String renamedCode,
    String foundedCode,
    Map<String, String> folders) {

  static final LocalDate ORIGIN = LocalDate.of(2015, 1, 1);
  static final LocalDate CHANGE_DATE = LocalDate.of(2019, 9, 1);

  UnitRegister register() {
    return new UnitRegister(rows);
  }

  /** The folder for a unit's files: the short name of its parent, as a union clerk would name it. */
  String folder(Unit unit) {
    return folders.getOrDefault(unit.parentCode(), "Trực thuộc");
  }
}
