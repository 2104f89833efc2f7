package vn.cdgd.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A Word document on A4 in Times New Roman, with the few kinds of paragraph and table an
 * administrative report needs, written through Apache POI XWPF. Sizes are in points, lengths in
 * twentieths of a point (twips: 567 to the centimetre), as Word stores them.
 */
final class WordDocument {
  static final String FONT = "Times New Roman";
  /** A4 in twips (210 × 297 mm). */
  static final int PAGE_WIDTH = 11906;
  static final int PAGE_HEIGHT = 16838;
  /** Nghị định 30/2020, Phụ lục I: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm. */
  static final int MARGIN_TOP = 1134;
  static final int MARGIN_BOTTOM = 1134;
  static final int MARGIN_LEFT = 1701;
  static final int MARGIN_RIGHT = 851;
  /** The width between the margins, which the tables fill. */
  static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
  /** The body's first-line indent, 1.27 cm. */
  static final int FIRST_LINE_INDENT = 720;
  static final double BODY_SIZE = 14;
  static final double TABLE_SIZE = 13;
  /** Placeholders are highlighted, so the union sees at a glance what is still to write. */
  static final String PLACEHOLDER_HIGHLIGHT = "yellow";

  final XWPFDocument document = new XWPFDocument();

  WordDocument() {
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    XWPFStyles styles = document.createStyles();
    styles.setDefaultFonts(fonts);
    // What the union types into a new paragraph comes out in the body's size, marked Vietnamese
    // for the spelling check.
    CTRPr defaults = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
    defaults.addNewSz().setVal(BigInteger.valueOf(Math.round(BODY_SIZE * 2)));
    defaults.addNewLang().setVal("vi-VN");
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN_TOP));
    margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    margins.setHeader(BigInteger.valueOf(567));
    margins.setFooter(BigInteger.valueOf(567));
    margins.setGutter(BigInteger.ZERO);
    pageNumbersFromPageTwo(section);
  }

  /** Nghị định 30: the page number in the middle of the top margin, not on the first page. */
  private void pageNumbersFromPageTwo(CTSectPr section) {
    section.addNewTitlePg();
    document.createHeader(HeaderFooterType.FIRST);
    XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph paragraph = header.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    XWPFRun run = paragraph.createRun();
    style(run, BODY_SIZE);
    run.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    XWPFRun instruction = paragraph.createRun();
    style(instruction, BODY_SIZE);
    instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
    XWPFRun end = paragraph.createRun();
    style(end, BODY_SIZE);
    end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  /** A paragraph of the body: justified, first line indented, 6 pt after, lines at 1.15. */
  XWPFParagraph body(String text) {
    XWPFParagraph paragraph = bodyParagraph();
    text(paragraph, text, BODY_SIZE);
    return paragraph;
  }

  /**
   * A paragraph for the union to write: its hint in brackets, italic and highlighted. Word keeps it
   * an ordinary paragraph, so typing over it keeps the body's format.
   */
  XWPFParagraph placeholder(String hint) {
    XWPFParagraph paragraph = bodyParagraph();
    XWPFRun run = text(paragraph, "[" + hint + "]", BODY_SIZE);
    run.setItalic(true);
    run.setTextHighlightColor(PLACEHOLDER_HIGHLIGHT);
    return paragraph;
  }

  /** A heading of the body (I., 1.): bold, left-aligned with the body's indent. */
  XWPFParagraph heading(String text) {
    XWPFParagraph paragraph = bodyParagraph();
    paragraph.setSpacingBefore(120);
    text(paragraph, text, BODY_SIZE).setBold(true);
    return paragraph;
  }

  /** A centred line, such as a title or an annex caption. */
  XWPFParagraph centred(String text, double size, boolean bold) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    paragraph.setSpacingAfter(0);
    XWPFRun run = text(paragraph, text, size);
    run.setBold(bold);
    return paragraph;
  }

  void pageBreak() {
    XWPFRun run = document.createParagraph().createRun();
    style(run, BODY_SIZE);
    run.addBreak(BreakType.PAGE);
  }

  /**
   * A bordered table, its first row the bold header; {@code widths} are relative and fill the text
   * width; {@code numeric} marks the columns aligned right.
   */
  XWPFTable table(List<String> header, List<List<String>> rows, int[] relativeWidths, boolean[] numeric) {
    XWPFTable table = document.createTable(rows.size() + 1, header.size());
    // Half-point lines (sz in eighths of a point): without a size some readers draw none.
    table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    int[] widths = fixedColumns(table, relativeWidths);
    fill(table.getRow(0), header, widths, null, true);
    table.getRow(0).setRepeatHeader(true);
    for (int r = 0; r < rows.size(); r++) {
      fill(table.getRow(r + 1), rows.get(r), widths, numeric, false);
    }
    return table;
  }

  /** A table without borders for side-by-side blocks (the header, the signature). */
  XWPFTable layout(int rows, int[] relativeWidths) {
    XWPFTable table = document.createTable(rows, relativeWidths.length);
    table.removeBorders();
    int[] widths = fixedColumns(table, relativeWidths);
    for (XWPFTableRow row : table.getRows()) {
      for (int c = 0; c < widths.length; c++) {
        row.getCell(c).setWidth(String.valueOf(widths[c]));
      }
    }
    return table;
  }

  /** A line of a layout cell, replacing the cell's empty first paragraph the first time. */
  static XWPFRun line(XWPFTableCell cell, String text, double size, ParagraphAlignment alignment) {
    XWPFParagraph paragraph = cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
        ? cell.getParagraphs().get(0) : cell.addParagraph();
    paragraph.setAlignment(alignment);
    paragraph.setSpacingAfter(0);
    paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    return text(paragraph, text, size);
  }

  /**
   * A short rule under a line of a layout cell, as the issuing body and the title carry: an empty
   * paragraph with a bottom border, indented so the rule is {@code fraction} of the cell wide.
   */
  static void rule(XWPFParagraph paragraph, int width, double fraction) {
    int indent = (int) Math.round(width * (1 - fraction) / 2);
    paragraph.setIndentationLeft(indent);
    paragraph.setIndentationRight(indent);
    paragraph.setBorderBottom(Borders.SINGLE);
    CTBorder line = paragraph.getCTP().getPPr().getPBdr().getBottom();
    line.setSz(BigInteger.valueOf(6));
    line.setColor("000000");
    paragraph.setSpacingAfter(0);
    paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    XWPFRun run = paragraph.createRun();
    style(run, 4);
  }

  /** Writes the document beside {@code file} and moves it in place (the folder may be on HDFS). */
  void write(Path file) {
    Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(partial)) {
        document.write(out);
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Word document " + file, e);
    } finally {
      try {
        document.close();
      } catch (IOException e) {
        // Closing an in-memory document frees nothing that matters.
      }
    }
  }

  private XWPFParagraph bodyParagraph() {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.BOTH);
    paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
    paragraph.setSpacingAfter(120);
    paragraph.setSpacingBetween(1.15, LineSpacingRule.AUTO);
    return paragraph;
  }

  private static void fill(XWPFTableRow row, List<String> values, int[] widths, boolean[] numeric, boolean header) {
    for (int c = 0; c < values.size(); c++) {
      XWPFTableCell cell = row.getCell(c);
      cell.setWidth(String.valueOf(widths[c]));
      cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
      ParagraphAlignment alignment = header ? ParagraphAlignment.CENTER
          : numeric != null && numeric[c] ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT;
      line(cell, values.get(c) == null ? "" : values.get(c), TABLE_SIZE, alignment).setBold(header);
    }
  }

  /** Every run of a table row in bold, for section and total rows. */
  static void bold(XWPFTableRow row) {
    row.getTableCells().forEach(cell -> cell.getParagraphs()
        .forEach(paragraph -> paragraph.getRuns().forEach(run -> run.setBold(true))));
  }

  /** Fixed widths in twips, scaled from {@code relative} to the text width. */
  private static int[] fixedColumns(XWPFTable table, int[] relative) {
    int sum = java.util.Arrays.stream(relative).sum();
    int[] widths = new int[relative.length];
    for (int c = 0; c < relative.length; c++) {
      widths[c] = (int) Math.round((double) TEXT_WIDTH * relative[c] / sum);
    }
    table.setWidth(String.valueOf(TEXT_WIDTH));
    table.setTableAlignment(TableRowAlign.CENTER);
    CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout()
        ? table.getCTTbl().getTblPr().getTblLayout() : table.getCTTbl().getTblPr().addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int width : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    return widths;
  }

  static XWPFRun text(XWPFParagraph paragraph, String text, double size) {
    XWPFRun run = paragraph.createRun();
    style(run, size);
    run.setText(text);
    return run;
  }

  private static void style(XWPFRun run, double size) {
    run.setFontFamily(FONT);
    run.setFontSize(size);
  }
}
