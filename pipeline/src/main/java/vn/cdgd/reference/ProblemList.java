package vn.cdgd.reference;

import java.util.ArrayList;
import java.util.List;
import vn.cdgd.reference.RegisterCheck.Problem;

/** The problems found in one file, each added with the file's name already on it. */
final class ProblemList {
  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  ProblemList(String file) {
    this.file = file;
  }

  void add(long line, String column, String value, String message) {
    problems.add(new Problem(file, line, column, value, message));
  }

  int size() {
    return problems.size();
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Those added since the list held {@code size} problems. */
  List<Problem> since(int size) {
    return problems.subList(size, problems.size());
  }

  List<Problem> all() {
    return problems;
  }
}
