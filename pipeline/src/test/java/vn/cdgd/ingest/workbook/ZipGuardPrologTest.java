package vn.cdgd.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte-level look that spares a parser for a kept part whose root comes first. */
class ZipGuardPrologTest {
  private static boolean plain(String xml) {
    return ZipGuard.rootBeforeAnyDeclaration(xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void passesARootAfterTheDeclarationAndProcessingInstructions() {
    assertThat(plain("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<worksheet/>")).isTrue();
    assertThat(plain("\uFEFF<?xml version=\"1.0\"?><sst count=\"1\">")).isTrue();
    assertThat(plain("<?xml version=\"1.0\"?> <?mso-application progid=\"Excel.Sheet\"?>\n<x:workbook>")).isTrue();
    assertThat(plain("<Relationships xmlns=\"r\"/>")).isTrue();
  }

  @Test
  void leavesEveryOtherPrologToTheParser() {
    assertThat(plain("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaa\">]><r>&a;</r>")).isFalse();
    assertThat(plain("<!DOCTYPE r><r/>")).isFalse();
    assertThat(plain("<!-- a comment may hide nothing, but the parser decides --><r/>")).isFalse();
    assertThat(plain("<?xml version=\"1.0\"")).isFalse();
    assertThat(plain("")).isFalse();
    assertThat(plain("  ")).isFalse();
    assertThat(ZipGuard.rootBeforeAnyDeclaration(
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><r/>".getBytes(StandardCharsets.UTF_16))).isFalse();
  }
}
