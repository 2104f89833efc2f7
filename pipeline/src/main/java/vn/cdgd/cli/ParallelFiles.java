package vn.cdgd.cli;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.ToLongFunction;

/**
 * Runs one task per file on a pool of exactly {@code threads} threads of its own, so that each of
 * the benchmark's in-process readers gets the same number of threads as the Spark session.
 */
final class ParallelFiles {
  private ParallelFiles() {}

  /** The sum of what the task returns for each item. */
  static <T> long sum(List<T> items, int threads, ToLongFunction<T> task) {
    if (threads == 1) {
      return items.stream().mapToLong(task).sum();
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      // A parallel stream started inside a pool runs on that pool, not on the common one.
      return pool.submit(() -> items.parallelStream().mapToLong(task).sum()).join();
    } finally {
      pool.shutdown();
    }
  }
}
