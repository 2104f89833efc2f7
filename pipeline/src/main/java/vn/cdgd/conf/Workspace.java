package vn.cdgd.conf;

import java.nio.file.Path;

/**
 * The folder that holds everything one union's runs read and write: where things are, not what
 * conf/ says (that is {@link WorkspaceConfig}, bound once per command). The repository's root is
 * the demo workspace; {@code cdgd init <dir>} makes another.
 */
public record Workspace(Path root) {

  public Workspace {
    root = root.toAbsolutePath().normalize();
  }

  public Path conf() {
    return root.resolve("conf");
  }

  public Path settingsFile() {
    return conf().resolve(WorkspaceConfig.SETTINGS);
  }

  public Path data() {
    return root.resolve("data");
  }

  public Path unitRegister() {
    return data().resolve("units.csv");
  }

  public Path ratings() {
    return data().resolve("ratings.csv");
  }

  /** Everything runs generate: staging, warehouse, reports, rejected files, logs. */
  public Path output() {
    return root.resolve("output");
  }

  public Path staging() {
    return output().resolve("staging");
  }

  /** Names and birth years, readable by the workspace's owner only (see RestrictedStore). */
  public Path restricted() {
    return output().resolve("restricted");
  }

  public Path rejected() {
    return output().resolve("rejected");
  }

  public Path warehouse() {
    return output().resolve("warehouse");
  }

  public Path reports() {
    return output().resolve("reports");
  }

  public Path templates() {
    return output().resolve("templates");
  }

  public Path logs() {
    return output().resolve("logs");
  }

}
