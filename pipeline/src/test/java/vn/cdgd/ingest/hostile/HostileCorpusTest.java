package vn.cdgd.ingest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cdgd.Duck;
import vn.cdgd.SparkTestBase;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.ingest.TestRegister;
import vn.cdgd.staging.FileInventory;
import vn.cdgd.staging.IngestRun;
import vn.cdgd.staging.ProgressSink;

/**
 * The whole hostile corpus ingested as one folder through the real pipeline: the batch completes,
 * every file is accepted, rejected with its errors and kept, or skipped with a reason (none lost),
 * the valid workbooks beside the hostile ones are staged with their figures, each kind of problem
 * is told in words the unit can act on, and nothing of a file outside the folder leaks anywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCorpusTest extends SparkTestBase {
  private static final String SECRET = "XXE-SECRET-6f1d2c9a-khong-duoc-lo";

  @TempDir static Path root;
  private Workspace workspace;
  private List<HostileCorpus.Case> corpus;
  private IngestRun.Summary summary;
  /** file → status, for every staged submission of the batch. */
  private final Map<String, String> status = new HashMap<>();

  @BeforeAll
  void ingestTheCorpus() throws Exception {
    Path secret = root.resolve("outside/secret.txt");
    Files.createDirectories(secret.getParent());
    Files.writeString(secret, SECRET, StandardCharsets.UTF_8);
    workspace = TestWorkspace.create(root.resolve("ws"));
    TestRegister.register().write(workspace.unitRegister());
    long start = System.nanoTime();
    corpus = HostileCorpus.all(WorkspaceConfig.load(workspace).form(), secret);
    HostileCorpus.writeTo(WorkspaceConfig.load(workspace).submissions(), corpus);
    long written = System.nanoTime();

    // Must return: a hostile file that stops the batch fails the whole class here.
    summary = IngestRun.run(WorkspaceConfig.load(workspace), WorkspaceConfig.load(workspace).submissions(), SparkTestBase::spark, ProgressSink.NONE);
    System.out.printf("HostileCorpusTest: %d files generated in %d ms, ingested in %d ms%n", corpus.size(),
        (written - start) / 1_000_000, (System.nanoTime() - written) / 1_000_000);

    for (List<String> row : Duck.query("select file, status from " + staging("stg_submission"))) {
      status.put(row.get(0), row.get(1));
    }
  }

  private String staging(String table) {
    return "'" + workspace.staging().resolve("current").resolve(table) + "/*/*.parquet'";
  }

  private HostileCorpus.Case theCase(String file) {
    return corpus.stream().filter(c -> c.file().equals(file)).findFirst().orElseThrow();
  }

  /** The error messages staged for a file, naming it. */
  private List<String> errors(String file) {
    return Duck.query("select message from " + staging("stg_issue") + " where file = '" + file.replace("'", "''")
            + "' and level = 'lỗi' order by message")
        .stream().map(r -> r.get(0)).toList();
  }

  private Map<String, Long> totals(String file) {
    Map<String, Long> totals = new HashMap<>();
    for (List<String> row : Duck.query("select f.field_code, f.total from " + staging("stg_figure") + " f join "
        + staging("stg_submission") + " s using (submission_id) where s.file = '" + file + "'")) {
      totals.put(row.get(0), row.get(1).equals("null") ? null : Long.valueOf(row.get(1)));
    }
    return totals;
  }

  @Test
  void everyFileIsAcceptedRejectedOrSkippedNoneLost() {
    Map<String, String> skipped = summary.skipped().stream()
        .collect(Collectors.toMap(FileInventory.Skipped::relativePath, FileInventory.Skipped::reason));
    for (HostileCorpus.Case c : corpus) {
      String outcome = skipped.containsKey(c.file()) ? "skipped" : status.getOrDefault(c.file(), "lost");
      switch (c.outcome()) {
        case ACCEPTED -> assertThat(outcome).as(c.file() + " (" + c.note() + "): " + errors(c.file())).isEqualTo("accepted");
        case REJECTED -> assertThat(outcome).as(c.file() + " (" + c.note() + ")").isEqualTo("rejected");
        case READ -> assertThat(outcome).as(c.file() + " (" + c.note() + ")").isIn("accepted", "rejected");
        case SKIPPED -> {
          assertThat(outcome).as(c.file()).isEqualTo("skipped");
          assertThat(skipped.get(c.file())).as("reason " + c.file()).isNotBlank();
        }
      }
      if (outcome.equals("rejected")) {
        assertThat(errors(c.file())).as("errors naming " + c.file()).isNotEmpty();
      }
    }
    assertThat(summary.filesRead() + summary.skipped().size()).isEqualTo(corpus.size());
    assertThat(summary.accepted() + summary.rejected()).isEqualTo(summary.filesRead());
  }

  @Test
  void everyRejectedFileIsKeptAsReceivedWithItsErrors() throws Exception {
    List<String> rejected = status.entrySet().stream().filter(e -> e.getValue().equals("rejected")).map(Map.Entry::getKey).toList();
    assertThat(rejected).hasSizeGreaterThanOrEqualTo(12);
    for (String file : rejected) {
      Path kept = workspace.rejected().resolve(file);
      assertThat(kept).as(file).exists().hasSameBinaryContentAs(WorkspaceConfig.load(workspace).submissions().resolve(file));
      String notes = Files.readString(kept.resolveSibling(file + ".loi.txt"), StandardCharsets.UTF_8);
      assertThat(notes).as(file).contains("Tệp: " + file);
      for (String error : errors(file)) {
        assertThat(notes).as(file).contains(error);
      }
    }
  }

  @Test
  void theValidWorkbooksBesideThemAreStagedWithTheirFigures() {
    for (String file : List.of("valid_template.xlsx", "valid_hand_typed_2018-2019.xlsx")) {
      assertThat(status.get(file)).as(file + ": " + errors(file)).isEqualTo("accepted");
      assertThat(totals(file)).as(file).containsAllEntriesOf(theCase(file).totals());
    }
  }

  @Test
  void nothingOfTheFileAnExternalEntityNamesReachesStagingOrOutput() throws Exception {
    OutputScan.Result scan = OutputScan.find(workspace.root().resolve("output"), workspace.rejected(), SECRET);
    assertThat(scan.containing()).isEmpty();
    assertThat(scan.filesScanned()).as("files under output/").isGreaterThan(10);
    assertThat(summary.toString()).doesNotContain(SECRET);
  }

  @Test
  void anEncryptedFileIsToldToRemoveItsPassword() {
    assertThat(errors("encrypted.xlsx")).singleElement().asString().contains("mật khẩu");
  }

  @Test
  void anEmptyFileIsCalledEmpty() {
    assertThat(errors("zero_byte.csv")).singleElement().asString().contains("rỗng");
  }

  // Depends on issue 9 item 5 (limits): today POI's guards answer "Tệp bị hỏng…".
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"zip_bomb.xlsx", "huge_sheet.xlsx", "too_many_entries.xlsx"})
  void aWellFormedFilePastALimitIsRejectedForItsSizeNamingTheLimitNeverCalledCorrupt(String file) {
    assertThat(theCase(file).message()).isEqualTo(HostileCorpus.Message.LIMIT);
    List<String> errors = errors(file);
    assertThat(errors).as(file).isNotEmpty();
    assertThat(String.join("\n", errors)).as(file)
        .doesNotContain("hỏng")
        .containsPattern("giới hạn|vượt quá|tối đa|quá lớn|quá nhiều")
        .containsPattern("\\d");
  }

  // Depends on issue 9 item 3 (values): today the empty <v> is staged as a cached 0, with no warning.
  @Test
  void aFormulaWhoseCachedValueIsEmptyIsEvaluated() {
    String file = "formula_empty_cached_value.xlsx";
    assertThat(status.get(file)).as(errors(file).toString()).isEqualTo("accepted");
    assertThat(totals(file)).containsEntry("F01", 11_508_000L);
  }

  // Depends on issue 9 item 3 (values) or 5 (limits): today it is rejected as "(StackOverflowError)".
  @Test
  void aDeepFormulaChainIsEvaluatedOrTheErrorNamesTheCellNeverAJavaError() {
    String file = "deep_formula_chain.xlsx";
    if ("accepted".equals(status.get(file))) {
      assertThat(totals(file)).containsEntry("C01", (long) HostileCorpus.CHAIN_DEPTH);
    } else {
      assertThat(errors(file)).as(file).isNotEmpty().allSatisfy(message ->
          assertThat(message).doesNotContain("StackOverflowError").doesNotContain("hỏng"));
      assertThat(Duck.single("select count(*) from " + staging("stg_issue") + " where file = '" + file
          + "' and level = 'lỗi' and cell <> ''")).as("errors naming a cell").isNotEqualTo("0");
    }
  }
}
