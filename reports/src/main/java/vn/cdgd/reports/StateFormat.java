package vn.cdgd.reports;

import vn.cdgd.conf.ReportSettings;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * The frame of an administrative document in Word, as Nghị định 30/2020/NĐ-CP (Phụ lục I, mẫu
 * 1.1) lays it out and the printed reports do: the upper body and issuing union with the number
 * line on the left, the national name and motto with the place and date on the right; the title;
 * and after the body, "Nơi nhận" beside the signature block. Every text comes from
 * conf/reports.yaml through {@link ReportSettings}; the sizes are the decree's.
 */
final class StateFormat {
  static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
  /** The header's columns: the issuing side is the narrower one. */
  private static final int[] HEADER_COLUMNS = {42, 58};
  private static final int[] CLOSING_COLUMNS = {50, 50};

  private StateFormat() {}

  static void letterhead(WordDocument word, ReportSettings settings, LocalDate date) {
    XWPFTable table = word.layout(2, HEADER_COLUMNS);
    XWPFTableCell issuer = table.getRow(0).getCell(0);
    if (!settings.upperBody().isBlank()) {
      WordDocument.line(issuer, settings.upperBody(), 13, ParagraphAlignment.CENTER);
    }
    WordDocument.line(issuer, settings.issuingBody(), 13, ParagraphAlignment.CENTER).setBold(true);
    WordDocument.rule(issuer.addParagraph(), width(HEADER_COLUMNS, 0), 0.35);
    XWPFTableCell nation = table.getRow(0).getCell(1);
    WordDocument.line(nation, NATIONAL_NAME, 13, ParagraphAlignment.CENTER).setBold(true);
    var motto = WordDocument.line(nation, MOTTO, 14, ParagraphAlignment.CENTER);
    motto.setBold(true);
    motto.setUnderline(UnderlinePatterns.SINGLE);
    WordDocument.line(table.getRow(1).getCell(0), settings.numberLine(), 13, ParagraphAlignment.CENTER);
    WordDocument.line(table.getRow(1).getCell(1), DocumentText.placeDate(settings, date), 14, ParagraphAlignment.CENTER)
        .setItalic(true);
    for (int column = 0; column < 2; column++) {
      table.getRow(1).getCell(column).getParagraphs().get(0).setSpacingBefore(120);
    }
  }

  /** The kind of document ("BÁO CÁO") and what it is about, centred and bold, a short rule under. */
  static void title(WordDocument word, String kind, String subject) {
    word.centred("", WordDocument.BODY_SIZE, false).setSpacingBefore(240);
    word.centred(kind, WordDocument.BODY_SIZE, true);
    word.centred(subject, WordDocument.BODY_SIZE, true);
    XWPFParagraph rule = word.document.createParagraph();
    WordDocument.rule(rule, WordDocument.TEXT_WIDTH, 0.2);
    rule.setSpacingAfter(240);
  }

  /** "Nơi nhận" (bold italic 12 pt, the list in 11 pt) beside the signature block (bold 14 pt). */
  static void closing(WordDocument word, ReportSettings settings) {
    word.centred("", WordDocument.BODY_SIZE, false);
    XWPFTable table = word.layout(1, CLOSING_COLUMNS);
    XWPFTableCell recipients = table.getRow(0).getCell(0);
    var heading = WordDocument.line(recipients, "Nơi nhận:", 12, ParagraphAlignment.LEFT);
    heading.setBold(true);
    heading.setItalic(true);
    for (String recipient : settings.recipients()) {
      WordDocument.line(recipients, recipient, 11, ParagraphAlignment.LEFT);
    }
    XWPFTableCell signature = table.getRow(0).getCell(1);
    WordDocument.line(signature, settings.signatoryMandate(), WordDocument.BODY_SIZE, ParagraphAlignment.CENTER).setBold(true);
    WordDocument.line(signature, settings.signatoryTitle(), WordDocument.BODY_SIZE, ParagraphAlignment.CENTER).setBold(true);
    for (int i = 0; i < 4; i++) {
      // The room for the signature and the seal.
      WordDocument.line(signature, "", WordDocument.BODY_SIZE, ParagraphAlignment.CENTER);
    }
    WordDocument.line(signature, settings.signatoryName(), WordDocument.BODY_SIZE, ParagraphAlignment.CENTER).setBold(true);
  }

  private static int width(int[] relative, int column) {
    return WordDocument.TEXT_WIDTH * relative[column] / java.util.Arrays.stream(relative).sum();
  }
}
