package vn.cdgd.ingest.legacy;

/** How the characters of a cell were stored. */
public enum LegacyEncoding {
  /** Unicode, composed or decomposed: the text means what it says. */
  UNICODE,
  /** TCVN 5712:1993 VN3 ("ABC"), fonts ".VnTime", ".VnArial", … and their all-caps "…H" twins. */
  TCVN3,
  /** VNI for Windows, fonts "VNI-Times", "VNI-Helve", …: a base letter followed by mark bytes. */
  VNI
}
