package vn.cdgd.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * The text of a filled report, page by page, one line per row of elements (same top edge), the
 * elements of a row left to right and separated by " | ": what a reader sees, without PDF bytes.
 */
final class PrintText {
  private PrintText() {}

  private record Piece(int y, int x, String text) {}

  static String of(JasperPrint print) {
    StringBuilder out = new StringBuilder();
    int number = 0;
    for (JRPrintPage page : print.getPages()) {
      out.append("=== trang ").append(++number).append(" ===\n");
      List<Piece> pieces = new ArrayList<>();
      collect(page.getElements(), 0, 0, pieces);
      pieces.sort(Comparator.comparingInt(Piece::y).thenComparingInt(Piece::x));
      Integer row = null;
      StringBuilder line = new StringBuilder();
      for (Piece piece : pieces) {
        if (row != null && piece.y() != row) {
          out.append(line).append('\n');
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(" | ");
        }
        line.append(piece.text().replace('\n', '/'));
        row = piece.y();
      }
      if (line.length() > 0) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  private static void collect(List<JRPrintElement> elements, int dx, int dy, List<Piece> pieces) {
    for (JRPrintElement element : elements) {
      if (element instanceof JRPrintFrame frame) {
        collect(frame.getElements(), dx + frame.getX(), dy + frame.getY(), pieces);
      } else if (element instanceof JRPrintText text && text.getFullText() != null && !text.getFullText().isBlank()) {
        pieces.add(new Piece(dy + element.getY(), dx + element.getX(), text.getFullText()));
      }
    }
  }
}
