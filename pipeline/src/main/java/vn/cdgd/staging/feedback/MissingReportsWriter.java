package vn.cdgd.staging.feedback;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.cdgd.staging.MissingReports;

/**
 * The list of CĐCS without an accepted report as a workbook for the reminder calls: a title with
 * the school year and the deadline, then one row per unit under its district, in the order the
 * console prints them, filterable, fitting an A4 page's width.
 */
public final class MissingReportsWriter {
  static final String SHEET = "Chưa nộp báo cáo";
  static final List<String> HEADER =
      List.of("STT", "Đơn vị cấp trên", "Mã CĐCS", "Tên CĐCS", "Tình trạng", "Tệp gửi gần nhất", "Ghi chú gọi điện");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

  private MissingReportsWriter() {}

  /** The file name of a school year's list, beside the error report. */
  public static String fileName(MissingReports.Report report) {
    return "chua-nop-" + report.year().label() + ".xlsx";
  }

  public static void write(MissingReports.Report report, Path file) {
    SXSSFWorkbook workbook = Xlsx.newWorkbook();
    Xlsx.Styles styles = Xlsx.styles(workbook);
    Sheet sheet = workbook.createSheet(SHEET);
    Xlsx.widths(sheet, 5, 30, 12, 36, 22, 30, 24);
    Xlsx.text(sheet.createRow(0), 0,
        "DANH SÁCH CĐCS CHƯA CÓ BÁO CÁO ĐƯỢC TIẾP NHẬN, NĂM HỌC " + report.year().label(), styles.title());
    Xlsx.text(sheet.createRow(1), 0, "Hạn nộp: " + DAY.format(report.deadline()) + " — số liệu đến ngày "
        + DAY.format(report.today()) + ": " + report.missingCount() + "/" + report.expected() + " CĐCS chưa có báo cáo.",
        styles.bold());
    int headerRow = 3;
    Xlsx.headerRow(sheet, headerRow, HEADER, styles);
    sheet.createFreezePane(0, headerRow + 1);
    int rowIndex = headerRow + 1;
    int number = 1;
    for (MissingReports.District district : report.districts()) {
      for (MissingReports.MissingUnit unit : district.missing()) {
        Row row = sheet.createRow(rowIndex++);
        row.createCell(0).setCellValue(number++);
        Xlsx.text(row, 1, district.name(), null);
        Xlsx.text(row, 2, unit.code(), null);
        Xlsx.text(row, 3, unit.name(), null);
        boolean rejected = unit.reason() == MissingReports.Reason.ONLY_REJECTED;
        Xlsx.text(row, 4, unit.reason().words(), rejected ? styles.error() : null);
        Xlsx.text(row, 5, unit.lastFile(), null);
      }
    }
    sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, rowIndex - 1), 0, HEADER.size() - 1));
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, HEADER.size() - 1));
    Xlsx.write(workbook, file);
  }
}
