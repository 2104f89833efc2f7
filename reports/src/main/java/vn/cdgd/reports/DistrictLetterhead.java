package vn.cdgd.reports;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cdgd.conf.ReportSettings;

/**
 * The header of a district's year-end report, derived from the provincial union's
 * {@code conf/reports.yaml}: the district union issues it (its name in capitals), the provincial
 * union is the upper body, the place is the district's locality. The province's signatory is not
 * the district's: the name is left blank for the district's chairman to sign and write.
 */
final class DistrictLetterhead {
  /** "Công đoàn Giáo dục huyện Đắk Mil" gives "Đắk Mil"; the locality follows the first of these words. */
  private static final Pattern LOCALITY = Pattern.compile("(?i)\\b(?:huyện|thị xã|thành phố|quận|thị trấn)\\s+(.+)$");

  private DistrictLetterhead() {}

  static ReportSettings of(ReportSettings province, String districtName) {
    String issuing = districtName.toUpperCase(VietnameseFormats.LOCALE);
    String upper = province.issuingBody().isBlank() ? province.upperBody() : province.issuingBody();
    List<String> recipients = List.of("- " + upper + " (b/c);", "- Các CĐCS trực thuộc;", "- Lưu: VT.");
    return new ReportSettings(upper, issuing, "BC-CĐGD", locality(districtName).orElse(province.place()),
        province.signatoryMandate(), province.signatoryTitle(), "", recipients, province.reportDate());
  }

  static Optional<String> locality(String unitName) {
    Matcher matcher = LOCALITY.matcher(unitName.strip());
    return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
  }
}
