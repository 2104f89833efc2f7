package vn.cdgd.ingest.workbook;

import java.util.List;
import java.util.NavigableMap;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.EvaluationCell;
import org.apache.poi.ss.formula.EvaluationName;
import org.apache.poi.ss.formula.EvaluationSheet;
import org.apache.poi.ss.formula.EvaluationWorkbook;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaParsingWorkbook;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.SheetIdentifier;
import org.apache.poi.ss.formula.ptg.Area3DPxg;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.NameXPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Ref3DPxg;
import org.apache.poi.ss.formula.udf.AggregatingUDFFinder;
import org.apache.poi.ss.formula.udf.UDFFinder;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Table;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The streamed sheets seen as POI's formula machinery sees a workbook: its {@link FormulaParser}
 * parses each formula against this, and its {@code WorkbookEvaluator} reads cells through this,
 * exactly as both do over an {@code XSSFWorkbook} ({@code BaseXSSFEvaluationWorkbook}: sheet
 * names compared without case, a 3-D reference kept by sheet name, the 2007 grid), but without
 * loading the user model. Only the {@link FormulaSubset} parses: names, tables and other workbooks
 * are not carried here, so a formula naming one throws and the file goes to the user model.
 */
final class StreamedWorkbook implements EvaluationWorkbook, FormulaParsingWorkbook {
  private final List<XlsxSheet> sheets;
  private final Sheet[] views;
  private final AggregatingUDFFinder noFunctions = new AggregatingUDFFinder();

  StreamedWorkbook(List<XlsxSheet> sheets) {
    this.sheets = sheets;
    this.views = new Sheet[sheets.size()];
    for (int i = 0; i < views.length; i++) {
      views[i] = new Sheet(i);
    }
  }

  /** The cell to evaluate at a place (null for none). */
  EvaluationCell cell(int sheet, int row, int column) {
    return views[sheet].getCell(row, column);
  }

  // ---- EvaluationWorkbook

  @Override
  public String getSheetName(int sheetIndex) {
    return sheets.get(sheetIndex).name();
  }

  @Override
  public int getSheetIndex(EvaluationSheet sheet) {
    return sheet instanceof Sheet view && views[view.index] == view ? view.index : -1;
  }

  /** As {@code XSSFWorkbook.getSheetIndex(String)}: the first sheet so named, case aside. */
  @Override
  public int getSheetIndex(String sheetName) {
    for (int i = 0; i < sheets.size(); i++) {
      if (sheets.get(i).name().equalsIgnoreCase(sheetName)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public EvaluationSheet getSheet(int sheetIndex) {
    return views[sheetIndex];
  }

  @Override
  public ExternalSheet getExternalSheet(int externSheetIndex) {
    throw new FormulaSubset.Outside("an HSSF-style external sheet");
  }

  /** As XSSF: a sheet of this workbook by name (a 3-D reference names its sheet this way). */
  @Override
  public ExternalSheet getExternalSheet(String firstSheetName, String lastSheetName, int externalWorkbookNumber) {
    if (externalWorkbookNumber > 0 || (lastSheetName != null && !firstSheetName.equals(lastSheetName))) {
      throw new FormulaSubset.Outside("another workbook's sheet or a range of sheets");
    }
    return new ExternalSheet(null, firstSheetName);
  }

  @Override
  public int convertFromExternSheetIndex(int externSheetIndex) {
    return externSheetIndex;
  }

  @Override
  public ExternalName getExternalName(int externSheetIndex, int externNameIndex) {
    throw new FormulaSubset.Outside("an external name");
  }

  @Override
  public ExternalName getExternalName(String nameName, String sheetName, int externalWorkbookNumber) {
    throw new FormulaSubset.Outside("an external name");
  }

  @Override
  public EvaluationName getName(NamePtg namePtg) {
    throw new FormulaSubset.Outside("a defined name");
  }

  @Override
  public String resolveNameXText(NameXPtg ptg) {
    throw new FormulaSubset.Outside("an external name");
  }

  /** As {@code XSSFEvaluationWorkbook}: the formula parsed for its own sheet and row, then checked. */
  @Override
  public Ptg[] getFormulaTokens(EvaluationCell cell) {
    Cell streamed = (Cell) cell;
    return FormulaSubset.check(FormulaParser.parse(
        streamed.cell.formula(), this, FormulaType.CELL, streamed.sheet.index, streamed.cell.row()));
  }

  @Override
  public UDFFinder getUDFFinder() {
    return noFunctions;
  }

  @Override
  public SpreadsheetVersion getSpreadsheetVersion() {
    return SpreadsheetVersion.EXCEL2007;
  }

  @Override
  public void clearAllCachedResultValues() {
    // nothing cached here
  }

  // ---- FormulaParsingWorkbook

  /** No defined names are carried: the parser then refuses the formula. */
  @Override
  public EvaluationName getName(String name, int sheetIndex) {
    return null;
  }

  @Override
  public Name createName() {
    throw new FormulaSubset.Outside("a name to create");
  }

  @Override
  public Table getTable(String name) {
    return null;
  }

  @Override
  public Ptg getNameXPtg(String name, SheetIdentifier sheet) {
    return null;
  }

  @Override
  public Ptg get3DReferencePtg(CellReference cell, SheetIdentifier sheet) {
    if (sheet.getBookName() != null) {
      throw new FormulaSubset.Outside("another workbook");
    }
    return new Ref3DPxg(sheet, cell);
  }

  @Override
  public Ptg get3DReferencePtg(AreaReference area, SheetIdentifier sheet) {
    if (sheet.getBookName() != null) {
      throw new FormulaSubset.Outside("another workbook");
    }
    return new Area3DPxg(sheet, area);
  }

  @Override
  public int getExternalSheetIndex(String sheetName) {
    return getSheetIndex(sheetName);
  }

  @Override
  public int getExternalSheetIndex(String workbookName, String sheetName) {
    throw new FormulaSubset.Outside("another workbook");
  }

  /** One streamed sheet. */
  private final class Sheet implements EvaluationSheet {
    private final int index;

    Sheet(int index) {
      this.index = index;
    }

    @Override
    public EvaluationCell getCell(int rowIndex, int columnIndex) {
      NavigableMap<Integer, GridCell> row = sheets.get(index).rows().get(rowIndex);
      GridCell cell = row == null ? null : row.get(columnIndex);
      return cell == null ? null : new Cell(this, cell);
    }

    @Override
    public void clearAllCachedResultValues() {
      // nothing cached here
    }

    /** As {@code XSSFSheet.getLastRowNum}: the last row read, cells or not; -1 for none. */
    @Override
    public int getLastRowNum() {
      NavigableMap<Integer, NavigableMap<Integer, GridCell>> rows = sheets.get(index).rows();
      return rows.isEmpty() ? -1 : rows.lastKey();
    }

    @Override
    public boolean isRowHidden(int rowIndex) {
      throw new FormulaSubset.Outside("hidden rows");
    }
  }

  /** Where a formula cell is: POI caches formula results by this key. */
  private record Place(int sheet, int row, int column) {}

  /** One streamed cell: a formula (computed from its text) or the value it holds. */
  private final class Cell implements EvaluationCell {
    private final Sheet sheet;
    private final GridCell cell;

    Cell(Sheet sheet, GridCell cell) {
      this.sheet = sheet;
      this.cell = cell;
    }

    @Override
    public Object getIdentityKey() {
      return new Place(sheet.index, cell.row(), cell.column());
    }

    @Override
    public EvaluationSheet getSheet() {
      return sheet;
    }

    @Override
    public int getRowIndex() {
      return cell.row();
    }

    @Override
    public int getColumnIndex() {
      return cell.column();
    }

    @Override
    public CellType getCellType() {
      if (cell.formula() != null) {
        return CellType.FORMULA;
      }
      return switch (cell.kind()) {
        case NUMBER -> CellType.NUMERIC;
        case TEXT -> CellType.STRING;
        case BOOLEAN -> CellType.BOOLEAN;
        case ERROR -> CellType.ERROR;
      };
    }

    @Override
    public double getNumericCellValue() {
      return cell.number();
    }

    /** The text as the file stored it, before any legacy-font decoding, as POI gives it. */
    @Override
    public String getStringCellValue() {
      return cell.rawText();
    }

    @Override
    public boolean getBooleanCellValue() {
      return "TRUE".equals(cell.text());
    }

    @Override
    public int getErrorCellValue() {
      String code = sheets.get(sheet.index).errorCodes().get(XlsxSheet.key(cell.row(), cell.column()));
      if (code == null) {
        throw new FormulaSubset.Outside("an error cell without its code");
      }
      // An unknown code throws, and the user model words the file's problem.
      return FormulaError.forString(code).getCode();
    }

    @Override
    public CellRangeAddress getArrayFormulaRange() {
      throw new FormulaSubset.Outside("an array formula");
    }

    @Override
    public boolean isPartOfArrayFormulaGroup() {
      return false;
    }

    @Override
    public CellType getCachedFormulaResultType() {
      throw new FormulaSubset.Outside("a cached result");
    }
  }
}
