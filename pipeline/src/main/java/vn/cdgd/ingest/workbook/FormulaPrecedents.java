package vn.cdgd.ingest.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFEvaluationWorkbook;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.formula.EvaluationCell;
import org.apache.poi.ss.formula.EvaluationSheet;
import org.apache.poi.ss.formula.EvaluationWorkbook;
import org.apache.poi.ss.formula.ExternSheetReferenceToken;
import org.apache.poi.ss.formula.ptg.Area3DPxg;
import org.apache.poi.ss.formula.ptg.AreaPtgBase;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Pxg;
import org.apache.poi.ss.formula.ptg.Ref3DPxg;
import org.apache.poi.ss.formula.ptg.RefPtgBase;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The formula cells a formula refers to, in this workbook: plain and 3-D cell references and areas
 * (areas clipped to the rows the sheet has). Names, external workbooks and functions such as
 * INDIRECT are not followed; the evaluator still resolves them when it computes the cell.
 */
final class FormulaPrecedents {
  private final Workbook workbook;
  private final EvaluationWorkbook book;

  private FormulaPrecedents(Workbook workbook, EvaluationWorkbook book) {
    this.workbook = workbook;
    this.book = book;
  }

  /** Null for a workbook type whose formulas cannot be listed this way. */
  static FormulaPrecedents of(Workbook workbook) {
    if (workbook instanceof XSSFWorkbook xssf) {
      return new FormulaPrecedents(workbook, XSSFEvaluationWorkbook.create(xssf));
    }
    if (workbook instanceof HSSFWorkbook hssf) {
      return new FormulaPrecedents(workbook, HSSFEvaluationWorkbook.create(hssf));
    }
    return null;
  }

  List<Cell> of(Cell cell) {
    int sheetIndex = workbook.getSheetIndex(cell.getSheet());
    EvaluationSheet sheet = book.getSheet(sheetIndex);
    EvaluationCell evaluationCell = sheet.getCell(cell.getRowIndex(), cell.getColumnIndex());
    if (evaluationCell == null) {
      return List.of();
    }
    List<Cell> formulas = new ArrayList<>();
    for (Ptg token : book.getFormulaTokens(evaluationCell)) {
      if (token instanceof Pxg pxg && pxg.getExternalWorkbookNumber() > 0) {
        continue;
      }
      if (token instanceof Ref3DPxg ref) {
        addArea(formulas, workbook.getSheet(ref.getSheetName()), ref.getRow(), ref.getColumn(),
            ref.getRow(), ref.getColumn());
      } else if (token instanceof Area3DPxg area) {
        addArea(formulas, workbook.getSheet(area.getSheetName()), area.getFirstRow(),
            area.getFirstColumn(), area.getLastRow(), area.getLastColumn());
      } else if (token instanceof RefPtgBase ref) {
        addArea(formulas, sheetOf(token, cell.getSheet()), ref.getRow(), ref.getColumn(),
            ref.getRow(), ref.getColumn());
      } else if (token instanceof AreaPtgBase area) {
        addArea(formulas, sheetOf(token, cell.getSheet()), area.getFirstRow(),
            area.getFirstColumn(), area.getLastRow(), area.getLastColumn());
      }
    }
    return formulas;
  }

  /** The sheet a reference points to: an .xls 3-D reference names it by its extern index. */
  private Sheet sheetOf(Ptg token, Sheet own) {
    if (token instanceof ExternSheetReferenceToken extern) {
      int index = book.convertFromExternSheetIndex(extern.getExternSheetIndex());
      return index < 0 || index >= workbook.getNumberOfSheets() ? null : workbook.getSheetAt(index);
    }
    return own;
  }

  private static void addArea(
      List<Cell> formulas, Sheet sheet, int firstRow, int firstColumn, int lastRow, int lastColumn) {
    if (sheet == null) {
      return;
    }
    int top = Math.max(Math.min(firstRow, lastRow), sheet.getFirstRowNum());
    int bottom = Math.min(Math.max(firstRow, lastRow), sheet.getLastRowNum());
    for (int r = top; r <= bottom; r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      int left = Math.max(Math.min(firstColumn, lastColumn), Math.max(0, row.getFirstCellNum()));
      int right = Math.min(Math.max(firstColumn, lastColumn), row.getLastCellNum() - 1);
      for (int c = left; c <= right; c++) {
        Cell cell = row.getCell(c);
        if (cell != null && cell.getCellType() == CellType.FORMULA) {
          formulas.add(cell);
        }
      }
    }
  }
}
