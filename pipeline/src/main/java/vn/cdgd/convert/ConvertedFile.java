package vn.cdgd.convert;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.cdgd.ingest.legacy.LegacyEncoding;

/**
 * What converting one workbook did.
 *
 * @param output the Unicode copy, or null when the file could not be converted
 * @param converted how many text cells were decoded, by the encoding they were decoded from
 * @param changes every cell that was changed or left in doubt, for the report
 * @param fontsReplaced how many fonts were renamed to a Unicode font
 * @param failure why the file could not be converted (Vietnamese), else null
 */
public record ConvertedFile(
    Path input,
    Path output,
    Map<LegacyEncoding, Integer> converted,
    List<CellChange> changes,
    int fontsReplaced,
    String failure) {

  /** One cell changed or left as it was because no reading clearly won. */
  public record CellChange(
      String sheet, String cell, LegacyEncoding encoding, String before, String after,
      String alternative) {
    public boolean uncertain() {
      return alternative != null;
    }
  }

  public long uncertainCount() {
    return changes.stream().filter(CellChange::uncertain).count();
  }
}
