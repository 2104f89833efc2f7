package vn.cdgd.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of the printed reports that a union changes, read from {@code conf/reports.yaml}: the
 * bodies in the header, the place, the document code, the signatory and the "Nơi nhận" list.
 * Precedence, lowest first: the defaults written here, the file, then the command line (the report
 * date, {@code --date}).
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
    return new ReportSettings("", "", "BC", "", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "",
        List.of("- Lưu: VT."), Optional.empty());
  }

  /**
   * The settings in {@code file}, over the defaults; a missing file gives the defaults.
   *
   * @throws ReportException when the file cannot be read or a date is not dd/MM/yyyy or ISO
   */
  public static ReportSettings load(Path file) {
    ReportSettings defaults = defaults();
    if (!Files.isRegularFile(file)) {
      return defaults;
    }
    JsonNode root;
    try {
      try (java.io.InputStream in = Files.newInputStream(file)) {
        root = new ObjectMapper(new YAMLFactory()).readTree(in);
      }
    } catch (IOException e) {
      throw new ReportException(ReportException.Kind.CONFIG,
          "Tệp cấu hình " + file + " không đọc được: " + e.getMessage());
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return defaults;
    }
    List<String> recipients = new ArrayList<>();
    root.at("/recipients").forEach(node -> recipients.add(node.asText()));
    String date = text(root, "/report_date", null);
    return new ReportSettings(
        text(root, "/upper_body", defaults.upperBody()),
        text(root, "/issuing_body", defaults.issuingBody()),
        text(root, "/document_code", defaults.documentCode()),
        text(root, "/place", defaults.place()),
        text(root, "/signatory/mandate", defaults.signatoryMandate()),
        text(root, "/signatory/title", defaults.signatoryTitle()),
        text(root, "/signatory/name", defaults.signatoryName()),
        recipients.isEmpty() ? defaults.recipients() : recipients,
        date == null || date.isBlank() ? Optional.empty() : Optional.of(parseDate(date, file + ": report_date")));
  }

  /** A date as people write it (06/10/2020) or ISO (2020-10-06). */
  public static LocalDate parseDate(String text, String where) {
    String value = text.trim();
    try {
      if (value.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
        String[] parts = value.split("/");
        return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
      }
      return LocalDate.parse(value);
    } catch (java.time.DateTimeException e) {
      throw new ReportException(ReportException.Kind.INPUT,
          where + ": \"" + text + "\" không phải là ngày (dạng dd/MM/yyyy, ví dụ 06/10/2020).");
    }
  }

  /** The document number line: the number itself is written by hand when the document is issued. */
  public String numberLine() {
    return "Số:        /" + documentCode;
  }

  private static String text(JsonNode root, String pointer, String fallback) {
    JsonNode node = root.at(pointer);
    return node.isMissingNode() || node.isNull() ? fallback : node.asText();
  }
}
