package vn.cdgd.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Settings;

class SubmissionReaderTest {
  private static final FormDefinition FORM = TestWorkspace.form();
  private static final LocalDateTime RECEIVED = LocalDateTime.of(2020, 9, 20, 9, 0);
  private final SubmissionReader reader = new SubmissionReader(FORM, TestRegister.register(), Settings.defaults());

  private ParsedSubmission read(FormWorkbook workbook) {
    return reader.read("2019-2020/nguyen-du.xlsx", workbook.bytes(), RECEIVED);
  }

  private static FigureValue figure(ParsedSubmission s, String code) {
    return s.figures().stream().filter(f -> f.fieldCode().equals(code)).findFirst().orElseThrow();
  }

  private static List<Issue> issues(ParsedSubmission s, Rule rule) {
    return s.issues().stream().filter(i -> i.rule() == rule).toList();
  }

  @Test
  void acceptsAValidWorkbookAndReadsEveryPart() {
    ParsedSubmission s =
        read(new FormWorkbook(FORM).award("Bằng khen", "LĐLĐ tỉnh", "Cá nhân", "Trần Thị Lan", "Nữ", "", LocalDate.of(2020, 10, 6)));

    assertThat(s.issues()).isEmpty();
    assertThat(s.accepted()).isTrue();
    assertThat(s.unitCode()).isEqualTo("DNO0001");
    assertThat(s.schoolYear()).isEqualTo("2019-2020");
    assertThat(s.figures()).hasSize(FORM.fields().size());
    assertThat(figure(s, "A02").total()).isEqualTo(38L);
    assertThat(figure(s, "A02").women()).isEqualTo(28L);
    assertThat(figure(s, "A02").totalCell()).isEqualTo("E8");
    assertThat(figure(s, "D03").total()).isEqualTo(1L);
    assertThat(figure(s, "E02").total()).isEqualTo(0L);
    assertThat(s.awards()).singleElement().satisfies(a -> {
      assertThat(a.level()).isEqualTo("LĐLĐ tỉnh");
      assertThat(a.decisionDate()).isEqualTo(LocalDate.of(2020, 10, 6));
    });
    assertThat(s.officers()).hasSize(5);
    assertThat(s.submissionId()).hasSize(64);
  }

  @Test
  void rejectsWomenAboveTotalNamingTheWomenCell() {
    ParsedSubmission s = read(new FormWorkbook(FORM).set("A02", 38, 39));

    assertThat(s.accepted()).isFalse();
    assertThat(issues(s, Rule.WOMEN_ABOVE_TOTAL)).singleElement().satisfies(i -> {
      assertThat(i.sheet()).isEqualTo("Số liệu");
      assertThat(i.cell()).isEqualTo("F8");
      assertThat(i.fieldCode()).isEqualTo("A02");
      assertThat(i.value()).isEqualTo("39");
      assertThat(i.message()).contains("số nữ (39) lớn hơn tổng số (38)");
    });
  }

  @Test
  void rejectsMembersAboveStaffAndNewMembersAboveMembers() {
    ParsedSubmission s = read(new FormWorkbook(FORM).set("A02", 41, 28).set("A03", 45, 1));

    assertThat(issues(s, Rule.COMPARISON)).extracting(Issue::fieldCode, Issue::cell)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("A02", "E8"), org.assertj.core.groups.Tuple.tuple("A03", "E9"));
  }

  @Test
  void rejectsTrainedAboveOfficersAndTitlesAboveWomenMembers() {
    ParsedSubmission s = read(new FormWorkbook(FORM).set("B02", 6, 3).set("C01", 29, null));

    assertThat(issues(s, Rule.COMPARISON)).extracting(Issue::fieldCode).containsExactlyInAnyOrder("B02", "C01");
    assertThat(issues(s, Rule.COMPARISON).stream().filter(i -> i.fieldCode().equals("C01")).findFirst().orElseThrow().message())
        .contains("A02 (Tổng số đoàn viên công đoàn, số nữ) = 28");
  }

  @Test
  void rejectsNegativeDecimalAndNonNumericCounts() {
    ParsedSubmission s = read(new FormWorkbook(FORM).set("A04", -2, null).set("A05", "1,5", 1).set("C02", "hai", null));

    assertThat(issues(s, Rule.NEGATIVE)).extracting(Issue::cell).containsExactly("E10");
    assertThat(issues(s, Rule.NOT_WHOLE)).extracting(Issue::cell).containsExactly("E11");
    assertThat(issues(s, Rule.NOT_A_NUMBER)).singleElement().satisfies(i -> {
      assertThat(i.cell()).isEqualTo("E17");
      assertThat(i.value()).isEqualTo("hai");
    });
    assertThat(s.accepted()).isFalse();
  }

  @Test
  void rejectsABlankRequiredField() {
    ParsedSubmission s = read(new FormWorkbook(FORM).set("A01", null, null));

    assertThat(issues(s, Rule.REQUIRED)).singleElement().satisfies(i -> assertThat(i.cell()).isEqualTo("E7"));
  }

  @Test
  void readsNumbersAsPeopleTypeThem() {
    ParsedSubmission s =
        read(new FormWorkbook(FORM).set("A01", "40 người", "30").set("A06", "-", "-").set("D02", "3.000.000", null)
            .set("F01", " 25.000.000\u00a0", null).set("D03", "x", null).set("E01", "K", null));

    assertThat(s.issues()).isEmpty();
    assertThat(figure(s, "A01").total()).isEqualTo(40L);
    assertThat(figure(s, "A01").totalRaw()).isEqualTo("40 người");
    assertThat(figure(s, "A06").total()).isZero();
    assertThat(figure(s, "D02").total()).isEqualTo(3_000_000L);
    assertThat(figure(s, "F01").total()).isEqualTo(25_000_000L);
    assertThat(figure(s, "D03").total()).isEqualTo(1L);
    assertThat(figure(s, "E01").total()).isZero();
  }

  @Test
  void evaluatesASumFormulaWithoutACachedValue() {
    ParsedSubmission s = read(new FormWorkbook(FORM).set("A01", new FormWorkbook.Formula("SUM(25,15)"), new FormWorkbook.Formula("20+10")));

    assertThat(s.issues()).isEmpty();
    assertThat(figure(s, "A01").total()).isEqualTo(40L);
    assertThat(figure(s, "A01").women()).isEqualTo(30L);
    assertThat(figure(s, "A01").totalRaw()).startsWith("=SUM(25,15)");
  }

  @Test
  void findsFieldsAfterInsertedRowsAndColumnsAndARenamedSheet() {
    ParsedSubmission s =
        read(new FormWorkbook(FORM).figuresSheetNamed("Bieu 1").rowsInsertedAboveHeader(3).columnInsertedBeforeTotal());

    assertThat(s.issues()).isEmpty();
    assertThat(figure(s, "A02").total()).isEqualTo(38L);
    assertThat(figure(s, "A02").totalCell()).isEqualTo("F11");
  }

  @Test
  void readsDecomposedUnicodeLabelsAndAnswers() {
    String nfd = Normalizer.normalize("Có", Normalizer.Form.NFD);
    FormWorkbook workbook = new FormWorkbook(FORM).set("D03", nfd, null)
        .award(Normalizer.normalize("Bằng khen", Normalizer.Form.NFD), Normalizer.normalize("Công đoàn Giáo dục Việt Nam", Normalizer.Form.NFD), "Tập thể", "Tổ Toán", "", "", "06/10/2020");

    ParsedSubmission s = read(workbook);

    assertThat(s.issues()).isEmpty();
    assertThat(figure(s, "D03").total()).isEqualTo(1L);
    assertThat(s.awards().get(0).level()).isEqualTo("Công đoàn Giáo dục Việt Nam");
    assertThat(s.awards().get(0).decisionDate()).isEqualTo(LocalDate.of(2020, 10, 6));
  }

  @Test
  void rejectsAnAwardLevelOutsideTheListNamingItsCell() {
    ParsedSubmission s = read(new FormWorkbook(FORM).award("Bằng khen", "Cấp tỉnh", "Cá nhân", "Lê Văn A", "Nam", "", "ngày 06 tháng 10 năm 2020"));

    assertThat(issues(s, Rule.AWARD_LIST)).singleElement().satisfies(i -> {
      assertThat(i.sheet()).isEqualTo("Khen thưởng");
      assertThat(i.cell()).isEqualTo("C4");
      assertThat(i.message()).contains("Cấp tỉnh").contains("LĐLĐ tỉnh");
    });
    assertThat(s.accepted()).isFalse();
  }

  @Test
  void acceptsDecisionsUpToSixMonthsAfterTheYearAndRejectsLater() {
    ParsedSubmission inside = read(new FormWorkbook(FORM).award("Giấy khen", "Công đoàn ngành", "Tập thể", "Tổ 1", "", "", LocalDate.of(2021, 2, 28)));
    ParsedSubmission outside = read(new FormWorkbook(FORM).award("Giấy khen", "Công đoàn ngành", "Tập thể", "Tổ 1", "", "", LocalDate.of(2021, 3, 1)));
    ParsedSubmission before = read(new FormWorkbook(FORM).award("Giấy khen", "Công đoàn ngành", "Tập thể", "Tổ 1", "", "", LocalDate.of(2019, 8, 31)));

    assertThat(inside.issues()).isEmpty();
    assertThat(issues(outside, Rule.AWARD_DATE)).singleElement().satisfies(i -> {
      assertThat(i.cell()).isEqualTo("I4");
      assertThat(i.message()).contains("01/03/2021").contains("01/09/2019").contains("28/02/2021");
    });
    assertThat(issues(before, Rule.AWARD_DATE)).hasSize(1);
  }

  @Test
  void rejectsAnUnknownUnitAndAUnitThatNoLongerExistsThatYear() {
    ParsedSubmission unknown = read(new FormWorkbook(FORM).unit("XYZ9"));
    ParsedSubmission merged = read(new FormWorkbook(FORM).unit("dno0003"));

    assertThat(issues(unknown, Rule.UNIT_UNKNOWN)).singleElement().satisfies(i -> {
      assertThat(i.cell()).isEqualTo("C2");
      assertThat(i.value()).isEqualTo("XYZ9");
    });
    assertThat(issues(merged, Rule.UNIT_UNKNOWN)).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("không hoạt động trong năm học 2019-2020"));
    assertThat(read(new FormWorkbook(FORM).unit("dno0003").year("2018-2019")).accepted()).isTrue();
  }

  @Test
  void rejectsAnInvalidSchoolYear() {
    ParsedSubmission s = read(new FormWorkbook(FORM).year("2019-2021"));

    assertThat(issues(s, Rule.SCHOOL_YEAR_INVALID)).singleElement().satisfies(i -> assertThat(i.cell()).isEqualTo("C4"));
  }

  @Test
  void readsTheYearWrittenAsPeopleDo() {
    assertThat(read(new FormWorkbook(FORM).year("NH 2019 – 2020")).schoolYear()).isEqualTo("2019-2020");
  }

  @Test
  void warnsWhenAPublicUnitFillsTheCollectiveAgreement() {
    ParsedSubmission publicUnit = read(new FormWorkbook(FORM).set("E02", "Có", null));
    ParsedSubmission nonPublic = read(new FormWorkbook(FORM).unit("DNO0002").set("E02", "Có", null));

    assertThat(publicUnit.accepted()).isTrue();
    assertThat(issues(publicUnit, Rule.ONLY_FOR_OWNERSHIP)).singleElement()
        .satisfies(i -> assertThat(i.cell()).isEqualTo("E22"));
    assertThat(nonPublic.issues()).isEmpty();
  }

  @Test
  void warnsWhenTheRosterDisagreesWithOfficerFigures() {
    ParsedSubmission s = read(new FormWorkbook(FORM).set("B01", 6, 3));

    assertThat(s.accepted()).isTrue();
    assertThat(issues(s, Rule.ROSTER_MISMATCH)).singleElement().satisfies(i -> {
      assertThat(i.fieldCode()).isEqualTo("B01");
      assertThat(i.message()).contains("liệt kê 5 cán bộ").contains("B01 ghi 6");
    });
  }

  @Test
  void reportsAMissingFieldRow() {
    ParsedSubmission s = read(new FormWorkbook(FORM).without("C02"));

    assertThat(issues(s, Rule.FIELD_MISSING)).singleElement().satisfies(i -> {
      assertThat(i.fieldCode()).isEqualTo("C02");
      assertThat(i.message()).contains("cột C");
    });
  }

  @Test
  void turnsBrokenFilesIntoRejectedSubmissions() {
    byte[] good = new FormWorkbook(FORM).bytes();
    ParsedSubmission empty = reader.read("a.xlsx", new byte[0], RECEIVED);
    ParsedSubmission truncated = reader.read("b.xlsx", Arrays.copyOf(good, good.length / 2), RECEIVED);
    ParsedSubmission text = reader.read("c.xlsx", "không phải Excel".getBytes(StandardCharsets.UTF_8), RECEIVED);

    for (ParsedSubmission s : List.of(empty, truncated, text)) {
      assertThat(s.accepted()).isFalse();
      assertThat(s.issues()).singleElement().satisfies(i -> {
        assertThat(i.rule()).isEqualTo(Rule.FILE_UNREADABLE);
        assertThat(i.message()).contains("gửi lại");
      });
    }
  }

  @Test
  void readsACsvOfTheFiguresSheet() {
    StringBuilder csv = new StringBuilder("\uFEFFBIỂU THỐNG KÊ\nMã đơn vị:,,DNO0001\nNăm học:,,2019-2020\n\nSTT,Nội dung,Mã,ĐVT,Tổng số,Trong đó nữ,Ghi chú\n");
    String[][] values = {{"A01", "40", "30"}, {"A02", "38", "28"}, {"B01", "5", "3"}, {"B02", "5", "3"}};
    int n = 1;
    for (var field : FORM.fields()) {
      String total = "0";
      String women = field.women() ? "0" : "";
      for (String[] v : values) {
        if (v[0].equals(field.code())) {
          total = v[1];
          women = v[2];
        }
      }
      if (field.type() == vn.cdgd.conf.FieldType.YES_NO) {
        total = field.onlyForOwnership() == null ? "Không" : "";
      }
      csv.append(n++).append(",\"").append(field.label().replace("\"", "\"\"")).append("\",").append(field.code())
          .append(',').append(field.unit()).append(',').append(total).append(',').append(women).append(",\n");
    }
    ParsedSubmission s = reader.read("don vi.csv", csv.toString().getBytes(StandardCharsets.UTF_8), RECEIVED);

    assertThat(s.issues()).isEmpty();
    assertThat(s.unitCode()).isEqualTo("DNO0001");
    assertThat(s.unitName()).isEqualTo("Công đoàn trường Tiểu học Nguyễn Du");
    assertThat(figure(s, "A02").total()).isEqualTo(38L);
  }
}
