package vn.cdgd.ingest.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellDecoderTest {

  @ParameterizedTest
  @ValueSource(strings = {"H'Bla Êban", "Y Khoa Niê", "H'Nhung Mlô", "Mê Linh", "Có", "Lê Hà", "Excel 2003"})
  void neverDoubtsUnicodeInAUnicodeFont(String text) {
    DecodedText decoded = CellDecoder.decode(text, "Times New Roman");

    assertThat(decoded.text()).isEqualTo(text);
    assertThat(decoded.uncertain()).isFalse();
    assertThat(decoded.converted()).isFalse();
  }

  @Test
  void decodesByFontAndByClearContentAndDoubtsTheRest() {
    assertThat(CellDecoder.decode("Tæng sè", ".VnTime").text()).isEqualTo("Tổng số");
    assertThat(CellDecoder.decode("Tæng sè", ".VnTimeH").text()).isEqualTo("TỔNG SỐ");
    assertThat(CellDecoder.decode("Toång soá", "VNI-Times").text()).isEqualTo("Tổng số");
    DecodedText detected = CellDecoder.decode("NguyÔn ThÞ H\u00ad\u00acng", "Arial");
    assertThat(detected.text()).isEqualTo("Nguyễn Thị Hương");
    assertThat(detected.encoding()).isEqualTo(LegacyEncoding.TCVN3);
    assertThat(detected.byFont()).isFalse();
    DecodedText unclear = CellDecoder.decode("Mª Linh", "Arial");
    assertThat(unclear.text()).isEqualTo("Mª Linh");
    assertThat(unclear.alternative()).isEqualTo("Mê Linh");
  }

  @Test
  void decodesEachRunByItsOwnFont() {
    DecodedText decoded = CellDecoder.decode(List.of(
        new LegacyText.Run("Lê Văn ", "Arial"), new LegacyText.Run("§øc", ".VnTime")));

    assertThat(decoded.text()).isEqualTo("Lê Văn Đức");
    assertThat(decoded.encoding()).isEqualTo(LegacyEncoding.TCVN3);
    assertThat(decoded.converted()).isTrue();
  }
}
