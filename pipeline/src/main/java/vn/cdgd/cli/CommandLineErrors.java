package vn.cdgd.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong command line answered in Vietnamese: picocli's own messages ("Unknown option",
 * "Missing required parameter", "Invalid value") are said again in Vietnamese from the exception's
 * parts, followed by the way to see the command's help rather than the whole help page. Messages
 * the commands raise themselves are already Vietnamese and are shown as they are.
 */
final class CommandLineErrors implements IParameterExceptionHandler {
  private static final Pattern INVALID_VALUE =
      Pattern.compile("Invalid value for (?:option '([^']+)'|positional parameter at index \\d+ \\(([^)]*)\\)): (.*)",
          Pattern.DOTALL);
  private static final Pattern NOT_A = Pattern.compile("'(.*)' is not an? (int|long|integer|decimal|double|float|boolean)(.*)",
      Pattern.DOTALL);
  private static final Pattern ENUM = Pattern.compile("expected one of \\[(.*)] \\(case-(?:in)?sensitive\\) but was '(.*)'");

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("Lỗi: " + message(ex));
    if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
      err.println("Có phải là: " + String.join(", ", unmatched.getSuggestions()) + "?");
    }
    err.println("Xem cách dùng: " + command.getCommandSpec().qualifiedName() + " --help");
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** The exception's message in Vietnamese. */
  static String message(ParameterException ex) {
    String name = ex.getCommandLine().getCommandSpec().qualifiedName();
    if (ex instanceof UnmatchedArgumentException unmatched) {
      List<String> extra = unmatched.getUnmatched();
      String first = extra.isEmpty() ? "" : extra.get(0);
      if (first.startsWith("-")) {
        return "lệnh " + name + " không có tùy chọn " + first + ".";
      }
      if (!ex.getCommandLine().getSubcommands().isEmpty() && ex.getCommandLine().getCommandSpec().userObject() instanceof Main) {
        return "không có lệnh " + first + " (các lệnh: " + String.join(", ", ex.getCommandLine().getSubcommands().keySet()) + ").";
      }
      return "lệnh " + name + " không nhận thêm tham số \"" + String.join(" ", extra) + "\".";
    }
    if (ex instanceof MissingParameterException missing) {
      String english = String.valueOf(ex.getMessage());
      List<String> names = missing.getMissing().stream().map(CommandLineErrors::describe).toList();
      if (english.startsWith("Missing required parameter for option")) {
        return "thiếu giá trị sau " + String.join(", ", names) + ".";
      }
      return (english.startsWith("Missing required option") ? "thiếu tùy chọn bắt buộc " : "thiếu tham số bắt buộc ")
          + String.join(", ", names) + ".";
    }
    if (ex instanceof OverwrittenOptionException overwritten) {
      return "tùy chọn " + describe(overwritten.getOverwritten()) + " chỉ được ghi một lần.";
    }
    if (ex instanceof MutuallyExclusiveArgsException) {
      Matcher names = Pattern.compile("Error: (.*) are mutually exclusive").matcher(String.valueOf(ex.getMessage()));
      return "các tùy chọn " + (names.find() ? names.group(1) : "") + " không dùng cùng nhau: hãy chọn một.";
    }
    String text = String.valueOf(ex.getMessage());
    Matcher invalid = INVALID_VALUE.matcher(text);
    if (invalid.matches()) {
      String what = invalid.group(1) != null ? "tùy chọn " + invalid.group(1) : "tham số " + invalid.group(2);
      return "giá trị của " + what + " không dùng được: " + detail(invalid.group(3));
    }
    if (text.startsWith("Expected parameter") || text.startsWith("Unknown option") || text.startsWith("Missing")) {
      return "sai cú pháp lệnh (" + text + ").";
    }
    return text;
  }

  private static String detail(String english) {
    Matcher notA = NOT_A.matcher(english);
    if (notA.matches()) {
      String kind = switch (notA.group(2)) {
        case "int", "long", "integer" -> "một số nguyên";
        case "boolean" -> "true hoặc false";
        default -> "một số";
      };
      return "\"" + notA.group(1) + "\" không phải " + kind + ".";
    }
    Matcher choice = ENUM.matcher(english);
    if (choice.find()) {
      return "\"" + choice.group(2) + "\" không phải một trong " + choice.group(1) + ".";
    }
    // A converter of cdgd's own (a folder, a school year) says it in Vietnamese already.
    return english;
  }

  private static String describe(ArgSpec arg) {
    if (arg instanceof OptionSpec option) {
      return option.longestName() + (option.typeInfo().isBoolean() ? "" : " " + option.paramLabel());
    }
    return arg.paramLabel();
  }
}
