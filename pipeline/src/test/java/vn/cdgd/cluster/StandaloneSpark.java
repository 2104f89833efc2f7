package vn.cdgd.cluster;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A standalone Spark cluster on 127.0.0.1, as {@code cluster/standalone.sh} starts one: a Master
 * and Workers as JVMs of their own, launched from a Spark home whose {@code jars/} are those of a
 * Spark distribution, and drivers started with spark-submit's entry point.
 *
 * <p>cdgd and its libraries are NOT in the Spark home: they reach the cluster only as the
 * application jar and its --jars, which the driver serves and every executor fetches.
 */
final class StandaloneSpark implements AutoCloseable {
  private static final Pattern MASTER_URL = Pattern.compile("spark://127\\.0\\.0\\.1:\\d+");
  private static final long START_SECONDS = 180;

  private final Path home;
  private final Path logs;
  private final List<Process> processes = new ArrayList<>();
  private final java.util.Set<Path> sparkJars = new java.util.HashSet<>();
  private String masterUrl;

  private StandaloneSpark(Path home, Path logs) {
    this.home = home;
    this.logs = logs;
  }

  /**
   * Starts a Master and {@code workers} Workers of one core and {@code workerMemory} each, and
   * returns once every Worker has registered; stops whatever it started if that fails.
   */
  static StandaloneSpark start(Path dir, Path repository, int workers, String workerMemory) throws Exception {
    StandaloneSpark cluster = new StandaloneSpark(dir.resolve("spark-home"), dir.resolve("logs"));
    try {
      Files.createDirectories(cluster.logs);
      cluster.layOutHome(repository);
      Process master = cluster.launch("master", List.of("org.apache.spark.deploy.master.Master",
          "--host", "127.0.0.1", "--port", "0", "--webui-port", "0"), "-Xmx384m");
      Matcher url = cluster.await("master", master, MASTER_URL);
      cluster.masterUrl = url.group();
      List<Process> started = new ArrayList<>();
      for (int n = 1; n <= workers; n++) {
        Path workDir = Files.createDirectories(dir.resolve("worker-" + n));
        started.add(cluster.launch("worker-" + n, List.of("org.apache.spark.deploy.worker.Worker",
            "--host", "127.0.0.1", "--port", "0", "--webui-port", "0", "--cores", "1",
            "--memory", workerMemory, "--work-dir", workDir.toString(), cluster.masterUrl), "-Xmx256m"));
      }
      for (int n = 1; n <= workers; n++) {
        cluster.await("worker-" + n, started.get(n - 1), Pattern.compile("Successfully registered with master"));
      }
      return cluster;
    } catch (Exception | Error e) {
      cluster.close();
      throw e;
    }
  }

  String masterUrl() {
    return masterUrl;
  }

  Path logs() {
    return logs;
  }

  /**
   * Runs {@code cdgd <args>} as a driver submitted with spark-submit semantics (client mode, the
   * driver in a JVM of its own) with the given Spark settings; waits at most {@code minutes}.
   * The exit code; the driver's output is in {@code logs/<label>.log}.
   */
  Submitted submit(String label, Path applicationJar, List<Path> libraries, Map<String, String> conf,
      long minutes, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("org.apache.spark.deploy.SparkSubmit",
        "--master", masterUrl, "--deploy-mode", "client", "--name", "cdgd " + label,
        "--executor-memory", "768m"));
    conf.forEach((key, value) -> command.addAll(List.of("--conf", key + "=" + value)));
    command.addAll(List.of("--jars", String.join(",", libraries.stream().map(Path::toString).toList())));
    command.addAll(List.of("--class", "vn.cdgd.cli.Main", applicationJar.toString()));
    command.addAll(List.of(args));
    Process driver = launch(label, command, "-Xmx1g");
    try {
      if (!driver.waitFor(minutes, TimeUnit.MINUTES)) {
        throw new AssertionError("cdgd " + label + " still running after " + minutes + " min:\n" + tail(label));
      }
      return new Submitted(driver.exitValue(), Files.readString(log(label), StandardCharsets.UTF_8));
    } finally {
      kill(driver);
    }
  }

  /** A finished driver: its exit code and everything it printed. */
  record Submitted(int exitCode, String output) {}

  /** Workers first (each stops its executors), then the Master; nothing outlives this call. */
  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      kill(processes.get(i));
    }
    processes.clear();
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
  }

  /**
   * jars/ of the Spark home: the jars of a Spark distribution, listed by Maven from
   * cluster/spark-distribution.xml, the same list cluster/standalone.sh copies (a second or so
   * with the jars already in the local repository, ~10 s with Maven's start).
   */
  private void layOutHome(Path repository) throws IOException, InterruptedException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    Path list = home.resolve("spark-classpath.txt");
    Process maven = new ProcessBuilder("mvn", "-B", "-ntp", "-q", "-f",
        repository.resolve("cluster/spark-distribution.xml").toString(), "dependency:build-classpath",
        "-DincludeScope=runtime", "-Dmdep.outputFile=" + list)
        .redirectErrorStream(true).redirectOutput(log("maven").toFile()).start();
    processes.add(maven);
    if (!maven.waitFor(5, TimeUnit.MINUTES) || maven.exitValue() != 0) {
      throw new AssertionError("Maven could not list Spark's jars:\n" + tail("maven"));
    }
    for (String entry : Files.readString(list, StandardCharsets.UTF_8).trim().split(java.io.File.pathSeparator)) {
      Path jar = Path.of(entry);
      sparkJars.add(jar.toAbsolutePath().normalize());
      Files.createSymbolicLink(jars.resolve(jar.getFileName().toString()), jar);
    }
  }

  /**
   * What cdgd brings beyond Spark, shipped with the application as spark-submit's --jars: the
   * jars of this JVM's class path that are not Spark's, and the classes of sibling modules (built
   * in the same reactor, so folders here) packed into jars. Not the test classes.
   */
  List<Path> libraries() throws IOException {
    List<Path> libraries = new ArrayList<>();
    Path ownClasses = applicationClasses();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path packed = Files.createDirectories(home.resolve("packed"));
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath().normalize();
      if (path.equals(ownClasses) || path.getFileName().toString().equals("test-classes") || sparkJars.contains(path)) {
        continue;
      }
      if (Files.isDirectory(path)) {
        Path jar = packed.resolve(path.getParent().getParent().getFileName() + "-classes.jar");
        packJar(path, jar);
        libraries.add(jar);
      } else if (Files.isRegularFile(path)) {
        libraries.add(path);
      }
    }
    return libraries;
  }

  /** The folder cdgd's pipeline classes were compiled into (target/classes). */
  static Path applicationClasses() {
    try {
      return Path.of(vn.cdgd.cli.Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toAbsolutePath().normalize();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The files of a folder as a jar (what `mvn package` would make of target/classes). */
  static void packJar(Path classes, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> walk = Files.walk(classes)) {
      for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
        Files.copy(path, out);
        out.closeEntry();
      }
    }
  }

  private Process launch(String label, List<String> mainAndArgs, String heap) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(sparkJvmFlags());
    command.addAll(List.of(heap, "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
        "-cp", home.resolve("jars") + "/*"));
    command.addAll(mainAndArgs);
    Files.createDirectories(logs);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log(label).toFile());
    Map<String, String> env = builder.environment();
    env.put("SPARK_HOME", home.toString());
    // Every socket of every JVM (RPC, block managers, web UIs) on the loopback address only.
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_LOCAL_HOSTNAME", "127.0.0.1");
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.remove("SPARK_TESTING");
    Process process = builder.start();
    processes.add(process);
    return process;
  }

  /** The parent pom's spark.jvm.flags, as surefire passed them to this JVM. */
  static List<String> sparkJvmFlags() {
    List<String> flags = new ArrayList<>();
    for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (flag.startsWith("--add-opens") || flag.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
          || flag.startsWith("-Djdk.reflect") || flag.startsWith("-Dio.netty")) {
        flags.add(flag);
      }
    }
    return flags;
  }

  private Matcher await(String label, Process process, Pattern pattern) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
    while (System.nanoTime() < deadline) {
      Matcher matcher = pattern.matcher(Files.readString(log(label), StandardCharsets.ISO_8859_1));
      if (matcher.find()) {
        return matcher;
      }
      if (!process.isAlive()) {
        throw new AssertionError(label + " ended with " + process.exitValue() + ":\n" + tail(label));
      }
      Thread.sleep(250);
    }
    throw new AssertionError(label + " not started within " + START_SECONDS + " s:\n" + tail(label));
  }

  private Path log(String label) {
    return logs.resolve(label.replace(' ', '-') + ".log");
  }

  private String tail(String label) {
    try {
      List<String> lines = Files.readAllLines(log(label), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
