package vn.cdgd.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;

/** The {@code --workspace} option shared by every command. */
public class WorkspaceOptions {

  @Option(
      names = {"-w", "--workspace"},
      paramLabel = "<dir>",
      description =
          "Thư mục làm việc (conf, data, output): một thư mục trên máy (kể cả ổ dùng chung) hoặc"
              + " một địa chỉ HDFS như hdfs://namenode:8020/dak-nong. Mặc định: biến CDGD_WORKSPACE;"
              + " lệnh ./cdgd đặt biến này là thư mục mã nguồn, nơi có dữ liệu mẫu.")
  Path workspace;

  private WorkspaceConfig config;

  /**
   * The workspace's conf/, bound on the first call and the same object after it: a command reads
   * its configuration once and hands it to the stages it runs.
   */
  public WorkspaceConfig config() {
    if (config == null) {
      config = WorkspaceConfig.load(workspace());
    }
    return config;
  }

  public Workspace workspace() {
    if (workspace != null) {
      return new Workspace(workspace);
    }
    String fromEnvironment = System.getenv("CDGD_WORKSPACE");
    return new Workspace(
        fromEnvironment == null || fromEnvironment.isBlank() ? Path.of("")
            : vn.cdgd.files.WorkspaceFiles.path(fromEnvironment));
  }
}
