package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuckDbWarmUpTest {
  @Test
  void theLibraryIsLoadedOnItsOwnThreadAndTheEndIsAwaited() throws Exception {
    DuckDbWarmUp.start();
    DuckDbWarmUp.start();
    DuckDbWarmUp.awaitEnd();
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("cdgd-duckdb-warm-up"));
    // Loaded: a connection opens at once, without unpacking the library again.
    try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:")) {
      assertThat(connection.isValid(1)).isTrue();
    }
  }
}
