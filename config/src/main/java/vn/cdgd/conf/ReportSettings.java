package vn.cdgd.conf;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The text of the printed reports that a union changes, read from {@code conf/reports.yaml}: the
 * bodies in the header, the place, the document code, the signatory and the "Nơi nhận" list. Bound
 * through {@link ConfigBinding} like every conf/ file, from {@link File}, whose fields hold the
 * keys and their defaults; the command line's {@code --date} overrides {@code report_date}.
 */
public record ReportSettings(
    String upperBody,
    String issuingBody,
    String documentCode,
    String place,
    String signatoryMandate,
    String signatoryTitle,
    String signatoryName,
    List<String> recipients,
    Optional<LocalDate> reportDate) {

  public ReportSettings {
    recipients = List.copyOf(recipients);
  }

  public static ReportSettings defaults() {
    return of(new File(), Path.of("conf/reports.yaml"));
  }

  /**
   * The settings in {@code file}, over the defaults; a missing file gives the defaults.
   *
   * @throws vn.cdgd.conf.ConfigException when the file cannot be read, holds an unknown key or a
   *     value of the wrong type, or a date that is not dd/MM/yyyy or ISO
   */
  public static ReportSettings load(Path file) {
    return of(ConfigBinding.bindOrDefault(file, File.class, File::new), file);
  }

  private static ReportSettings of(File f, Path file) {
    Optional<LocalDate> date = Optional.empty();
    if (f.reportDate != null && !f.reportDate.isBlank()) {
      date = Optional.of(readDate(f.reportDate).orElseThrow(() -> ConfigBinding.invalid(file, "report_date",
          "\"" + f.reportDate + "\" không phải là ngày",
          "Hãy ghi ngày dạng dd/MM/yyyy (ví dụ 06/10/2020), hoặc để trống để in ngày chạy")));
    }
    return new ReportSettings(f.upperBody, f.issuingBody, f.documentCode, f.place,
        f.signatory.mandate, f.signatory.title, f.signatory.name,
        f.recipients.isEmpty() ? new File().recipients : f.recipients, date);
  }

  /** A date as people write it (06/10/2020) or ISO (2020-10-06); empty when the text is neither. */
  public static Optional<LocalDate> readDate(String text) {
    String value = text.trim();
    try {
      if (value.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
        String[] parts = value.split("/");
        return Optional.of(
            LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0])));
      }
      return Optional.of(LocalDate.parse(value));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The document number line: the number itself is written by hand when the document is issued. */
  public String numberLine() {
    return "Số:        /" + documentCode;
  }

  /** The keys of conf/reports.yaml, each with its default. */
  static final class File {
    public String upperBody = "";
    public String issuingBody = "";
    public String documentCode = "BC";
    public String place = "";
    /** dd/MM/yyyy or ISO; empty: the day of the run. */
    public String reportDate = "";
    public Signatory signatory = new Signatory();
    public List<String> recipients = List.of("- Lưu: VT.");
  }

  static final class Signatory {
    public String mandate = "TM. BAN THƯỜNG VỤ";
    public String title = "CHỦ TỊCH";
    public String name = "";
  }
}
