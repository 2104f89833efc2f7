package vn.cdgd.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.cdgd.FileTree;
import vn.cdgd.SparkTestBase;
import vn.cdgd.TestWorkspace;
import vn.cdgd.cli.Main;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.ingest.FormWorkbook;
import vn.cdgd.ingest.TestRegister;
import vn.cdgd.staging.IngestRun;
import vn.cdgd.staging.ProgressSink;
import vn.cdgd.build.WarehouseBuild;

/**
 * {@code cdgd sql} on a real ingested and built workspace, attacked as an analyst could: every way
 * out of the published warehouse version (to staging and its personal data, the restricted store,
 * the machine's files) and every statement that writes is refused with a reason, while every
 * query the README documents still answers, and no file of any version changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleLockdownTest {
  private static final FormDefinition FORM = TestWorkspace.form();
  private static final String REFUSED = "Lỗi SQL: Bảng điều khiển SQL chỉ ";

  @TempDir static Path root;
  private Workspace workspace;
  private Path version;
  private String stagingVersion;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  void ingestAndBuild() throws Exception {
    workspace = TestWorkspace.create(root.resolve("ws"));
    TestRegister.register().write(workspace.unitRegister());
    Files.writeString(workspace.ratings(), "unit_code,school_year,rating\n"
        + "DNO0001,2019-2020,Hoàn thành tốt nhiệm vụ\nDNO0002,2019-2020,Hoàn thành nhiệm vụ\n");
    Path inbox = root.resolve("inbox");
    Files.createDirectories(inbox);
    Files.write(inbox.resolve("nguyen-du-2019.xlsx"), new FormWorkbook(FORM)
        .award("Bằng khen", "LĐLĐ tỉnh", "Cá nhân", "Lê Thị Mai", "Nữ", "", LocalDate.of(2020, 10, 6)).bytes());
    Files.write(inbox.resolve("hoa-sen-2019.xlsx"), new FormWorkbook(FORM).unit("DNO0002").bytes());
    Files.write(inbox.resolve("nguyen-du-2018.xlsx"), new FormWorkbook(FORM).year("2018-2019").bytes());
    IngestRun.run(WorkspaceConfig.load(workspace), inbox, SparkTestBase::spark, ProgressSink.NONE);
    new WarehouseBuild(SparkTestBase.spark(), WorkspaceConfig.load(workspace), false, LocalDate.of(2026, 11, 23)).run();
    version = workspace.warehouse().resolve("current").toRealPath();
    stagingVersion = workspace.staging().resolve("current").toRealPath().toString();
  }

  /** Statements that reach for a file outside the published warehouse version. */
  private List<String> escapes() {
    String ws = workspace.root().toString();
    String officers = stagingVersion + "/stg_officer/*/*.parquet";
    String relative = Path.of("").toAbsolutePath().relativize(Path.of(officers)).toString();
    return List.of(
        "select * from read_parquet('" + officers + "')",
        "select * from read_parquet('" + relative + "')",
        "select * from read_parquet('" + ws + "/output/staging/current/stg_award/*/*.parquet')",
        "select * from read_parquet('" + ws + "/output/staging/versions/*/stg_officer/*/*.parquet')",
        "select * from '" + officers + "'",
        "from '" + ws + "/output/staging/current/stg_award/*/*.parquet'",
        "select * from read_parquet('" + ws + "/output/**/*.parquet')",
        "select * from read_parquet('" + ws + "/output/restricted/**/*.parquet')",
        "select * from read_parquet('" + version + "/../../../staging/current/stg_officer/*/*.parquet')",
        "select * from read_parquet('" + ws + "/output/warehouse/current/../../staging/current/stg_officer/*/*.parquet')",
        "select * from glob('" + ws + "/*')",
        "select * from glob('" + ws + "/output/**')",
        "select * from read_csv('/etc/passwd')",
        "select * from read_csv_auto('" + ws + "/data/units.csv')",
        "select * from read_text('/etc/hostname')",
        "select * from read_blob('/etc/hostname')",
        "select * from sniff_csv('/etc/passwd')",
        "select * from read_json('" + ws + "/conf/cdgd.yaml')",
        "select * from parquet_metadata('" + officers + "')",
        "select * from parquet_schema('" + officers + "')",
        "select * from parquet_file_metadata('" + officers + "')",
        "select * from query_table('" + officers + "')",
        "select * from query('select * from read_parquet(''" + officers + "'')')");
  }

  /** Statements that would write, change a setting, load code or hide a second statement. */
  private List<String> writes() {
    String ws = workspace.root().toString();
    String forged = version + "/mart_indicator/school_year=2019-2020/zz.parquet";
    return List.of(
        "copy (select 'DNO' as unit_code, 'all' as breakdown, 'all' as breakdown_value, 'I02' as indicator_code,"
            + " 1 as numerator, 1 as denominator, 9.99 as value) to '" + forged + "' (format parquet)",
        "copy mart_indicator to '" + ws + "/ra-ngoai.csv'",
        "COPY (select 1) TO '/tmp/cdgd-lockdown-escape.csv'",
        "/* chú thích */ copy dim_unit to '" + version + "/dim_unit/thua.parquet' (format parquet)",
        "explain analyze copy (select 1) to '" + ws + "/explain.csv'",
        "attach '" + ws + "/them.duckdb' as them",
        "attach '" + stagingVersion + "/stg_officer' as nhan_su (type parquet)",
        "detach memory",
        "install excel",
        "load parquet",
        "set threads = 1",
        "set enable_external_access = true",
        "reset lock_configuration",
        "pragma enable_profiling",
        "pragma version",
        "create table t as select 1 as x",
        "create or replace view mart_indicator as select 9.99 as value",
        "create macro doc(p) as table select * from read_csv(p)",
        "drop view mart_indicator",
        "insert into mart_indicator (value) values (9.99)",
        "update mart_indicator set value = 9.99",
        "delete from mart_indicator",
        "export database '" + ws + "/xuat'",
        "import database '" + ws + "/xuat'",
        "call pragma_version()",
        "checkpoint",
        "use memory",
        "select 1 as mot; copy (select 1) to '" + ws + "/hai.csv'");
  }

  @BeforeEach
  void clearTheOutput() {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }

  @Test
  void refusesEveryWayOutOfTheWarehouseAndEveryWriteAndChangesNoFile() throws Exception {
    // The first console creates its DuckDB home (output/.duckdb); nothing after it may change a file.
    assertThat(sql("-c", "select 1")).isZero();
    Map<String, String> before = FileTree.snapshot(workspace.output());
    List<String> attempts = new ArrayList<>(escapes());
    attempts.addAll(writes());
    for (String attempt : attempts) {
      out.getBuffer().setLength(0);
      err.getBuffer().setLength(0);
      assertThat(sql("-c", attempt)).as(attempt).isEqualTo(2);
      assertThat(err.toString()).as(attempt).startsWith(REFUSED);
      assertThat(out.toString()).as(attempt).isEmpty();
    }
    // The multiple statements: the script is refused as a whole, the harmless SELECT included.
    assertThat(FileTree.snapshot(workspace.output())).isEqualTo(before);
    assertThat(workspace.root().resolve("ra-ngoai.csv")).doesNotExist();
    assertThat(workspace.root().resolve("hai.csv")).doesNotExist();
    assertThat(workspace.root().resolve("them.duckdb")).doesNotExist();
    assertThat(workspace.root().resolve("xuat")).doesNotExist();
    assertThat(Path.of("/tmp/cdgd-lockdown-escape.csv")).doesNotExist();
    assertThat(sql("--csv", "-c", "select count(*) from mart_indicator where value = 9.99")).isZero();
    assertThat(out.toString()).endsWith("\r\n0\r\n");
  }

  @Test
  void saysWhyAWriteIsRefused() {
    assertThat(sql("-c", "copy mart_indicator to 'x.csv'")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("Lỗi SQL: Bảng điều khiển SQL chỉ cho phép đọc kho dữ liệu:"
        + " câu lệnh COPY bị từ chối. Chỉ dùng SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE"
        + " hoặc EXPLAIN trên các view của kho (gõ .views để xem); mỗi lần một câu lệnh, các câu lệnh"
        + " cách nhau bằng dấu ;.\n");
  }

  @Test
  void saysWhyAFileOutsideTheWarehouseIsRefused() {
    assertThat(sql("-c", "select * from read_csv('/etc/passwd')")).isEqualTo(2);
    assertThat(err.toString()).startsWith("Lỗi SQL: Bảng điều khiển SQL chỉ đọc được các view của kho"
        + " dữ liệu đã công bố: không được mở tệp \"/etc/passwd\"").doesNotContain("root:");
  }

  @Test
  void answersEveryQueryTheReadmeDocuments() {
    List<String> documented = List.of(
        "select indicator_code, round(value, 4) from mart_indicator where unit_code = 'DNO' and"
            + " school_year = '2019-2020' and breakdown = 'all' and indicator_code in ('I02', 'I03')",
        "select school_year, breakdown_value as cap_hoc, numerator, denominator, round(value * 100, 1) as ty_le"
            + " from mart_indicator where unit_code = 'DNO' and indicator_code = 'I02' and breakdown = 'school_level' order by 1, 2",
        "select u.unit_code, u.unit_name from int_unit_year u where u.school_year = '2019-2020' and u.is_grassroots"
            + " and not exists (select 1 from fct_submission s where s.unit_code = u.unit_code"
            + " and s.school_year = u.school_year and s.status = 'accepted') order by u.unit_name collate vi",
        "select cast(value as bigint) from mart_indicator where unit_code='DNO' and school_year='2019-2020'"
            + " and indicator_code='I05' and breakdown='award' and breakdown_value='Bằng khen|LĐLĐ tỉnh|Cá nhân'",
        "select status from mart_target_progress where indicator_code='I02' and school_year='2019-2020'",
        "select unit_code, unit_name, parent_code, school_level, ownership, cluster, province, valid_from, valid_to from dim_unit",
        "select school_year, unit_code, field_code, total, women from fct_figure",
        "select school_year, unit_code, form, level, recipient_type, gender, title, decision_number, decision_date from fct_award",
        "select school_year, unit_code, file, received_at, status, is_current, error_count, warning_count from fct_submission",
        "select school_year, unit_code, breakdown, breakdown_value, indicator_code, numerator, denominator, value from mart_indicator",
        "select term, target_code, indicator_code, threshold, comparison, revision, school_year, value, status from mart_target_progress",
        "with t as (select * from fct_figure) select count(*) from t",
        "from fct_officer_training select sum(officers)",
        "values (1, 'một')",
        "describe mart_indicator",
        "show tables",
        "summarize fct_figure",
        "explain select * from mart_indicator",
        "select * from query_table('dim_unit')",
        "select * from read_parquet('" + version + "/dim_unit/**/*.parquet')",
        "select 1 as mot; select 2 as hai");
    for (String query : documented) {
      err.getBuffer().setLength(0);
      assertThat(sql("-c", query)).as(query + "\n" + err).isZero();
    }
    out.getBuffer().setLength(0);
    assertThat(sql("-c", documented.get(0))).isZero();
    assertThat(out.toString()).contains("I02", "I03").contains("(2 dòng)");
    out.getBuffer().setLength(0);
    assertThat(sql("--csv", "-c", "select form, level, recipient_type, count(*) as n from fct_award"
        + " where school_year = '2019-2020' group by all order by all")).isZero();
    assertThat(out.toString()).isEqualTo("form,level,recipient_type,n\r\nBằng khen,LĐLĐ tỉnh,Cá nhân,1\r\n");
    out.getBuffer().setLength(0);
    assertThat(sql("--json", "-c", "select count(*) as n from fct_award")).isZero();
    assertThat(out.toString()).contains("\"n\":1");
  }

  @Test
  void listsTheViewsWithDotViewsAndWithTheOption() {
    assertThat(sql("--views")).isZero();
    String listed = out.toString();
    assertThat(listed).contains("mart_indicator: ", "fct_award: ", "dim_unit: ", "fct_officer_training: ")
        .doesNotContain("stg_", "full_name", "birth_year", "recipient_name");
    out.getBuffer().setLength(0);
    assertThat(sqlWithInput(".views\n")).isZero();
    assertThat(out.toString()).isEqualTo(listed);
  }

  private int sql(String... args) {
    return sqlWithInput("", args);
  }

  private int sqlWithInput(String stdin, String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    CommandLine sql = commandLine.getSubcommands().get("sql");
    vn.cdgd.cli.SqlCommandAccess.prepare(sql, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    String[] all = new String[args.length + 3];
    all[0] = "sql";
    all[1] = "--workspace";
    all[2] = workspace.root().toString();
    System.arraycopy(args, 0, all, 3, args.length);
    int from = err.getBuffer().length();
    int exit = commandLine.execute(all);
    // The console names its workspace first, on the standard error (the output may be piped).
    String banner = "Thư mục làm việc: " + workspace.root() + System.lineSeparator();
    assertThat(err.toString().substring(from)).startsWith(banner);
    err.getBuffer().delete(from, from + banner.length());
    return exit;
  }
}
