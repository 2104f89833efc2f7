package vn.cdgd.conf;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Reads the form definition (YAML) and checks that it is coherent before anything uses it. */
public final class FormLoader {

  private FormLoader() {}

  static ObjectMapper yamlMapper() {
    return JsonMapper.builder(new YAMLFactory())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .build();
  }

  public static FormDefinition load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("Không tìm thấy tệp biểu mẫu " + file + ".");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return validate(yamlMapper().readValue(in, FormDefinition.class), file.toString());
    } catch (IOException e) {
      throw new ConfigException(
          "Tệp biểu mẫu " + file + " không đọc được: " + e.getMessage(), e);
    }
  }

  static FormDefinition validate(FormDefinition form, String source) {
    Set<String> codes = new HashSet<>();
    for (FieldDefinition field : form.fields()) {
      if (field.code() == null || field.type() == null || field.label() == null) {
        throw new ConfigException(source + ": every field needs code, label and type.");
      }
      if (!codes.add(field.code())) {
        throw new ConfigException(source + ": field " + field.code() + " is listed twice.");
      }
    }
    for (Comparison comparison : form.comparisons()) {
      for (String operand : new String[] {comparison.left(), comparison.right()}) {
        String code = Comparison.fieldOf(operand);
        if (!codes.contains(code)) {
          throw new ConfigException(source + ": comparison names unknown field " + operand + ".");
        }
        if (Comparison.isWomen(operand) && !form.field(code).orElseThrow().women()) {
          throw new ConfigException(source + ": field " + code + " has no women value.");
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
