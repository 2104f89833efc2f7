package vn.cdgd.conf;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The terms of conf/targets.yaml, each with its resolution's targets and their revisions. */
public record TargetCatalog(double exceedMargin, List<Term> terms) implements Serializable {

  public TargetCatalog {
    terms = terms == null ? List.of() : terms;
  }

  public record Term(
      String term, String unit, String resolution, String firstYear, String lastYear, List<Target> targets)
      implements Serializable {}

  /**
   * A target: an indicator's value compared with a threshold ({@code >=} or {@code >}), due every
   * year or by the end of the term, optionally on a subset of units ({@code filter: {ownership:
   * …}}).
   */
  public record Target(
      String code,
      String indicator,
      String wording,
      String comparison,
      double threshold,
      String due,
      Map<String, String> filter,
      List<Revision> revisions)
      implements Serializable {

    public Target {
      filter = filter == null ? Map.of() : filter;
      revisions = revisions == null ? List.of() : revisions;
    }
  }

  /** A change of a target decided during the term, governing the years from {@code appliesFrom}. */
  public record Revision(
      String decided, String appliesFrom, String wording, String comparison, Double threshold)
      implements Serializable {}
}
