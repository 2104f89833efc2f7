package vn.cdgd.conf;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Reads the form definition (YAML) and checks that it is coherent before anything uses it. */
public final class FormLoader {

  private FormLoader() {}

  public static FormDefinition load(Path file) {
    return validate(ConfigBinding.bind(file, FormDefinition.class), file.toString());
  }

  static FormDefinition validate(FormDefinition form, String source) {
    Set<String> codes = new HashSet<>();
    for (FieldDefinition field : form.fields()) {
      if (field.code() == null || field.type() == null || field.label() == null) {
        throw new ConfigException("Tệp " + source + ", khóa fields: mỗi trường cần code, label và type."
            + " Hãy bổ sung khóa còn thiếu cho trường " + field.code() + ".");
      }
      if (!codes.add(field.code())) {
        throw new ConfigException("Tệp " + source + ", khóa fields: mã " + field.code()
            + " xuất hiện hai lần. Hãy đổi mã hoặc xóa một trong hai trường.");
      }
    }
    for (Comparison comparison : form.comparisons()) {
      for (String operand : new String[] {comparison.left(), comparison.right()}) {
        String code = Comparison.fieldOf(operand);
        if (!codes.contains(code)) {
          throw new ConfigException("Tệp " + source + ", khóa comparisons: " + operand
              + " không phải mã trường nào trong fields. Hãy sửa mã trong phép so sánh.");
        }
        if (Comparison.isWomen(operand) && !form.field(code).orElseThrow().women()) {
          throw new ConfigException("Tệp " + source + ", khóa comparisons: trường " + code
              + " không có giá trị nữ (women: false). Hãy bỏ .women hoặc đặt women: true cho trường này.");
        }
      }
    }
    for (String key :
        new String[] {
          FormDefinition.FIGURES, FormDefinition.AWARDS, FormDefinition.OFFICERS
        }) {
      form.sheet(key);
    }
    return form;
  }
}
