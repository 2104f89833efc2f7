package vn.cdgd.staging.feedback;

import vn.cdgd.ingest.Issue;
import vn.cdgd.ingest.Rule;

/** Problem rows written inline for the tests. */
final class Problems {

  private Problems() {}

  static ProblemRow problem(
      String unitCode,
      String unitName,
      String year,
      String file,
      String cell,
      Rule rule,
      String message) {
    String status =
        rule.level() == vn.cdgd.ingest.Level.ERROR ? ProblemRow.REJECTED : ProblemRow.ACCEPTED;
    return new ProblemRow(
        unitCode,
        unitName,
        year,
        file,
        status,
        new Issue(file, "Số liệu", cell, "A02", "12", rule, message));
  }

  static ProblemRow cellProblem(String cell, Rule rule) {
    return problem(
        "DNO001", "Trường THCS Lê Lợi", "2019-2020", "le-loi.xlsx", cell, rule, "Ô " + cell);
  }

  static ProblemRow unreadable(String file) {
    return new ProblemRow(
        "",
        "",
        "",
        file,
        ProblemRow.REJECTED,
        Issue.ofFile(
            file, Rule.FILE_UNREADABLE, "Không mở được tệp, hãy lưu lại dưới dạng .xlsx."));
  }
}
