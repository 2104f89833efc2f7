package vn.cdgd.conf;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Binds one YAML file of a workspace's {@code conf/} to its typed class, the same way for every
 * file: keys in snake_case, an unknown key or a value of the wrong type rejected with a Vietnamese
 * message that names the file, the key, the line and the fix (the nearest known key for a typo).
 * The classes say their own defaults (field initialisers or compact constructors), so a key the
 * file leaves out keeps its default and an empty value ({@code key:}) counts as left out.
 */
public final class ConfigBinding {
  private static final ObjectMapper MAPPER = JsonMapper.builder(new YAMLFactory())
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
      // 1.5 for a whole number is a mistake to point at, not a value to truncate.
      .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false)
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SKIP))
      .addModule(new SimpleModule("cdgd-conf").addDeserializer(MonthDay.class, new MonthDays()))
      .build();

  private ConfigBinding() {}

  /** The one mapper of conf/ files, for the few readers that need Jackson itself. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The file bound to {@code type}; the file must exist. */
  public static <T> T bind(Path file, Class<T> type) {
    if (!Files.isRegularFile(file)) {
      throw missing(file);
    }
    return bindOrDefault(file, type, () -> {
      throw new ConfigException("Tệp cấu hình " + file + " trống. Hãy viết lại nội dung của tệp"
          + " (cdgd init <thư mục> viết các tệp mặc định vào conf/).", file.toString(), null, null);
    });
  }

  /** A conf file that a command needs and the workspace lacks. */
  public static ConfigException missing(Path file) {
    return new ConfigException("Không tìm thấy tệp cấu hình " + file
        + ". Hãy tạo lại tệp này (cdgd init <thư mục> viết các tệp mặc định vào conf/).",
        file.toString(), null, null);
  }

  /** The file bound to {@code type}, or {@code defaults} when the file is absent or empty. */
  public static <T> T bindOrDefault(Path file, Class<T> type, Supplier<T> defaults) {
    if (!Files.isRegularFile(file)) {
      return defaults.get();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ConfigException("Tệp cấu hình " + file + " không đọc được (" + e.getMessage()
          + "). Hãy kiểm tra quyền đọc tệp.", file.toString(), null, e);
    }
    try {
      JsonNode tree = MAPPER.readTree(bytes);
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        return defaults.get();
      }
      // Parsed again from the bytes rather than from the tree: only the text knows the lines.
      return MAPPER.readValue(bytes, type);
    } catch (ConfigException e) {
      throw e;
    } catch (IOException e) {
      throw explain(file, bytes, e);
    }
  }

  /**
   * A value that binds but cannot be used (a limit of 0, a code not in the form): the message
   * names the file and the key, says what is wrong and what to write instead.
   */
  public static ConfigException invalid(Path file, String key, String problem, String fix) {
    return new ConfigException("Tệp " + file + ", khóa " + key + ": " + problem + ". " + fix + ".",
        file.toString(), key, null);
  }

  static ConfigException explain(Path file, byte[] text, IOException e) {
    if (!(e instanceof JsonProcessingException processing)) {
      return new ConfigException("Tệp cấu hình " + file + " không đọc được (" + e.getMessage() + ").",
          file.toString(), null, e);
    }
    String where = "Tệp " + file + where(text, processing);
    if (e instanceof UnrecognizedPropertyException unknown) {
      String key = keyOf(unknown.getPath());
      List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
          : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
      Optional<String> nearest = nearest(unknown.getPropertyName(), known);
      String fix = nearest.map(n -> "Có phải là " + n + "? Hãy sửa tên khóa")
          .orElse("Hãy sửa tên khóa hoặc xóa dòng này");
      return new ConfigException(where + ": không có khóa " + key + ". " + fix
          + (known.isEmpty() ? "." : " (các khóa dùng được ở đây: " + String.join(", ", known) + ")."),
          file.toString(), key, e);
    }
    if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
      String key = keyOf(instantiation.getPath());
      return new ConfigException(where + (key.isEmpty() ? "" : ", khóa " + key) + ": "
          + instantiation.getCause().getMessage(), file.toString(), key, e);
    }
    if (e instanceof InvalidFormatException format) {
      String key = keyOf(format.getPath());
      return new ConfigException(where + ", khóa " + key + ": \"" + format.getValue()
          + "\" không phải là " + describe(format.getTargetType()) + ". Hãy sửa giá trị thành "
          + describe(format.getTargetType()) + ".", file.toString(), key, e);
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      String key = keyOf(mismatch.getPath());
      String expected = describe(mismatch.getTargetType());
      return key.isEmpty()
          ? new ConfigException(where + ": nội dung tệp phải là " + expected + ".", file.toString(), null, e)
          : new ConfigException(where + ", khóa " + key + ": giá trị phải là " + expected
              + ". Hãy sửa giá trị của khóa này.", file.toString(), key, e);
    }
    if (e instanceof JsonMappingException mapping) {
      String key = keyOf(mapping.getPath());
      return new ConfigException(where + (key.isEmpty() ? "" : ", khóa " + key) + ": "
          + mapping.getOriginalMessage() + ".", file.toString(), key.isEmpty() ? null : key, e);
    }
    return new ConfigException(where + ": không phải YAML hợp lệ (" + processing.getOriginalMessage()
        .lines().findFirst().orElse("") + "). Hãy kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép ở"
        + " dòng này.", file.toString(), null, e);
  }

  /**
   * The line of the key at fault. Jackson reports where it stopped reading, which for a record
   * (bound through its constructor) is the end of the record, so the key is looked up in the text.
   */
  private static String where(byte[] text, JsonProcessingException e) {
    int line = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
        ? lineOf(text, mapping.getPath()) : -1;
    if (line < 1 && e.getLocation() != null) {
      line = e.getLocation().getLineNr();
    }
    return line > 0 ? ", dòng " + line : "";
  }

  /** The line on which the key at {@code path} is written, or -1. */
  static int lineOf(byte[] text, List<JsonMappingException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      pointer.append('/').append(reference.getFieldName() != null
          ? reference.getFieldName().replace("~", "~0").replace("/", "~1")
          : Integer.toString(reference.getIndex()));
    }
    JsonPointer wanted = JsonPointer.compile(pointer.toString());
    try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (parser.getParsingContext().pathAsPointer().equals(wanted)
            && (token == JsonToken.FIELD_NAME || token.isScalarValue())) {
          return parser.currentTokenLocation().getLineNr();
        }
      }
    } catch (IOException unreadable) {
      // The text was read once already; a second failure leaves the line unsaid.
    }
    return -1;
  }

  /** {@code ingest.limits.max_part_mb}, {@code fields[3].type}: lists counted from 1. */
  static String keyOf(List<JsonMappingException.Reference> path) {
    StringBuilder key = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      if (reference.getFieldName() != null) {
        key.append(key.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        key.append('[').append(reference.getIndex() + 1).append(']');
      }
    }
    return key.toString();
  }

  /** The known key closest to a misspelt one, if it is close enough to be what was meant. */
  static Optional<String> nearest(String given, Collection<String> known) {
    String wanted = normal(given);
    return known.stream()
        .map(k -> Map.entry(k, distance(wanted, normal(k))))
        .filter(e -> e.getValue() <= Math.max(2, wanted.length() / 3))
        .min(Comparator.comparing(Map.Entry<String, Integer>::getValue).thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey);
  }

  private static String normal(String key) {
    return key.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** What a value of this type looks like, in the words of the error messages. */
  static String describe(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "một số nguyên (ví dụ 64)";
    }
    if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
      return "một số (ví dụ 0.05)";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true hoặc false";
    }
    if (type == String.class) {
      return "một chuỗi chữ";
    }
    if (type == MonthDay.class) {
      return "một ngày dạng MM-dd (ví dụ \"09-30\")";
    }
    if (type.isEnum()) {
      return "một trong các giá trị " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
          .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).toList());
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "một danh sách (mỗi mục một dòng bắt đầu bằng \"- \", hoặc [a, b])";
    }
    return "một nhóm khóa (mỗi khóa một dòng, thụt vào dưới khóa này)";
  }

  /** {@code "09-30"}: a day of the year written MM-dd, as in conf/cdgd.yaml's school_year. */
  private static final class MonthDays extends StdScalarDeserializer<MonthDay> {
    MonthDays() {
      super(MonthDay.class);
    }

    @Override
    public MonthDay deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String text = parser.getValueAsString();
      try {
        return MonthDay.parse("--" + (text == null ? "" : text.trim()));
      } catch (DateTimeParseException e) {
        return (MonthDay) context.handleWeirdStringValue(MonthDay.class, String.valueOf(text), "MM-dd");
      }
    }
  }
}
