package vn.cdgd.demo;

/**
 * Sets the time of every entry of a zip (an .xlsx) to 1 January 2020, so the same workbook gives
 * the same bytes on every run: POI stamps entries with the time of writing.
 */
final class ZipTimestamps {
  private static final int END_OF_DIRECTORY = 0x06054b50;
  private static final int DIRECTORY_ENTRY = 0x02014b50;
  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;
  private static final int DOS_TIME = 0;

  private ZipTimestamps() {}

  static byte[] fix(byte[] zip) {
    int end = -1;
    for (int i = zip.length - 22; i >= 0; i--) {
      if (intAt(zip, i) == END_OF_DIRECTORY) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return zip;
    }
    int entries = shortAt(zip, end + 10);
    int position = intAt(zip, end + 16);
    for (int n = 0; n < entries && intAt(zip, position) == DIRECTORY_ENTRY; n++) {
      putTime(zip, position + 12);
      int local = intAt(zip, position + 42);
      if (intAt(zip, local) == LOCAL_HEADER) {
        putTime(zip, local + 10);
      }
      position += 46 + shortAt(zip, position + 28) + shortAt(zip, position + 30)
          + shortAt(zip, position + 32);
    }
    return zip;
  }

  private static void putTime(byte[] zip, int at) {
    zip[at] = (byte) DOS_TIME;
    zip[at + 1] = (byte) (DOS_TIME >> 8);
    zip[at + 2] = (byte) DOS_DATE;
    zip[at + 3] = (byte) (DOS_DATE >> 8);
  }

  private static int shortAt(byte[] b, int i) {
    return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
  }

  private static int intAt(byte[] b, int i) {
    return shortAt(b, i) | shortAt(b, i + 2) << 16;
  }
}
