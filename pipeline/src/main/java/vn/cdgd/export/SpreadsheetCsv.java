package vn.cdgd.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A CSV that people open in Excel or LibreOffice (the error report, the conversion report): UTF-8
 * with a byte-order mark so Excel reads Vietnamese, every field quoted, "\n" line ends, and every
 * text a spreadsheet would take for a formula written as text.
 *
 * <p>Values come from schools' workbooks and file names, so {@code =HYPERLINK(…)} in a cell or a
 * file named {@code =1+2 ten tep.xlsx} must not become a live formula on the union's machine. As
 * OWASP's CSV injection guidance says, a field that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return gets a leading apostrophe, which spreadsheets show and do
 * not evaluate. That includes {@code -5}: every column of these reports is text as typed, and a
 * number that reads "'-5" is still read right by a person. CSVs for programs ({@code cdgd sql
 * --csv}, the data folder's registers) are raw data and are not escaped.
 */
public final class SpreadsheetCsv {
  private SpreadsheetCsv() {}

  /** A printer over a new file whose first record is {@code header}; the caller closes it. */
  public static CSVPrinter create(Path file, String... header) throws IOException {
    Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    try {
      writer.write('\uFEFF');
      CSVFormat format = CSVFormat.RFC4180.builder()
          .setRecordSeparator("\n")
          .setQuoteMode(QuoteMode.ALL)
          .setHeader(header)
          .get();
      return new CSVPrinter(writer, format);
    } catch (IOException | RuntimeException e) {
      writer.close();
      throw e;
    }
  }

  /** Prints one record, each value as text a spreadsheet will not evaluate. */
  public static void printRecord(CSVPrinter printer, Iterable<String> values) throws IOException {
    for (String value : values) {
      printer.print(text(value));
    }
    printer.println();
  }

  /** {@code value}, with a leading apostrophe when a spreadsheet would evaluate it; null as "". */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return startsLikeAFormula(value) ? "'" + value : value;
  }

  static boolean startsLikeAFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  }
}
