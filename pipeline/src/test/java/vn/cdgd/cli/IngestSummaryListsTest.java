package vn.cdgd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.conf.Workspace;
import vn.cdgd.staging.FileInventory;
import vn.cdgd.staging.IngestRun;

/** A national folder skips hundreds of files: the terminal names a few, the list beside the error report all. */
class IngestSummaryListsTest {

  @Test
  void theTerminalNamesTenFilesPerHeadingAndTheListHoldsEveryOne(@TempDir Path root) throws Exception {
    Workspace workspace = new Workspace(root);
    Path reports = root.resolve("output/reports/kiem-tra");
    List<FileInventory.Skipped> skipped = IntStream.rangeClosed(1, 25)
        .mapToObj(i -> new FileInventory.Skipped("2024-2025/Huyện " + i + "/cong van.pdf", "không phải tệp .xlsx"))
        .toList();
    List<IngestRun.Duplicate> duplicates = new ArrayList<>(List.of(
        new IngestRun.Duplicate("2024-2025/b/bao cao.xlsx", "2024-2025/a/bao cao.xlsx")));
    IngestRun.Summary summary = new IngestRun.Summary(
        root.resolve("data/submissions"), 3, 2, 0, 0, skipped, 0, 0, root.resolve("output/staging/current"),
        root.resolve("output/rejected"), reports, 0, 0, duplicates, Optional.empty(), 0, 0);

    StringWriter text = new StringWriter();
    IngestSummary.print(new PrintWriter(text), summary);
    String printed = text.toString();

    assertTrue(printed.contains("Huyện 10/cong van.pdf"), printed);
    assertFalse(printed.contains("Huyện 11/cong van.pdf"), printed);
    Path list = reports.resolve(UnreadFilesList.FILE_NAME);
    assertTrue(printed.contains("… và 15 tệp khác: danh sách đầy đủ trong " + list), printed);
    assertTrue(printed.contains("2024-2025/b/bao cao.xlsx: cùng nội dung với 2024-2025/a/bao cao.xlsx"), printed);

    List<String> rows = Files.readAllLines(list, StandardCharsets.UTF_8);
    assertEquals(1 + 25 + 1, rows.size());
    assertTrue(rows.get(26).contains("\"2024-2025/b/bao cao.xlsx\""), rows.get(26));
    assertTrue(rows.get(26).contains("\"2024-2025/a/bao cao.xlsx\""), rows.get(26));
  }

  @Test
  void countsAreWrittenTheVietnameseWay(@TempDir Path root) {
    IngestRun.Summary summary = new IngestRun.Summary(
        root.resolve("data/submissions"), 49_835, 47_998, 500, 1_505, List.of(), 1_505, 902,
        root.resolve("output/staging/current"), root.resolve("output/rejected"),
        root.resolve("output/reports/kiem-tra"), 2_005, 0, List.of(), Optional.empty(), 3, 1_502);
    StringWriter text = new StringWriter();
    IngestSummary.print(new PrintWriter(text), summary);
    assertTrue(text.toString().contains("Đã đọc 49.835 tệp:"), text.toString());
    assertTrue(text.toString().contains("tiếp nhận:   47.998 (trong đó 500 có cảnh báo)"), text.toString());
    assertTrue(text.toString().contains("trùng nội dung: 332 "), text.toString());
    assertTrue(text.toString().contains("Lỗi: 1.505, cảnh báo: 902."), text.toString());
    assertTrue(text.toString().contains("theo đơn vị: 1.502 CĐCS cần gửi lại, 3 CĐCS đã gửi bản sửa được tiếp nhận"),
        text.toString());
    assertTrue(text.toString().contains("Phản hồi gửi đơn vị: 2.005 tệp"), text.toString());
  }

  @Test
  void noListWhenEveryFileWasRead(@TempDir Path root) {
    Path reports = root.resolve("output/reports/kiem-tra");
    IngestRun.Summary summary = new IngestRun.Summary(
        root.resolve("data/submissions"), 2, 2, 0, 0, List.of(), 0, 0, root.resolve("output/staging/current"),
        root.resolve("output/rejected"), reports, 0, 0, List.of(), Optional.empty(), 0, 0);
    StringWriter text = new StringWriter();
    IngestSummary.print(new PrintWriter(text), summary);
    assertFalse(Files.exists(reports.resolve(UnreadFilesList.FILE_NAME)));
    assertFalse(text.toString().contains("Tệp bỏ qua và tệp trùng nội dung"), text.toString());
  }
}
