package vn.cdgd.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultFormatTest {
  private static final QueryResult AWARDS = new QueryResult(
      List.of(new QueryResult.Column("form", "VARCHAR"), new QueryResult.Column("n", "BIGINT"),
          new QueryResult.Column("rate", "DOUBLE"), new QueryResult.Column("amount", "DECIMAL(18,2)"),
          new QueryResult.Column("decided", "DATE")),
      List.of(
          Arrays.asList(Normalizer.normalize("Giấy khen", Normalizer.Form.NFD), 189L, 0.1 + 0.2,
              new BigDecimal("1500000.00"), LocalDate.of(2020, 10, 6)),
          Arrays.asList("Ghi chú \"dài\",\nhai dòng", null, Double.NaN, null, null)),
      true);

  @Test
  void tableKeepsEveryRowOnOneLine() {
    assertThat(write(ResultFormat.table(), AWARDS)).isEqualTo("""
        form                       n  rate      amount  decided
        -----------------------  ---  ----  ----------  ----------
        Giấy khen                189   0.3  1500000.00  2020-10-06
        Ghi chú "dài",↵hai dòng        NaN
        (2 dòng)
        """);
  }

  @Test
  void csvQuotesWhatNeedsQuoting() {
    assertThat(write(ResultFormat.csv(), AWARDS)).isEqualTo(
        "form,n,rate,amount,decided\r\n"
            + Normalizer.normalize("Giấy khen", Normalizer.Form.NFD) + ",189,0.3,1500000.00,2020-10-06\r\n"
            + "\"Ghi chú \"\"dài\"\",\nhai dòng\",,NaN,,\r\n");
  }

  @Test
  void jsonWritesNaNAsNull() {
    assertThat(write(ResultFormat.json(), AWARDS)).isEqualTo("[\n"
        + "  {\"form\":\"" + Normalizer.normalize("Giấy khen", Normalizer.Form.NFD)
        + "\",\"n\":189,\"rate\":0.3,\"amount\":1500000.00,\"decided\":\"2020-10-06\"},\n"
        + "  {\"form\":\"Ghi chú \\\"dài\\\",\\nhai dòng\",\"n\":null,\"rate\":null,\"amount\":null,"
        + "\"decided\":null}\n"
        + "]\n");
  }

  @Test
  void anEmptyResultIsAnEmptyArrayAndAHeaderOnlyTable() {
    QueryResult empty = new QueryResult(List.of(new QueryResult.Column("n", "INTEGER")), List.of(), true);
    assertThat(write(ResultFormat.json(), empty)).isEqualTo("[]\n");
    assertThat(write(ResultFormat.table(), empty)).isEqualTo("n\n-\n(0 dòng)\n");
  }

  private static String write(ResultFormat format, QueryResult result) {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      format.write(result, out);
    }
    return text.toString();
  }
}
