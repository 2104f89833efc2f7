package vn.cdgd.ingest;

import java.io.Serializable;

/**
 * The value of one field of the figures sheet as read: total and women (null when blank; a yes/no
 * field has total 1 for Có and 0 for Không), the text as written, and the cells they came from.
 */
public record FigureValue(
    String fieldCode,
    Long total,
    Long women,
    String totalRaw,
    String womenRaw,
    String sheet,
    String totalCell,
    String womenCell)
    implements Serializable {

  public long totalOrZero() {
    return total == null ? 0 : total;
  }

  public long womenOrZero() {
    return women == null ? 0 : women;
  }
}
