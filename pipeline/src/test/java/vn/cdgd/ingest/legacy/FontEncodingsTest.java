package vn.cdgd.ingest.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FontEncodingsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        ".VnTime | TCVN3 | false",
        ".VnTimeH | TCVN3 | true",
        ".VnArial | TCVN3 | false",
        ".VnArialH | TCVN3 | true",
        ".VnArial Narrow | TCVN3 | false",
        ".VnArial NarrowH | TCVN3 | true",
        ".VnAvant | TCVN3 | false",
        ".VnAvantH | TCVN3 | true",
        ".VnCentury Schoolbook | TCVN3 | false",
        ".VnCentury SchoolbookH | TCVN3 | true",
        ".VnBahamasB | TCVN3 | false",
        ".VnBahamasBH | TCVN3 | true",
        ".VnHelvetIns | TCVN3 | false",
        ".VnHelvetInsH | TCVN3 | true",
        ".VnBook-Antiqua | TCVN3 | false",
        ".VnBook-AntiquaH | TCVN3 | true",
        "' .VnTimeH ' | TCVN3 | true",
        ".vntime | TCVN3 | false",
        ".vntimeh | TCVN3 | false",
        ".VnH | TCVN3 | false",
        "VNI-Times | VNI | false",
        "VNI-Helve | VNI | false",
        "VNI-Helve-Condense | VNI | false",
        "VNI-Avo | VNI | false",
        "VNI-Univer | VNI | false",
        "vni-times | VNI | false",
        "Times New Roman | UNICODE | false",
        "Arial | UNICODE | false",
        "Calibri | UNICODE | false",
        "VnTime | UNICODE | false",
        ".Vn | UNICODE | false",
        "VNI- | UNICODE | false",
        "VNI Times | UNICODE | false",
        "'' | UNICODE | false"
      })
  void readsTheEncodingAndCaseFromTheFontName(
      String font, LegacyEncoding encoding, boolean allCaps) {
    assertThat(FontEncodings.ofFont(font)).isEqualTo(encoding);
    assertThat(FontEncodings.isAllCaps(font)).isEqualTo(allCaps);
  }

  @Test
  void readsNoFontAsUnicode() {
    assertThat(FontEncodings.ofFont(null)).isEqualTo(LegacyEncoding.UNICODE);
    assertThat(FontEncodings.isAllCaps(null)).isFalse();
  }
}
