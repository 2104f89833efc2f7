package vn.cdgd.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.reference.Unit;

/**
 * The officers' roster of a CĐCS, in agreement with its figures: as many rows as officers, as
 * many women, as many trained (and trained women) as the figures say.
 */
final class OfficerGenerator {
  private final long seed;
  private final FigureGenerator fields;
  private final List<String> roles;
  private final List<String> genders;

  OfficerGenerator(FormDefinition form, long seed, FigureGenerator fields) {
    this.seed = seed;
    this.fields = fields;
    this.roles = form.list("officer_role");
    this.genders = form.list("gender");
    if (!genders.contains(AwardGenerator.WOMAN) || !genders.contains(AwardGenerator.MAN)) {
      throw new IllegalStateException("the form's gender list has no " + AwardGenerator.WOMAN);
    }
  }

  List<DemoOfficer> roster(Unit unit, SchoolYear year, Figures figures) {
    Random random = Seeds.random(seed, "officers|" + unit.code() + "|" + year.label());
    int total = (int) figures.totalOrZero(fields.officers);
    int women = (int) figures.womenOrZero(fields.officers);
    int trained = (int) figures.totalOrZero(fields.trained);
    int trainedWomen = (int) figures.womenOrZero(fields.trained);
    List<Boolean> isWoman = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      isWoman.add(i < women);
    }
    Collections.shuffle(isWoman, random);
    int womenLeft = trainedWomen;
    int menLeft = trained - trainedWomen;
    int boardSize = (int) Math.max(Math.min(3, total), Math.min(9, Math.round(total * 0.55)));
    int inspectors = total >= 7 ? 2 : total >= 4 ? 1 : 0;
    List<DemoOfficer> officers = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      boolean woman = isWoman.get(i);
      boolean isTrained = woman ? womenLeft-- > 0 : menLeft-- > 0;
      LocalDate last = isTrained
          ? LocalDate.of(year.startYear() - 1, 10, 1).plusDays(random.nextInt(680))
          : null;
      if (last != null && last.isAfter(year.lastDay(java.time.MonthDay.of(9, 1)))) {
        last = year.lastDay(java.time.MonthDay.of(9, 1)).minusDays(random.nextInt(60));
      }
      officers.add(new DemoOfficer(
          DemoNames.person(random, woman),
          woman ? AwardGenerator.WOMAN : AwardGenerator.MAN,
          Seeds.between(random, 1965, 1996),
          roles.get(roleIndex(i, total, boardSize, inspectors)),
          isTrained,
          last));
    }
    return officers;
  }

  /** Chủ tịch, Phó Chủ tịch, Ủy viên BCH, Ủy viên UBKT, then group leaders and deputies. */
  private static int roleIndex(int i, int total, int boardSize, int inspectors) {
    if (i == 0) {
      return 0;
    }
    if (i == 1 && total >= 5) {
      return 1;
    }
    if (i < boardSize) {
      return 2;
    }
    if (i < boardSize + inspectors) {
      return 3;
    }
    return (i - boardSize - inspectors) % 2 == 0 ? 4 : 5;
  }
}
