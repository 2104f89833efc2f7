package vn.cdgd.staging;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.cdgd.conf.Settings;
import vn.cdgd.conf.Workspace;

/**
 * What a file's staged rows were read under: the form, the unit register, the ratings, the
 * settings that change reading (limits, retention of personal data) and the program itself. A
 * file already staged with the same bytes under the same fingerprint would be read to the same
 * rows, so an incremental ingest does not read it again; change any of these and every file is
 * read afresh.
 */
public final class ReadFingerprint {
  private ReadFingerprint() {}

  public static String of(Workspace workspace, Settings settings) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path input : new Path[] {workspace.conf().resolve(settings.formFile()), workspace.unitRegister(),
          workspace.ratings()}) {
        digest.update(input.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.isRegularFile(input) ? Files.readAllBytes(input) : new byte[0]);
      }
      digest.update(settings.readLimits().toString().getBytes(StandardCharsets.UTF_8));
      digest.update(Integer.toString(settings.personalDataKeepYears()).getBytes(StandardCharsets.UTF_8));
      digest.update(program().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read the workspace's configuration", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * The program that reads: its jar's size and time when run from a jar (a new build reads files
   * afresh, since its parsing may differ), else the classes folder's path (a development run).
   */
  private static String program() {
    try {
      Path code = Path.of(ReadFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code)) {
        return code.getFileName() + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
      }
      return code.toString();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "unknown";
    }
  }
}
