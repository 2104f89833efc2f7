package vn.cdgd.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionedStoreTest {

  @Test
  void readersSeeNothingUntilAVersionIsPublished(@TempDir Path dir) throws Exception {
    VersionedStore store = new VersionedStore(dir);
    Path unfinished = store.begin();
    Files.writeString(unfinished.resolve("table"), "v1");

    assertThat(store.current()).isEmpty();
    store.publish(unfinished, 3);
    assertThat(Files.readString(store.currentLink().resolve("table"))).isEqualTo("v1");
  }

  @Test
  void aRunThatDiesHalfWayLeavesThePublishedVersionAsItWas(@TempDir Path dir) throws Exception {
    VersionedStore store = new VersionedStore(dir);
    Path first = store.begin();
    Files.writeString(first.resolve("table"), "v1");
    store.publish(first, 3);

    Path second = store.begin();
    Files.writeString(second.resolve("table"), "half-written");
    // The process dies here: nothing publishes or abandons the second version.

    assertThat(Files.readString(store.currentLink().resolve("table"))).isEqualTo("v1");
    assertThat(store.versions()).hasSize(1);

    Path third = store.begin();
    Files.writeString(third.resolve("table"), "v3");
    store.publish(third, 3);
    assertThat(Files.readString(store.currentLink().resolve("table"))).isEqualTo("v3");
    assertThat(second).doesNotExist();
  }

  @Test
  void aFailedBuildIsAbandoned(@TempDir Path dir) throws Exception {
    VersionedStore store = new VersionedStore(dir);
    Path first = store.begin();
    store.publish(first, 3);
    Path failed = store.begin();

    store.abandon(failed);

    assertThat(failed).doesNotExist();
    assertThat(store.current()).contains(first.resolveSibling(first.getFileName().toString().replace(".tmp-", "")).toRealPath());
  }

  @Test
  void keepsTheConfiguredNumberOfVersionsNewestFirst(@TempDir Path dir) throws Exception {
    VersionedStore store = new VersionedStore(dir);
    for (int i = 0; i < 5; i++) {
      Path version = store.begin();
      Files.writeString(version.resolve("n"), Integer.toString(i));
      store.publish(version, 2);
    }

    assertThat(store.versions()).hasSize(2);
    assertThat(Files.readString(store.versions().get(0).resolve("n"))).isEqualTo("4");
    assertThat(Files.readString(store.current().orElseThrow().resolve("n"))).isEqualTo("4");
  }
}
