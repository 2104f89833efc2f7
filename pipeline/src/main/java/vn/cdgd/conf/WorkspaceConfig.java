package vn.cdgd.conf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Every file of a workspace's {@code conf/}, bound once when a command starts and handed down to
 * the stages it runs, so no stage reads a conf file itself and a wrong key stops the command
 * before any work is done. Each file is bound through {@link ConfigBinding}: an unknown key or a
 * value of the wrong type is refused with the file, key, line and fix.
 *
 * <p>Order of precedence, lowest first, for every setting of every file:
 *
 * <ol>
 *   <li>the default written beside the key in the file's class ({@link Settings.File}, {@link
 *       ReportSettings}'s {@code File}); the form, indicators, ratings and targets have none: their
 *       files must exist when a command uses them;
 *   <li>the file in {@code conf/};
 *   <li>the Java system property {@code spark.master} (set by {@code spark-submit} or {@code
 *       -Dspark.master=…}) over {@code spark.master};
 *   <li>the command line: the folder given to {@code ingest}/{@code run}/{@code status} over
 *       {@code ingest.submissions}, {@code --unit} over {@code union.root_unit}, {@code --date}
 *       over {@code report_date}.
 * </ol>
 */
public final class WorkspaceConfig {
  public static final String SETTINGS = "cdgd.yaml";
  public static final String INDICATORS = "indicators.yaml";
  public static final String RATINGS = "ratings.yaml";
  public static final String TARGETS = "targets.yaml";
  public static final String REPORTS = "reports.yaml";

  private final Workspace workspace;
  private final Settings settings;
  private final FormDefinition form;
  private final ReportSettings reports;
  // Absent files stay null: only the commands that use them (build, report) require them.
  private final List<IndicatorDefinition> indicators;
  private final List<Catalogs.RatingLevel> ratingScale;
  private final TargetCatalog targets;

  private WorkspaceConfig(Workspace workspace) {
    this.workspace = workspace;
    this.settings = Settings.load(workspace.conf().resolve(SETTINGS));
    this.form = FormLoader.load(workspace.conf().resolve(settings.formFile()));
    this.reports = ReportSettings.load(workspace.conf().resolve(REPORTS));
    this.indicators = present(INDICATORS) ? Catalogs.indicators(file(INDICATORS), form) : null;
    this.ratingScale = present(RATINGS) ? Catalogs.ratingScale(file(RATINGS)) : null;
    this.targets = present(TARGETS) ? Catalogs.targets(file(TARGETS)) : null;
  }

  /** Binds every file of the workspace's conf/; throws {@link ConfigException} on the first fault. */
  public static WorkspaceConfig load(Workspace workspace) {
    return new WorkspaceConfig(workspace);
  }

  public Workspace workspace() {
    return workspace;
  }

  /** {@code conf/cdgd.yaml}. */
  public Settings settings() {
    return settings;
  }

  /** The form named by {@code form} in conf/cdgd.yaml. */
  public FormDefinition form() {
    return form;
  }

  /** {@code conf/reports.yaml}. */
  public ReportSettings reports() {
    return reports;
  }

  /** {@code conf/indicators.yaml}, checked against the form. */
  public List<IndicatorDefinition> indicators() {
    return required(indicators, INDICATORS);
  }

  /** {@code conf/ratings.yaml}. */
  public List<Catalogs.RatingLevel> ratingScale() {
    return required(ratingScale, RATINGS);
  }

  /** {@code conf/targets.yaml}. */
  public TargetCatalog targets() {
    return required(targets, TARGETS);
  }

  /** The folder submissions are taken from when none is given: {@code ingest.submissions}. */
  public Path submissions() {
    return workspace.root().resolve(settings.submissionsFolder());
  }

  private boolean present(String name) {
    return Files.isRegularFile(file(name));
  }

  private Path file(String name) {
    return workspace.conf().resolve(name);
  }

  private <T> T required(T bound, String name) {
    if (bound == null) {
      throw ConfigBinding.missing(file(name));
    }
    return bound;
  }
}
