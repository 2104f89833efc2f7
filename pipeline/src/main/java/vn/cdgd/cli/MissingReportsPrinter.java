package vn.cdgd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.cdgd.staging.MissingReports;

/** Prints who has not reported yet, by district, as the console shows it after ingest and in status. */
final class MissingReportsPrinter {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

  private MissingReportsPrinter() {}

  /** One line: how many CĐCS have no accepted report, and the deadline. */
  static String headline(MissingReports.Report report) {
    return "Năm học " + report.year().label() + ": " + VietnameseNumbers.of(report.missingCount()) + "/"
        + VietnameseNumbers.of(report.expected()) + " CĐCS chưa có báo cáo được tiếp nhận (" + deadline(report) + ").";
  }

  /** The districts with their counts, and the units of each, at most {@link IngestSummary.LISTED} per district. */
  static void print(PrintWriter out, MissingReports.Report report, String whereAll) {
    out.println(headline(report));
    for (MissingReports.District district : report.districts()) {
      if (district.missing().isEmpty()) {
        continue;
      }
      out.println("  " + district.name() + ": " + VietnameseNumbers.of(district.missing().size()) + "/"
          + VietnameseNumbers.of(district.expected()) + " CĐCS");
      district.missing().stream().limit(IngestSummary.LISTED).forEach(unit -> out.println("    - " + unit.code() + " "
          + unit.name() + ": " + unit.reason().words() + (unit.lastFile() == null ? "" : " (tệp " + unit.lastFile() + ")")));
      if (district.missing().size() > IngestSummary.LISTED) {
        out.println("    … và " + VietnameseNumbers.of(district.missing().size() - IngestSummary.LISTED)
            + " CĐCS khác: danh sách đầy đủ trong " + whereAll);
      }
    }
    out.println("Danh sách để gọi nhắc (Excel): " + whereAll);
  }

  /** "còn 5 ngày đến hạn nộp 30/09/2020", "hôm nay là hạn nộp …", "đã quá hạn nộp … 3 ngày". */
  static String deadline(MissingReports.Report report) {
    long days = report.daysLeft();
    String date = DAY.format(report.deadline());
    if (days > 0) {
      return "còn " + VietnameseNumbers.of(days) + " ngày đến hạn nộp " + date;
    }
    if (days == 0) {
      return "hôm nay là hạn nộp " + date;
    }
    return "đã quá hạn nộp " + date + " " + VietnameseNumbers.of(-days) + " ngày";
  }

  static Path file(Path reportFolder, MissingReports.Report report) {
    return reportFolder.resolve(vn.cdgd.staging.feedback.MissingReportsWriter.fileName(report));
  }
}
