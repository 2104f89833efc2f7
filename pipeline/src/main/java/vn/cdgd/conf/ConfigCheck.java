package vn.cdgd.conf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every conf file of a workspace bound on its own, for {@code cdgd check}: where
 * {@link WorkspaceConfig#load} stops at the first faulty file, this goes on to the next, so a
 * wrong setting in {@code cdgd.yaml} and an unknown field type in the form are listed together.
 * Within one file the binding stops at its first fault (Jackson reads a file as one document),
 * so a file shows at most one problem per run. Files that depend on another (the form named in
 * {@code cdgd.yaml}, indicators checked against the form) are bound against a default or skipped
 * when that other file is broken.
 */
public final class ConfigCheck {
  private ConfigCheck() {}

  /** What could be bound, and one problem per file that could not. */
  public record Result(Optional<FormDefinition> form, Optional<List<Catalogs.RatingLevel>> ratingScale,
      List<ConfigException> problems) {}

  public static Result check(Workspace workspace) {
    List<ConfigException> problems = new ArrayList<>();
    Path conf = workspace.conf();
    Optional<Settings> settings = bound(() -> Settings.load(conf.resolve(WorkspaceConfig.SETTINGS)), problems);
    // With cdgd.yaml broken, the form is looked for under its default name.
    String formFile = settings.orElseGet(Settings::defaults).formFile();
    Optional<FormDefinition> form = bound(() -> FormLoader.load(conf.resolve(formFile)), problems);
    bound(() -> ReportSettings.load(conf.resolve(WorkspaceConfig.REPORTS)), problems);
    Path indicators = conf.resolve(WorkspaceConfig.INDICATORS);
    if (form.isPresent() && Files.isRegularFile(indicators)) {
      bound(() -> Catalogs.indicators(indicators, form.get()), problems);
    }
    Path ratings = conf.resolve(WorkspaceConfig.RATINGS);
    Optional<List<Catalogs.RatingLevel>> scale = Files.isRegularFile(ratings)
        ? bound(() -> Catalogs.ratingScale(ratings), problems) : Optional.empty();
    Path targets = conf.resolve(WorkspaceConfig.TARGETS);
    if (Files.isRegularFile(targets)) {
      bound(() -> Catalogs.targets(targets), problems);
    }
    return new Result(form, scale, List.copyOf(problems));
  }

  private static <T> Optional<T> bound(Supplier<T> binding, List<ConfigException> problems) {
    try {
      return Optional.of(binding.get());
    } catch (ConfigException e) {
      problems.add(e);
      return Optional.empty();
    }
  }
}
