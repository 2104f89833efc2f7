package vn.cdgd.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a driver's Spark event log ({@code spark.eventLog.enabled}) says about where tasks ran:
 * written by the driver itself, so it tells which executor ran each task and what the task
 * added to each named accumulator.
 */
record EventLog(Map<String, String> executorHosts, Map<String, Integer> tasksByExecutor,
    Map<String, Long> accumulatedByExecutor) {

  /** Reads the one application log in {@code dir}, counting updates of {@code accumulator}. */
  static EventLog read(Path dir, String accumulator) throws IOException {
    Path file;
    try (Stream<Path> files = Files.list(dir)) {
      file = files.filter(Files::isRegularFile).reduce((a, b) -> {
        throw new AssertionError("more than one event log in " + dir + ": " + a + ", " + b);
      }).orElseThrow(() -> new AssertionError("no event log in " + dir));
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, String> hosts = new TreeMap<>();
    Map<String, Integer> tasks = new TreeMap<>();
    Map<String, Long> accumulated = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      JsonNode event = json.readTree(line);
      switch (event.path("Event").asText()) {
        case "SparkListenerExecutorAdded" -> hosts.put(event.path("Executor ID").asText(),
            event.path("Executor Info").path("Host").asText());
        case "SparkListenerTaskEnd" -> {
          JsonNode info = event.path("Task Info");
          String executor = info.path("Executor ID").asText();
          tasks.merge(executor, 1, Integer::sum);
          for (JsonNode accumulable : info.path("Accumulables")) {
            if (accumulable.path("Name").asText().equals(accumulator)) {
              // User accumulators are written as strings ("3"), Spark's own metrics as numbers.
              accumulated.merge(executor, accumulable.path("Update").asLong(), Long::sum);
            }
          }
        }
        default -> { }
      }
    }
    return new EventLog(hosts, tasks, accumulated);
  }
}
