package vn.cdgd.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Nudges the figures of the workbooks that count, one person at a time and each unit staying
 * valid, until the consolidated rates are exactly the published ones: Σ trained ÷ Σ officers =
 * 47/50 (0.94) and Σ GVTĐVN ÷ Σ women members = 87/100 (0.87).
 */
final class Calibration {
  static final int TRAINED_NUMERATOR = 47;
  static final int TRAINED_DENOMINATOR = 50;
  static final int TITLE_NUMERATOR = 87;
  static final int TITLE_DENOMINATOR = 100;
  private static final int MAX_OFFICERS = 15;

  private final FigureGenerator f;
  private final List<Figures> units;

  Calibration(FigureGenerator fields, List<Figures> units, Random random) {
    this.f = fields;
    this.units = new ArrayList<>(units);
    Collections.shuffle(this.units, random);
  }

  void apply() {
    while (sum(f.officers, false) % TRAINED_DENOMINATOR != 0) {
      Figures unit = find(u -> u.totalOrZero(f.officers) < MAX_OFFICERS
          && u.totalOrZero(f.officers) < u.totalOrZero(f.members));
      unit.set(f.officers, unit.totalOrZero(f.officers) + 1, unit.womenOrZero(f.officers));
    }
    long trainedTarget = sum(f.officers, false) / TRAINED_DENOMINATOR * TRAINED_NUMERATOR;
    while (sum(f.trained, false) < trainedTarget) {
      Figures unit = find(u -> u.totalOrZero(f.trained) < u.totalOrZero(f.officers));
      long trained = unit.totalOrZero(f.trained) + 1;
      long women = unit.womenOrZero(f.trained);
      if (trained - women > unit.totalOrZero(f.officers) - unit.womenOrZero(f.officers)) {
        women++;
      }
      unit.set(f.trained, trained, women);
    }
    while (sum(f.trained, false) > trainedTarget) {
      Figures unit = find(u -> u.totalOrZero(f.trained) > 0);
      long trained = unit.totalOrZero(f.trained) - 1;
      unit.set(f.trained, trained, Math.min(trained, unit.womenOrZero(f.trained)));
    }
    while (sum(f.members, true) % TITLE_DENOMINATOR != 0) {
      Figures unit = find(u -> u.womenOrZero(f.members) < u.totalOrZero(f.members)
          && u.womenOrZero(f.members) < u.womenOrZero(f.staff));
      unit.setWomen(f.members, unit.womenOrZero(f.members) + 1);
    }
    long titleTarget = sum(f.members, true) / TITLE_DENOMINATOR * TITLE_NUMERATOR;
    while (sum(f.title, false) < titleTarget) {
      Figures unit = find(u -> u.totalOrZero(f.title) < u.womenOrZero(f.members));
      unit.set(f.title, unit.totalOrZero(f.title) + 1);
    }
    while (sum(f.title, false) > titleTarget) {
      Figures unit = find(u -> u.totalOrZero(f.title) > 0);
      unit.set(f.title, unit.totalOrZero(f.title) - 1);
    }
  }

  private int cursor;

  /** The next unit, round the shuffled list, that can take the change. */
  private Figures find(Predicate<Figures> canChange) {
    for (int tries = 0; tries < units.size(); tries++) {
      Figures unit = units.get(cursor++ % units.size());
      if (canChange.test(unit)) {
        return unit;
      }
    }
    throw new IllegalStateException("no unit can take the calibration change");
  }

  private long sum(String code, boolean women) {
    long sum = 0;
    for (Figures unit : units) {
      sum += women ? unit.womenOrZero(code) : unit.totalOrZero(code);
    }
    return sum;
  }
}
