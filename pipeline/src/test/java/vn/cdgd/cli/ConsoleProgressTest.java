package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress in a log: each count agrees with its percentage (issue 12 saw "1/6 tệp (10 %)"). */
class ConsoleProgressTest {

  @Test
  void sixFilesReadOneByOne() {
    StringWriter text = new StringWriter();
    ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), false);
    progress.start("Đọc và kiểm tra", 6);
    for (int i = 0; i < 6; i++) {
      progress.advance(1);
    }
    progress.finish();
    assertThat(text.toString().lines().toList()).containsExactly(
        "Đọc và kiểm tra: 6 tệp",
        "  Đọc và kiểm tra: 1/6 tệp (16 %)",
        "  Đọc và kiểm tra: 2/6 tệp (33 %)",
        "  Đọc và kiểm tra: 3/6 tệp (50 %)",
        "  Đọc và kiểm tra: 4/6 tệp (66 %)",
        "  Đọc và kiểm tra: 5/6 tệp (83 %)",
        "  Đọc và kiểm tra: 6/6 tệp (100 %)");
  }

  @Test
  void aNationalRunPrintsATenthAtATimeWithItsOwnPercentage() {
    StringWriter text = new StringWriter();
    ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), false);
    progress.start("Đọc và kiểm tra", 49_835);
    progress.advance(5_000);
    progress.advance(20_000);
    assertThat(text.toString().lines().toList()).containsExactly(
        "Đọc và kiểm tra: 49.835 tệp",
        "  Đọc và kiểm tra: 5.000/49.835 tệp (10 %)",
        "  Đọc và kiểm tra: 25.000/49.835 tệp (50 %)");
  }
}
