package vn.cdgd.conf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.TestWorkspace;

class FormLoaderTest {

  @Test
  void readsFormVersionOneWithEveryFieldOfTheDomain() {
    FormDefinition form = TestWorkspace.form();

    assertThat(form.version()).isEqualTo(1);
    assertThat(form.fields())
        .extracting(FieldDefinition::code)
        .containsExactly(
            "A01", "A02", "A03", "A04", "A05", "A06", "A07", "B01", "B02", "C01", "C02", "D01",
            "D02", "D03", "E01", "E02", "E03", "F01", "F02");
    FieldDefinition members = form.field("A02").orElseThrow();
    assertThat(members.label()).isEqualTo("Tổng số đoàn viên công đoàn");
    assertThat(members.women()).isTrue();
    assertThat(members.type()).isEqualTo(FieldType.COUNT);
    assertThat(form.field("D02").orElseThrow().type()).isEqualTo(FieldType.MONEY);
    assertThat(form.field("E02").orElseThrow().onlyForOwnership()).isEqualTo("Ngoài công lập");
    assertThat(form.field("A04").orElseThrow().women()).isFalse();
  }

  @Test
  void readsListsSheetsAndRules() {
    FormDefinition form = TestWorkspace.form();

    assertThat(form.list("award_level"))
        .containsExactly(
            "Tổng LĐLĐ Việt Nam", "Công đoàn Giáo dục Việt Nam", "LĐLĐ tỉnh", "Công đoàn ngành");
    assertThat(form.sheet(FormDefinition.AWARDS).name()).isEqualTo("Khen thưởng");
    assertThat(form.sheet(FormDefinition.FIGURES).header("women")).isEqualTo("Trong đó nữ");
    assertThat(form.comparisons()).contains(new Comparison("C01", "<=", "A02.women"));
    assertThat(form.roster()).isEqualTo(new FormDefinition.Roster("B01", "B02"));
    assertThat(form.outlier().maxChange()).isEqualTo(0.30);
    assertThat(form.awardDecisionGraceMonths()).isEqualTo(6);
  }

  @Test
  void rejectsAComparisonOnAnUnknownField(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("form.yaml");
    String text =
        Files.readString(TestWorkspace.root().resolve("conf/form-v1.yaml"))
            .replace("{left: A02, operator: \"<=\", right: A01}", "{left: Z99, operator: \"<=\", right: A01}");
    Files.writeString(file, text);

    assertThatThrownBy(() -> FormLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("Z99");
  }

  @Test
  void namesTheMissingFile(@TempDir Path dir) {
    assertThatThrownBy(() -> FormLoader.load(dir.resolve("none.yaml")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("none.yaml");
  }
}
