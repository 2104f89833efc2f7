package vn.cdgd.demo;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Independent random streams keyed by text ({@code "figures|DNO0123|2019"}), so each unit's data
 * depends only on the seed and the key: the output stays the same whatever order or thread
 * produces it, and adding one unit does not reshuffle all the others.
 */
final class Seeds {
  private Seeds() {}

  static Random random(long seed, String key) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    return new Random(mix(seed ^ mix(hash)));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static int between(Random random, int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  static <T> T pick(Random random, java.util.List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
