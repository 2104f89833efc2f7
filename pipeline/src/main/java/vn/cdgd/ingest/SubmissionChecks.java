package vn.cdgd.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cdgd.conf.Comparison;
import vn.cdgd.conf.FieldDefinition;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Settings;
import vn.cdgd.ingest.values.Dates;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.reference.Unit;
import vn.cdgd.reference.UnitRegister;

/**
 * The checks of one submission on its own (domain.md, "Checks on a submission"): the unit and year
 * against the register, required fields, women within totals, the form's comparisons, award dates
 * within the year's window, the roster against B01/B02 and fields meant for another ownership.
 * Checks that need other submissions (resubmission, outliers) run later over the whole staging.
 */
final class SubmissionChecks {
  private final FormDefinition form;
  private final UnitRegister register;
  private final Settings settings;
  private final Problems problems;

  SubmissionChecks(FormDefinition form, UnitRegister register, Settings settings, Problems problems) {
    this.form = form;
    this.register = register;
    this.settings = settings;
    this.problems = problems;
  }

  /** Returns the register row of the unit for the year, when both are valid. */
  Optional<Unit> unitAndYear(Identification id, String figuresSheet) {
    Optional<SchoolYear> year = Optional.empty();
    if (id.schoolYear() == null || id.schoolYear().text().isBlank()) {
      problems.add(Rule.SCHOOL_YEAR_INVALID, figuresSheet, where(id.schoolYear()), "", "",
          "Không tìm thấy năm học. Hãy ghi năm học cạnh ô \"Năm học:\", ví dụ 2019-2020.");
    } else {
      year = SchoolYear.parse(id.schoolYear().text());
      if (year.isEmpty()) {
        problems.add(Rule.SCHOOL_YEAR_INVALID, id.schoolYear().sheet(), id.schoolYear().cell(), "",
            id.schoolYear().text(),
            "\"" + id.schoolYear().text() + "\" không phải năm học. Hãy ghi dạng 2019-2020.");
      }
    }
    if (id.unitCode() == null || id.unitCode().text().isBlank()) {
      problems.add(Rule.UNIT_MISSING, figuresSheet, where(id.unitCode()), "", "",
          "Không tìm thấy mã đơn vị. Hãy ghi mã CĐCS (do Công đoàn ngành cấp) cạnh ô \"Mã đơn vị:\".");
      return Optional.empty();
    }
    String code = id.unitCode().text();
    if (!register.knows(code)) {
      problems.add(Rule.UNIT_UNKNOWN, id.unitCode().sheet(), id.unitCode().cell(), "", code,
          "Mã đơn vị \"" + code + "\" không có trong danh mục đơn vị. Hãy kiểm tra lại mã, hoặc"
              + " đề nghị Công đoàn ngành bổ sung đơn vị vào danh mục.");
      return Optional.empty();
    }
    if (year.isEmpty()) {
      return Optional.empty();
    }
    Optional<Unit> unit = register.during(code, year.get(), settings.schoolYearStarts());
    if (unit.isEmpty()) {
      problems.add(Rule.UNIT_UNKNOWN, id.unitCode().sheet(), id.unitCode().cell(), "", code,
          "Đơn vị " + code + " không hoạt động trong năm học " + year.get().label()
              + " theo danh mục đơn vị (đã sáp nhập, giải thể hoặc chưa thành lập). Hãy kiểm tra"
              + " lại mã đơn vị và năm học.");
    }
    return unit;
  }

  void figures(List<FigureValue> figures) {
    Map<String, FigureValue> byCode =
        figures.stream().collect(Collectors.toMap(FigureValue::fieldCode, Function.identity()));
    Map<String, FieldDefinition> fields = form.fieldsByCode();
    for (FigureValue value : figures) {
      FieldDefinition field = fields.get(value.fieldCode());
      if (field.required() && value.total() == null && value.totalRaw().isBlank()) {
        problems.add(Rule.REQUIRED, value.sheet(), value.totalCell(), field.code(), "",
            field.code() + " (" + field.label() + ") bắt buộc phải có số liệu. Hãy nhập tổng số"
                + " (ghi 0 nếu không có).");
      }
      if (field.women() && value.total() != null && value.women() != null
          && value.women() > value.total()) {
        problems.add(Rule.WOMEN_ABOVE_TOTAL, value.sheet(), value.womenCell(), field.code(),
            value.womenRaw(),
            field.code() + " (" + field.label() + "): số nữ (" + value.women()
                + ") lớn hơn tổng số (" + value.total() + "). Hãy kiểm tra lại ô "
                + value.womenCell() + " và ô " + value.totalCell() + ".");
      }
    }
    for (Comparison comparison : form.comparisons()) {
      compare(comparison, byCode, fields);
    }
  }

  private void compare(
      Comparison comparison, Map<String, FigureValue> byCode, Map<String, FieldDefinition> fields) {
    FigureValue left = byCode.get(Comparison.fieldOf(comparison.left()));
    FigureValue right = byCode.get(Comparison.fieldOf(comparison.right()));
    if (left == null || right == null) {
      return;
    }
    Long leftValue = operand(left, Comparison.isWomen(comparison.left()));
    Long rightValue = operand(right, Comparison.isWomen(comparison.right()));
    if (leftValue == null || rightValue == null || comparison.holds(leftValue, rightValue)) {
      return;
    }
    boolean leftWomen = Comparison.isWomen(comparison.left());
    boolean rightWomen = Comparison.isWomen(comparison.right());
    problems.add(Rule.COMPARISON, left.sheet(), leftWomen ? left.womenCell() : left.totalCell(),
        left.fieldCode(), leftWomen ? left.womenRaw() : left.totalRaw(),
        describe(fields, comparison.left()) + " = " + leftValue + " " + operatorWords(comparison)
            + " " + describe(fields, comparison.right()) + " = " + rightValue + ". Hãy kiểm tra lại ô "
            + (leftWomen ? left.womenCell() : left.totalCell()) + " và ô "
            + (rightWomen ? right.womenCell() : right.totalCell()) + ".");
  }

  /** A side's value: null when its cell could not be read (already reported), 0 when blank. */
  private static Long operand(FigureValue value, boolean women) {
    Long number = women ? value.women() : value.total();
    String raw = women ? value.womenRaw() : value.totalRaw();
    if (number != null) {
      return number;
    }
    return raw.isBlank() ? 0L : null;
  }

  private static String describe(Map<String, FieldDefinition> fields, String operand) {
    FieldDefinition field = fields.get(Comparison.fieldOf(operand));
    String women = Comparison.isWomen(operand) ? ", số nữ" : "";
    return field.code() + " (" + field.label() + women + ")";
  }

  private static String operatorWords(Comparison comparison) {
    return switch (comparison.operator()) {
      case "<=" -> "lớn hơn";
      case "<" -> "không nhỏ hơn";
      case ">=" -> "nhỏ hơn";
      case ">" -> "không lớn hơn";
      default -> "khác";
    };
  }

  void awardDates(List<AwardRow> awards, SchoolYear year, String sheet, String dateColumn) {
    LocalDate first = year.firstDay(settings.schoolYearStarts());
    LocalDate last = year.lastDay(settings.schoolYearStarts()).plusMonths(form.awardDecisionGraceMonths());
    for (AwardRow award : awards) {
      LocalDate date = award.decisionDate();
      if (date != null && (date.isBefore(first) || date.isAfter(last))) {
        problems.add(Rule.AWARD_DATE, sheet, dateColumn + award.row(), "", award.decisionDateRaw(),
            "Ngày quyết định " + Dates.format(date) + " nằm ngoài năm học " + year.label()
                + ": khen thưởng của năm học này phải có quyết định từ " + Dates.format(first)
                + " đến " + Dates.format(last) + ". Hãy kiểm tra lại ngày, hoặc báo cáo khen"
                + " thưởng này vào năm học của nó.");
      }
    }
  }

  void roster(List<OfficerRow> officers, List<FigureValue> figures, String officersSheet) {
    FormDefinition.Roster roster = form.roster();
    if (roster == null) {
      return;
    }
    long listed = officers.size();
    long trained = officers.stream().filter(o -> Boolean.TRUE.equals(o.trained())).count();
    for (FigureValue value : figures) {
      if (value.total() == null) {
        continue;
      }
      long expected = value.total();
      if (value.fieldCode().equals(roster.officersTotal()) && expected != listed) {
        problems.add(Rule.ROSTER_MISMATCH, value.sheet(), value.totalCell(), value.fieldCode(),
            value.totalRaw(),
            "Sheet \"" + officersSheet + "\" liệt kê " + listed + " cán bộ công đoàn nhưng "
                + value.fieldCode() + " ghi " + expected + ". Hãy bổ sung danh sách hoặc sửa số liệu.");
      }
      if (value.fieldCode().equals(roster.officersTrained()) && expected != trained) {
        problems.add(Rule.ROSTER_MISMATCH, value.sheet(), value.totalCell(), value.fieldCode(),
            value.totalRaw(),
            "Sheet \"" + officersSheet + "\" có " + trained + " cán bộ đã được tập huấn nhưng "
                + value.fieldCode() + " ghi " + expected + ". Hãy kiểm tra lại cột đã được tập huấn"
                + " hoặc số liệu.");
      }
    }
  }

  void ownership(List<FigureValue> figures, Unit unit) {
    Map<String, FieldDefinition> fields = form.fieldsByCode();
    for (FigureValue value : figures) {
      FieldDefinition field = fields.get(value.fieldCode());
      String meantFor = field.onlyForOwnership();
      if (meantFor == null || meantFor.isBlank() || value.totalRaw().isBlank()) {
        continue;
      }
      if (!meantFor.equals(unit.ownership())) {
        problems.add(Rule.ONLY_FOR_OWNERSHIP, value.sheet(), value.totalCell(), field.code(),
            value.totalRaw(),
            field.code() + " (" + field.label() + ") chỉ dành cho đơn vị " + meantFor.toLowerCase(java.util.Locale.ROOT)
                + ", nhưng đơn vị là " + unit.ownership().toLowerCase(java.util.Locale.ROOT)
                + ". Số liệu này không được tính; hãy để trống ô này.");
      }
    }
  }

  private static String where(Identification.Found found) {
    return found == null ? "" : found.cell();
  }
}
