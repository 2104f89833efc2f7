package vn.cdgd.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The grain of each view in one sentence, kept in {@code view-grains.properties} beside this class
 * so the wording of the contract lives in one file, not in code.
 */
public final class ViewGrains {
  private static final String RESOURCE = "view-grains.properties";
  private final Properties grains;

  private ViewGrains(Properties grains) {
    this.grains = grains;
  }

  public static ViewGrains load() {
    InputStream stream = ViewGrains.class.getResourceAsStream(RESOURCE);
    if (stream == null) {
      throw new IllegalStateException("missing resource " + RESOURCE + " beside " + ViewGrains.class);
    }
    Properties grains = new Properties();
    try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      grains.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new ViewGrains(grains);
  }

  public String of(String view) {
    return grains.getProperty(view, "(chưa có mô tả)");
  }
}
