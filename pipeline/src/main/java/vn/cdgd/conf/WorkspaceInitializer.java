package vn.cdgd.conf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Creates a workspace for a union: the default configuration (shipped in the jar under {@code
 * default-conf/}), an empty unit register and ratings file with their headers, and the submissions
 * folder. Existing files are never overwritten.
 */
public final class WorkspaceInitializer {
  private static final String DEFAULT_CONF = "default-conf/";

  private WorkspaceInitializer() {}

  /** Returns the files it created. */
  public static List<Path> create(Workspace workspace, String unitRegisterHeader) {
    List<Path> created = new ArrayList<>();
    try {
      Files.createDirectories(workspace.conf());
      for (String name : defaultConfNames()) {
        Path target = workspace.conf().resolve(name);
        if (!Files.exists(target)) {
          try (InputStream in = WorkspaceInitializer.class.getResourceAsStream("/" + DEFAULT_CONF + name)) {
            Files.copy(in, target);
            created.add(target);
          }
        }
      }
      created.addAll(writeIfAbsent(workspace.unitRegister(), unitRegisterHeader + "\n"));
      created.addAll(writeIfAbsent(workspace.ratings(), "unit_code,school_year,rating\n"));
      Files.createDirectories(WorkspaceConfig.load(workspace).submissions());
      Files.createDirectories(workspace.output());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the workspace " + workspace.root(), e);
    }
    return created;
  }

  private static List<Path> writeIfAbsent(Path file, String text) throws IOException {
    if (Files.exists(file)) {
      return List.of();
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return List.of(file);
  }

  /** The names of the default configuration files, read from the jar or the classes folder. */
  static List<String> defaultConfNames() throws IOException {
    Path location;
    try {
      location = Path.of(WorkspaceInitializer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      Path folder = location.resolve(DEFAULT_CONF);
      try (Stream<Path> files = Files.list(folder)) {
        files.filter(Files::isRegularFile).forEach(f -> names.add(f.getFileName().toString()));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
          String name = entries.nextElement().getName();
          if (name.startsWith(DEFAULT_CONF) && name.length() > DEFAULT_CONF.length() && !name.endsWith("/")
              && name.indexOf('/', DEFAULT_CONF.length()) < 0) {
            names.add(name.substring(DEFAULT_CONF.length()));
          }
        }
      }
    }
    names.sort(null);
    return names;
  }
}
