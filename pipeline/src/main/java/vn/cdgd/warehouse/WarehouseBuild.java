package vn.cdgd.warehouse;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.cdgd.conf.Catalogs;
import vn.cdgd.conf.ConfigException;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.conf.IndicatorDefinition;
import vn.cdgd.conf.Settings;
import vn.cdgd.conf.TargetCatalog;
import vn.cdgd.conf.Workspace;
import vn.cdgd.conf.WorkspaceConfig;
import vn.cdgd.marts.IndicatorMart;
import vn.cdgd.marts.TargetProgress;
import vn.cdgd.marts.UnitMeasures;
import vn.cdgd.reference.SchoolYear;
import vn.cdgd.reference.Unit;
import vn.cdgd.reference.UnitRegister;
import vn.cdgd.staging.SparkSessions;
import vn.cdgd.staging.StagingTables;
import vn.cdgd.staging.VersionedStore;

/**
 * {@code cdgd build}: staging plus the workspace's register, ratings, indicators and targets become
 * the warehouse (dimensions, facts, marts) as Parquet, written as a new version beside the
 * published one, checked by {@link WarehouseTests}, and published only when every check passes.
 */
public final class WarehouseBuild {
  /** Under this much staged Parquet every table is written by one task, with no shuffle before it. */
  static final long SMALL_STAGING_BYTES = 64L << 20;

  private final Supplier<SparkSession> sparkStarter;
  private SparkSession spark;
  private final WorkspaceConfig config;
  private final Workspace workspace;
  private final boolean todaysTree;
  private final LocalDate today;

  public WarehouseBuild(SparkSession spark, WorkspaceConfig config, boolean todaysTree, LocalDate today) {
    this(() -> spark, config, todaysTree, today);
  }

  /** A build that starts Spark only if it has something to build. */
  public WarehouseBuild(Supplier<SparkSession> spark, WorkspaceConfig config, boolean todaysTree, LocalDate today) {
    this.sparkStarter = spark;
    this.config = config;
    this.workspace = config.workspace();
    this.todaysTree = todaysTree;
    this.today = today;
  }

  /**
   * What a build wrote, for the summary; {@code unchanged} when the published version was built
   * from the same inputs and was kept as it is.
   */
  public record Result(Path version, Map<String, Long> rows, List<String> schoolYears, boolean unchanged) {}

  public Result run() {
    Settings settings = config.settings();
    FormDefinition form = config.form();
    UnitRegister register = UnitRegister.read(workspace.unitRegister());
    List<IndicatorDefinition> indicators = config.indicators();
    List<Catalogs.RatingLevel> scale = config.ratingScale();
    TargetCatalog targets = config.targets();
    Path staging = new VersionedStore(workspace.staging()).current()
        .orElseThrow(() -> new ConfigException(
            "Chưa có dữ liệu staging. Hãy chạy cdgd ingest (hoặc cdgd run) trước cdgd build."));
    VersionedStore store = new VersionedStore(workspace.warehouse());
    String inputs = BuildInputs.fingerprint(workspace, staging, todaysTree, today);
    Optional<Path> published = store.current();
    Optional<BuildInputs.Recorded> recorded = published.flatMap(v -> BuildInputs.recorded(store.root(), v));
    if (recorded.isPresent() && recorded.get().fingerprint().equals(inputs)) {
      return new Result(published.get(), recorded.get().rows(), recorded.get().schoolYears(), true);
    }
    spark = sparkStarter.get();
    boolean small = SparkSessions.bytesUnder(staging, SMALL_STAGING_BYTES);

    Dataset<Row> stgSubmission = read(staging, StagingTables.SUBMISSION);
    List<Row> ratingRows = Ratings.read(workspace.ratings(), scale);
    List<SchoolYear> years = schoolYears(stgSubmission, ratingRows);

    List<Row> unitYears = new ArrayList<>();
    List<Row> ancestors = new ArrayList<>();
    for (SchoolYear year : years) {
      UnitTree tree = todaysTree
          ? UnitTree.today(register, year, settings.schoolYearStarts(), today)
          : UnitTree.asOf(register, year, settings.schoolYearStarts());
      // The units expected to report are those of that year, whichever tree they roll up along.
      List<Unit> grassroots = register.grassrootsDuring(year, settings.schoolYearStarts());
      unitYears.addAll(Dimensions.unitYears(tree, grassroots));
      ancestors.addAll(Dimensions.ancestors(tree));
    }
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    Dataset<Row> dimSchoolYear = frame(Dimensions.dimSchoolYear(years, settings.schoolYearStarts(), settings.reportingDeadline()), Dimensions.DIM_SCHOOL_YEAR);
    Dataset<Row> unitYear = frame(unitYears, Dimensions.UNIT_YEAR).cache();
    Dataset<Row> unitAncestor = frame(ancestors, Dimensions.UNIT_ANCESTOR).cache();
    Dataset<Row> current = Facts.current(stgSubmission);
    tables.put("dim_unit", frame(Dimensions.dimUnit(register), Dimensions.DIM_UNIT));
    tables.put("dim_school_year", dimSchoolYear);
    tables.put("int_unit_year", unitYear);
    tables.put("int_unit_ancestor", unitAncestor);
    tables.put("fct_submission", Facts.fctSubmission(stgSubmission, dimSchoolYear).cache());
    tables.put("fct_figure", Facts.fctFigure(read(staging, StagingTables.FIGURE), current).cache());
    tables.put("fct_award", Facts.fctAward(read(staging, StagingTables.AWARD), current).cache());
    tables.put("fct_officer_training", Facts.fctOfficerTraining(read(staging, StagingTables.OFFICER), current));
    tables.put("fct_rating", frame(ratingRows, Ratings.SCHEMA));

    Dataset<Row> unitFacts = UnitMeasures.unitFacts(unitYear, tables.get("fct_figure"),
        tables.get("fct_submission"), tables.get("fct_rating"), tables.get("fct_award"), form.fields())
        .cache();
    Dataset<Row> unitRows = UnitMeasures.rows(unitFacts, indicators);
    Dataset<Row> awardRows = UnitMeasures.awardRows(tables.get("fct_award"), unitFacts, indicators);
    if (awardRows != null) {
      unitRows = unitRows.unionByName(awardRows);
    }
    Dataset<Row> martIndicator = IndicatorMart.build(spark, unitRows, unitYear, unitAncestor, indicators).cache();
    tables.put("mart_indicator", martIndicator);
    tables.put("mart_target_progress", frame(targetRows(targets, years, martIndicator), TargetProgress.SCHEMA));

    Path version = store.begin();
    try {
      Map<String, Long> written = new LinkedHashMap<>();
      for (Map.Entry<String, Dataset<Row>> table : tables.entrySet()) {
        boolean onDriver = DRIVER_TABLES.contains(table.getKey());
        written.put(table.getKey(),
            WarehouseWriter.write(spark, table.getKey(), table.getValue(), version, small || onDriver));
      }
      WarehouseTests.run(version, written, indicators);
      List<String> labels = years.stream().map(SchoolYear::label).toList();
      Path publishedVersion = store.publish(version, settings.keepWarehouseVersions());
      BuildInputs.record(store.root(), publishedVersion, inputs, written, labels);
      return new Result(store.current().orElseThrow(), written, labels, false);
    } catch (RuntimeException e) {
      store.abandon(version);
      throw e;
    }
  }

  private List<Row> targetRows(TargetCatalog targets, List<SchoolYear> years, Dataset<Row> mart) {
    Map<String, Double> values = new HashMap<>();
    List<String> units = targets.terms().stream().map(TargetCatalog.Term::unit).toList();
    if (units.isEmpty()) {
      return List.of();
    }
    for (Row row : mart.filter(col("unit_code").isin(units.toArray())).filter(col("value").isNotNull())
        .select("unit_code", "indicator_code", "breakdown", "breakdown_value", "school_year", "value").collectAsList()) {
      values.put(String.join("|", row.getString(0), row.getString(1), row.getString(2), row.getString(3), row.getString(4)), row.getDouble(5));
    }
    return TargetProgress.rows(targets, years.stream().map(SchoolYear::label).toList(),
        (unit, indicator, breakdown, value, year) ->
            Optional.ofNullable(values.get(String.join("|", unit, indicator, breakdown, value, year))));
  }

  /** Tables built on the driver from the register and conf: small whatever the batch. */
  private static final Set<String> DRIVER_TABLES = Set.of("dim_unit", "dim_school_year", "int_unit_year",
      "int_unit_ancestor", "fct_rating", "mart_target_progress");

  private static List<SchoolYear> schoolYears(Dataset<Row> stgSubmission, List<Row> ratings) {
    TreeSet<SchoolYear> years = new TreeSet<>();
    // Each task's distinct years, collected: one job and no shuffle (distinct() costs a shuffle
    // stage, which adaptive execution runs as a job of its own).
    Dataset<String> accepted = stgSubmission.filter(col("status").equalTo("accepted")).select("school_year")
        .as(Encoders.STRING());
    List<String> perTask = accepted.mapPartitions(
        (MapPartitionsFunction<String, String>) rows -> {
          Set<String> distinct = new java.util.HashSet<>();
          rows.forEachRemaining(distinct::add);
          return distinct.iterator();
        }, Encoders.STRING()).collectAsList();
    for (String year : perTask) {
      SchoolYear.parse(year).ifPresent(years::add);
    }
    ratings.forEach(r -> SchoolYear.parse(r.getString(0)).ifPresent(years::add));
    return new ArrayList<>(years);
  }

  private Dataset<Row> read(Path staging, String table) {
    return vn.cdgd.staging.StagingLayout.read(spark, staging.resolve(table), StagingTables.SCHEMAS.get(table));
  }

  private Dataset<Row> frame(List<Row> rows, org.apache.spark.sql.types.StructType schema) {
    return spark.createDataFrame(rows, schema);
  }
}
