package vn.cdgd.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * What one provincial union's part of a demo register is made of: its code, name and parent, the
 * province's name, its districts and the commune names its schools are named after. The Đắk Nông
 * demo is one shape; the national demo has one per province ({@link Provinces}).
 *
 * @param parent the national union's code, or empty when the province is the register's root
 * @param place how the province is named after an office ("tỉnh Bắc Kạn"), or null for the
 *     provincial demo's short forms ("Trung tâm GDNN-GDTX tỉnh", "Sở Giáo dục và Đào tạo")
 * @param districts every district the province may use, the provincial city first
 * @param numberedBeyond whether a province larger than its list gets "huyện số 9"…; otherwise the
 *     list is the most it has
 * @param seedKey a prefix that keeps the names of one province independent of the others'
 */
record ProvinceShape(
    String root,
    String rootName,
    String parent,
    String province,
    String place,
    List<DemoNames.District> districts,
    boolean numberedBeyond,
    List<String> communes,
    String seedKey) {

  /** The Đắk Nông demo: its eight districts, then numbered ones for larger synthetic provinces. */
  static final ProvinceShape DAK_NONG = new ProvinceShape(RegisterBuilder.ROOT,
      RegisterBuilder.ROOT_NAME, "", RegisterBuilder.PROVINCE, null, DemoNames.DISTRICTS, true,
      DemoNames.COMMUNES, "");

  /** About eight districts for 300 CĐCS, as in Đắk Nông; at least one. */
  List<DemoNames.District> districtsFor(int units) {
    int count = Math.max(1, (int) Math.round(units * 8.0 / RegisterBuilder.PROVINCE_UNITS));
    if (!numberedBeyond) {
      count = Math.min(count, districts.size());
    }
    List<DemoNames.District> chosen = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      chosen.add(
          i < districts.size()
              ? districts.get(i)
              : new DemoNames.District("số " + (i + 1), "khu vực", "K" + (i + 1), 0.125));
    }
    return chosen;
  }
}
