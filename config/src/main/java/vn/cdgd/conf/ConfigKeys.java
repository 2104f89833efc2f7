package vn.cdgd.conf;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dotted keys a conf/ file class binds ({@code spark.files_per_task}) and the keys a YAML text
 * sets: the mapping tests compare the two, so a key added to a class without a test line fails.
 */
public final class ConfigKeys {
  private ConfigKeys() {}

  /** Every leaf key {@code type} binds; groups of keys (nested cdgd classes) are walked into. */
  public static Set<String> bound(Class<?> type) {
    Set<String> keys = new TreeSet<>();
    collect(ConfigBinding.mapper(), ConfigBinding.mapper().constructType(type), "", keys);
    return keys;
  }

  /** Every leaf key a YAML text sets (lists and their items count as one leaf). */
  public static Set<String> set(String yaml) {
    try {
      Set<String> keys = new TreeSet<>();
      leaves(ConfigBinding.mapper().readTree(yaml), "", keys);
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Set<String> set(Path file) {
    try {
      return set(java.nio.file.Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(ObjectMapper mapper, JavaType type, String prefix, Set<String> keys) {
    for (BeanPropertyDefinition property :
        mapper.getDeserializationConfig().introspect(type).findProperties()) {
      String key = prefix + property.getName();
      JavaType propertyType = property.getPrimaryType();
      if (isGroup(propertyType)) {
        collect(mapper, propertyType, key + ".", keys);
      } else {
        keys.add(key);
      }
    }
  }

  private static boolean isGroup(JavaType type) {
    Class<?> raw = type.getRawClass();
    return raw.getName().startsWith("vn.cdgd.") && !raw.isEnum() && !type.isContainerType();
  }

  private static void leaves(JsonNode node, String prefix, Set<String> keys) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getValue().isObject()) {
        leaves(field.getValue(), prefix + field.getKey() + ".", keys);
      } else {
        keys.add(prefix + field.getKey());
      }
    }
  }
}
