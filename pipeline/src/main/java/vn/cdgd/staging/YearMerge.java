package vn.cdgd.staging;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import vn.cdgd.parquet.ParquetRowReader;
import vn.cdgd.parquet.ParquetRowWriter;

/**
 * Writes one year's file of a table from sorted sources (the runs the parse tasks wrote, the
 * previous version's file, rows the driver computed) by a streaming k-way merge: the driver holds
 * one row per source, never the table, so its memory stays flat whatever the batch. A source may
 * leave rows out ({@link Source#keep}): a submission read again, an issue recomputed. Ties keep the
 * order of the sources, so the same inputs always give the same file.
 */
final class YearMerge {
  private YearMerge() {}

  /** Sorted rows to merge: a Parquet file, or rows in memory sorted by the caller. */
  record Source(URI file, List<Row> rows, Predicate<Row> keep) {
    static Source file(URI file, Predicate<Row> keep) {
      return new Source(file, null, keep);
    }

    static Source rows(List<Row> sorted) {
      return new Source(null, sorted, row -> true);
    }
  }

  /**
   * Merges {@code sources} into a new file {@code target} and returns the rows written; no file is
   * written when no row is left (a year a table has no row in has no folder, as with Spark).
   */
  static long merge(URI target, StructType schema, Comparator<Row> order, List<Source> sources, Configuration hadoop) {
    List<Cursor> cursors = new ArrayList<>();
    PriorityQueue<Cursor> queue = new PriorityQueue<>((a, b) -> {
      int c = order.compare(a.head, b.head);
      return c != 0 ? c : Integer.compare(a.index, b.index);
    });
    ParquetRowWriter writer = null;
    try {
      for (Source source : sources) {
        Cursor cursor = new Cursor(cursors.size(), source, schema, hadoop);
        cursors.add(cursor);
        if (cursor.advance()) {
          queue.add(cursor);
        }
      }
      while (!queue.isEmpty()) {
        Cursor cursor = queue.poll();
        if (writer == null) {
          writer = ParquetRowWriter.create(target, schema, hadoop);
        }
        writer.write(cursor.head);
        if (cursor.advance()) {
          queue.add(cursor);
        }
      }
      return writer == null ? 0 : writer.rows();
    } finally {
      RuntimeException failure = null;
      for (Cursor cursor : cursors) {
        try {
          cursor.close();
        } catch (RuntimeException e) {
          failure = failure == null ? e : failure;
        }
      }
      if (writer != null) {
        writer.close();
      }
      if (failure != null) {
        throw failure;
      }
    }
  }

  private static final class Cursor implements AutoCloseable {
    final int index;
    private final Predicate<Row> keep;
    private final ParquetRowReader reader;
    private final Iterator<Row> rows;
    Row head;

    Cursor(int index, Source source, StructType schema, Configuration hadoop) {
      this.index = index;
      this.keep = source.keep();
      this.reader = source.file() == null ? null : ParquetRowReader.open(source.file(), schema, hadoop);
      this.rows = reader != null ? reader : source.rows().iterator();
    }

    boolean advance() {
      while (rows.hasNext()) {
        Row row = rows.next();
        if (keep.test(row)) {
          head = row;
          return true;
        }
      }
      head = null;
      return false;
    }

    @Override
    public void close() {
      if (reader != null) {
        reader.close();
      }
    }
  }
}
