package vn.cdgd.ingest;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file as they are found, so reading never stops at the first. */
public final class Problems {
  private final String file;
  private final List<Issue> issues = new ArrayList<>();

  public Problems(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  public void add(Rule rule, String sheet, String cell, String fieldCode, String value, String message) {
    issues.add(new Issue(file, sheet, cell, fieldCode, value, rule, message));
  }

  public void addForFile(Rule rule, String message) {
    issues.add(Issue.ofFile(file, rule, message));
  }

  public List<Issue> list() {
    return List.copyOf(issues);
  }
}
