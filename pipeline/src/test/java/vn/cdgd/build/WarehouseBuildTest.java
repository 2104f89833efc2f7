package vn.cdgd.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.Duck;
import vn.cdgd.SparkTestBase;
import vn.cdgd.TestWorkspace;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.ingest.FormWorkbook;
import vn.cdgd.reference.Unit;
import vn.cdgd.reference.UnitRegister;
import vn.cdgd.staging.IngestRun;
import vn.cdgd.staging.ProgressSink;
import vn.cdgd.store.VersionedStore;

/**
 * The warehouse on a tree small enough to compute by hand. U2 moves from district A to district B on
 * 1 September 2019, so its figures roll up under A in 2018-2019 and under B in 2019-2020. U3 does
 * not report in 2018-2019.
 *
 * <p>2019-2020: U1 B01 5 B02 5 (women 3/3); U2 B01 5 B02 3 (women 3/2); U3 B01 4 B02 4 (women 2/2).
 * 2018-2019: U1 and U2 B01 5 B02 5. C01 20 and A02 women 28 everywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarehouseBuildTest extends SparkTestBase {
  private static final FormDefinition FORM = TestWorkspace.form();
  @TempDir static Path root;
  private Workspace workspace;
  private Path firstVersion;

  @BeforeAll
  void buildTheWarehouse() throws Exception {
    workspace = TestWorkspace.create(root.resolve("ws"));
    LocalDate start = LocalDate.of(2015, 1, 1);
    LocalDate moved = LocalDate.of(2019, 9, 1);
    new UnitRegister(List.of(
        new Unit("DNO", "Công đoàn ngành Giáo dục tỉnh", "", "Khác", "Công lập", "", "Đắk Nông", start, null),
        new Unit("DNO-A", "Công đoàn Giáo dục huyện A", "DNO", "Khác", "Công lập", "", "Đắk Nông", start, null),
        new Unit("DNO-B", "Công đoàn Giáo dục huyện B", "DNO", "Khác", "Công lập", "", "Đắk Nông", start, null),
        new Unit("U1", "Công đoàn trường Tiểu học Một", "DNO-A", "Tiểu học", "Công lập", "Cụm 1", "Đắk Nông", start, null),
        new Unit("U2", "Công đoàn trường THCS Hai", "DNO-A", "THCS", "Công lập", "Cụm 1", "Đắk Nông", start, moved.minusDays(1)),
        new Unit("U2", "Công đoàn trường THCS Hai", "DNO-B", "THCS", "Công lập", "Cụm 2", "Đắk Nông", moved, null),
        new Unit("U3", "Công đoàn trường Mầm non Ba", "DNO-B", "Mầm non", "Ngoài công lập", "Cụm 2", "Đắk Nông", start, null)))
        .write(workspace.unitRegister());
    Files.writeString(workspace.ratings(), "unit_code,school_year,rating\n"
        + "U1,2019-2020,Hoàn thành tốt nhiệm vụ\nU2,2019-2020,Hoàn thành nhiệm vụ\nU3,2019-2020,hoàn thành xuất sắc nhiệm vụ\n");
    Path inbox = root.resolve("inbox");
    Files.createDirectories(inbox);
    Files.write(inbox.resolve("u1-2019.xlsx"), new FormWorkbook(FORM).unit("U1")
        .award("Bằng khen", "LĐLĐ tỉnh", "Cá nhân", "Lê Thị Mai", "Nữ", "", LocalDate.of(2020, 10, 6)).bytes());
    Files.write(inbox.resolve("u2-2019.xlsx"), new FormWorkbook(FORM).unit("U2").set("B01", 5, 3).set("B02", 3, 2).bytes());
    Files.write(inbox.resolve("u3-2019.xlsx"), new FormWorkbook(FORM).unit("U3").set("B01", 4, 2).set("B02", 4, 2).bytes());
    Files.write(inbox.resolve("u1-2018.xlsx"), new FormWorkbook(FORM).unit("U1").year("2018-2019").bytes());
    Files.write(inbox.resolve("u2-2018.xlsx"), new FormWorkbook(FORM).unit("U2").year("2018-2019").bytes());
    IngestRun.run(WorkspaceConfig.load(workspace), inbox, SparkTestBase::spark, ProgressSink.NONE);
    new WarehouseBuild(SparkTestBase.spark(), WorkspaceConfig.load(workspace), false, LocalDate.of(2026, 11, 23)).run();
    firstVersion = new VersionedStore(workspace.warehouse()).current().orElseThrow();
  }

  private String table(Path version, String name) {
    return "read_parquet('" + version.resolve(name) + "/**/*.parquet', hive_partitioning = true, hive_types_autocast = false)";
  }

  private String value(String year, String unit, String indicator, String breakdown, String breakdownValue) {
    return Duck.single("select coalesce(cast(round(value, 6) as varchar), 'null') || ' ' || numerator || '/' || coalesce(cast(denominator as varchar), '-') from "
        + table(firstVersion, "mart_indicator") + " where school_year = '" + year + "' and unit_code = '" + unit
        + "' and indicator_code = '" + indicator + "' and breakdown = '" + breakdown + "' and breakdown_value = '" + breakdownValue + "'");
  }

  @Test
  void rollsUpAlongTheTreeOfEachYear() {
    assertThat(value("2019-2020", "DNO-A", "I02", "all", "all")).isEqualTo("1.0 5/5");
    assertThat(value("2019-2020", "DNO-B", "I02", "all", "all")).isEqualTo("0.777778 7/9");
    assertThat(value("2019-2020", "DNO", "I02", "all", "all")).isEqualTo("0.857143 12/14");
    assertThat(value("2018-2019", "DNO-A", "I02", "all", "all")).isEqualTo("1.0 10/10");
    assertThat(value("2019-2020", "U2", "I02", "all", "all")).isEqualTo("0.6 3/5");
  }

  @Test
  void computesEveryIndicatorAsSumOverSum() {
    assertThat(value("2019-2020", "DNO", "I01", "all", "all")).isEqualTo("0.95 114/120");
    assertThat(value("2019-2020", "DNO", "I03", "all", "all")).isEqualTo("0.714286 60/84");
    assertThat(value("2019-2020", "DNO", "I04", "all", "all")).isEqualTo("0.666667 2/3");
    assertThat(value("2019-2020", "DNO", "I05", "all", "all")).isEqualTo("1.0 1/-");
    assertThat(value("2019-2020", "DNO", "I05", "award", "Bằng khen|LĐLĐ tỉnh|Cá nhân")).isEqualTo("1.0 1/-");
    assertThat(value("2019-2020", "DNO", "I06", "all", "all")).isEqualTo("1.0 3/3");
    assertThat(value("2019-2020", "DNO", "I07", "all", "all")).isEqualTo("0.0 0/1");
    assertThat(value("2019-2020", "DNO", "I08", "all", "all")).isEqualTo("1.0 3/3");
    assertThat(value("2019-2020", "DNO", "I09", "all", "all")).isEqualTo("6.0 6/-");
    assertThat(value("2019-2020", "DNO", "I10", "all", "all")).isEqualTo("500000.0 9000000/18");
    assertThat(value("2019-2020", "DNO", "R01", "all", "all")).isEqualTo("1.0 3/3");
    assertThat(value("2018-2019", "DNO", "R01", "all", "all")).isEqualTo("0.666667 2/3");
    assertThat(value("2018-2019", "DNO-B", "R01", "all", "all")).isEqualTo("0.0 0/1");
  }

  @Test
  void breaksDownBySexOwnershipLevelAndCluster() {
    assertThat(value("2019-2020", "DNO", "I02", "sex", "Nữ")).isEqualTo("0.875 7/8");
    assertThat(value("2019-2020", "DNO", "I02", "sex", "Nam")).isEqualTo("0.833333 5/6");
    assertThat(value("2019-2020", "DNO", "I02", "ownership", "Ngoài công lập")).isEqualTo("1.0 4/4");
    assertThat(value("2019-2020", "DNO", "I02", "school_level", "THCS")).isEqualTo("0.6 3/5");
    assertThat(value("2019-2020", "DNO", "I02", "cluster", "Cụm 2")).isEqualTo("0.777778 7/9");
    assertThat(value("2018-2019", "DNO", "I02", "cluster", "Cụm 1")).isEqualTo("1.0 10/10");
  }

  @Test
  void judgesTargetsAndShowsTheRevision() {
    List<List<String>> rows = Duck.query("select target_code, school_year, round(value, 4), status, revision, wording, original_wording from "
        + table(firstVersion, "mart_target_progress") + " order by target_code, school_year");
    assertThat(rows).containsExactly(
        List.of("T01", "2018-2019", "1.0", "đạt", "0", "100 % cán bộ công đoàn cơ sở được bồi dưỡng, tập huấn nghiệp vụ trong nhiệm kỳ", "100 % cán bộ công đoàn cơ sở được bồi dưỡng, tập huấn nghiệp vụ trong nhiệm kỳ"),
        List.of("T01", "2019-2020", "0.8571", "chưa đạt", "0", "100 % cán bộ công đoàn cơ sở được bồi dưỡng, tập huấn nghiệp vụ trong nhiệm kỳ", "100 % cán bộ công đoàn cơ sở được bồi dưỡng, tập huấn nghiệp vụ trong nhiệm kỳ"),
        List.of("T02", "2018-2019", "0.7143", "chưa đạt", "0", "Hằng năm có trên 95 % nữ đoàn viên đạt danh hiệu \"Giỏi việc trường, đảm việc nhà\" cấp cơ sở", "Hằng năm có trên 95 % nữ đoàn viên đạt danh hiệu \"Giỏi việc trường, đảm việc nhà\" cấp cơ sở"),
        List.of("T02", "2019-2020", "0.7143", "chưa đạt", "0", "Hằng năm có trên 95 % nữ đoàn viên đạt danh hiệu \"Giỏi việc trường, đảm việc nhà\" cấp cơ sở", "Hằng năm có trên 95 % nữ đoàn viên đạt danh hiệu \"Giỏi việc trường, đảm việc nhà\" cấp cơ sở"),
        List.of("T03", "2019-2020", "0.6667", "chưa đạt", "1", "Hằng năm có trên 95 % CĐCS hoàn thành tốt nhiệm vụ", "Hằng năm có trên 95 % CĐCS vững mạnh"));
  }

  @Test
  void keepsNoPersonalDataInTheWarehouse() throws Exception {
    try (var tables = Files.list(firstVersion)) {
      for (Path table : tables.toList()) {
        String columns = Duck.query("select string_agg(column_name, ',') from (describe select * from " + table(firstVersion, table.getFileName().toString()) + ")").get(0).get(0);
        assertThat(columns).as(table.getFileName().toString()).doesNotContain("full_name", "birth_year", "recipient_name");
      }
    }
  }

  @Test
  void aBuildThatFailsItsDataTestsPublishesNothing() throws Exception {
    Workspace broken = TestWorkspace.create(root.resolve("broken"));
    Files.createDirectories(broken.data());
    Files.copy(workspace.unitRegister(), broken.unitRegister());
    Files.createDirectories(broken.staging());
    Files.createSymbolicLink(broken.staging().resolve("current"), new VersionedStore(workspace.staging()).current().orElseThrow());
    new WarehouseBuild(SparkTestBase.spark(), WorkspaceConfig.load(broken), false, LocalDate.of(2026, 11, 23)).run();
    Path published = new VersionedStore(broken.warehouse()).current().orElseThrow();
    // A union's typo: staff over members, a "rate" above 1.
    Path indicators = broken.conf().resolve("indicators.yaml");
    Files.writeString(indicators, Files.readString(indicators)
        .replace("numerator: {sum: A02}\n    denominator: {sum: A01}", "numerator: {sum: A01}\n    denominator: {sum: A02}"));

    assertThatThrownBy(() -> new WarehouseBuild(SparkTestBase.spark(), WorkspaceConfig.load(broken), false, LocalDate.of(2026, 11, 23)).run())
        .isInstanceOf(WarehouseTests.Failure.class)
        .hasMessageContaining("rates lie between 0 and 1");
    assertThat(new VersionedStore(broken.warehouse()).current()).contains(published);
    assertThat(new VersionedStore(broken.warehouse()).versions()).hasSize(1);
  }

  @Test
  void rollsUpAlongTodaysTreeWhenAsked() throws Exception {
    Workspace copy = TestWorkspace.create(root.resolve("today"));
    Files.createDirectories(copy.data());
    Files.copy(workspace.unitRegister(), copy.unitRegister());
    Files.copy(workspace.ratings(), copy.ratings());
    Files.createDirectories(copy.staging());
    Files.createSymbolicLink(copy.staging().resolve("current"), new VersionedStore(workspace.staging()).current().orElseThrow());
    new WarehouseBuild(SparkTestBase.spark(), WorkspaceConfig.load(copy), true, LocalDate.of(2026, 11, 23)).run();
    Path version = new VersionedStore(copy.warehouse()).current().orElseThrow();
    String sql = "select numerator || '/' || denominator from " + table(version, "mart_indicator")
        + " where school_year = '2018-2019' and indicator_code = 'I02' and breakdown = 'all' and unit_code = ";
    assertThat(Duck.single(sql + "'DNO-A'")).isEqualTo("5/5");
    assertThat(Duck.single(sql + "'DNO-B'")).isEqualTo("5/5");
  }

  @Test
  void keepsThePublishedVersionWithoutSparkWhenNothingChanged() throws Exception {
    Workspace copy = TestWorkspace.create(root.resolve("again"));
    Files.createDirectories(copy.data());
    Files.copy(workspace.unitRegister(), copy.unitRegister());
    Files.copy(workspace.ratings(), copy.ratings());
    Files.createDirectories(copy.staging());
    Files.createSymbolicLink(copy.staging().resolve("current"), new VersionedStore(workspace.staging()).current().orElseThrow());
    WarehouseBuild.Result first = new WarehouseBuild(SparkTestBase.spark(), WorkspaceConfig.load(copy), false, LocalDate.of(2026, 11, 23)).run();
    assertThat(first.unchanged()).isFalse();

    java.util.function.Supplier<org.apache.spark.sql.SparkSession> noSpark = () -> {
      throw new AssertionError("Spark was started for a build with nothing new");
    };
    WarehouseBuild.Result again = new WarehouseBuild(noSpark, WorkspaceConfig.load(copy), false, LocalDate.of(2026, 11, 23)).run();
    assertThat(again.unchanged()).isTrue();
    assertThat(again.version()).isEqualTo(first.version());
    assertThat(again.rows()).isEqualTo(first.rows()).containsEntry("fct_submission", 5L);
    assertThat(again.schoolYears()).containsExactly("2018-2019", "2019-2020");
    assertThat(new VersionedStore(copy.warehouse()).versions()).hasSize(1);

    // A rating corrected in data/ratings.csv is an input changed: the warehouse is built again.
    Files.writeString(copy.ratings(), Files.readString(copy.ratings()).replace("U2,2019-2020,Hoàn thành nhiệm vụ",
        "U2,2019-2020,Hoàn thành tốt nhiệm vụ"));
    WarehouseBuild.Result changed = new WarehouseBuild(SparkTestBase.spark(), WorkspaceConfig.load(copy), false, LocalDate.of(2026, 11, 23)).run();
    assertThat(changed.unchanged()).isFalse();
    assertThat(changed.version()).isNotEqualTo(first.version());
    assertThat(Duck.single("select count(*) from " + table(changed.version(), "fct_rating") + " where is_good_or_better"))
        .isEqualTo("3");
  }

  @Test
  void writesTheSameWarehouseThroughSparkWhenTheMartIsTooLargeToCollect() throws Exception {
    Workspace copy = TestWorkspace.create(root.resolve("large"));
    Files.createDirectories(copy.data());
    Files.copy(workspace.unitRegister(), copy.unitRegister());
    Files.copy(workspace.ratings(), copy.ratings());
    Files.createDirectories(copy.staging());
    Files.createSymbolicLink(copy.staging().resolve("current"), new VersionedStore(workspace.staging()).current().orElseThrow());
    WarehouseBuild.Result bySpark = new WarehouseBuild(SparkTestBase.spark(), vn.cdgd.conf.WorkspaceConfig.load(copy), false, LocalDate.of(2026, 11, 23))
        .collectingUpTo(0).run();

    assertThat(bySpark.rows()).containsOnlyKeys(WarehouseBuild.TABLES);
    assertThat(bySpark.rows().get("mart_indicator")).isGreaterThan(100);
    for (String name : WarehouseBuild.TABLES) {
      String a = table(firstVersion, name);
      String b = table(bySpark.version(), name);
      assertThat(Duck.single("select count(*) from ((select * from " + a + " except all select * from " + b
          + ") union all (select * from " + b + " except all select * from " + a + "))")).as(name).isEqualTo("0");
      assertThat(Duck.single("select count(*) from " + a)).as(name).isEqualTo(String.valueOf(bySpark.rows().get(name)));
    }
  }
}
