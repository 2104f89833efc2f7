package vn.cdgd.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a benchmark ran on, in one line: figures mean nothing without it. */
final class Machine {
  private Machine() {}

  static String describe() {
    Runtime runtime = Runtime.getRuntime();
    String memory = "";
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      memory = String.format(Locale.ROOT, ", %.1f GiB RAM", os.getTotalMemorySize() / (double) (1L << 30));
    }
    return String.format(Locale.ROOT, "%d cores%s%s, max heap %d MB, Java %s (%s), %s %s %s",
        runtime.availableProcessors(), cpu(), memory, runtime.maxMemory() >> 20,
        System.getProperty("java.runtime.version"), System.getProperty("java.vm.vendor"),
        System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"));
  }

  /** The one-minute load average: other work on a shared machine slows every figure. */
  static String load() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    double load = os.getSystemLoadAverage();
    return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
  }

  private static String cpu() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> " (" + line.substring(line.indexOf(':') + 1).trim() + ")")
          .findFirst().orElse("");
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
