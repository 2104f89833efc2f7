package vn.cdgd.build;

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
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
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
import vn.cdgd.parquet.ParquetRowReader;
import vn.cdgd.spark.SparkSessions;
import vn.cdgd.staging.StagingLayout;
import vn.cdgd.staging.StagingTables;
import vn.cdgd.store.VersionedStore;
import vn.cdgd.warehouse.Dimensions;
import vn.cdgd.warehouse.Facts;
import vn.cdgd.warehouse.Ratings;
import vn.cdgd.warehouse.Schemas;
import vn.cdgd.warehouse.UnitTree;

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
  private long collectedUnitIndicators = COLLECTED_UNIT_INDICATORS;

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

  /** The same build, collecting the tables to the driver only up to this many unit-years × indicators. */
  WarehouseBuild collectingUpTo(long unitIndicators) {
    this.collectedUnitIndicators = unitIndicators;
    return this;
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
    List<Row> ratingRows = Ratings.read(workspace.ratings(), scale);
    List<SchoolYear> years = schoolYears(staging, ratingRows);
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
    // Small: few bytes staged and a mart small enough to hold, whose size follows units × years ×
    // indicators. A national staging is a few tens of MB but its mart millions of rows: it keeps
    // Spark's code generation, adaptive execution and parallel writes.
    boolean small = SparkSessions.bytesUnder(staging, SMALL_STAGING_BYTES)
        && (long) unitYears.size() * indicators.size() <= collectedUnitIndicators;

    try (SmallBuildSettings tuned = SmallBuildSettings.apply(spark, small)) {
      Dataset<Row> stgSubmission = read(staging, StagingTables.SUBMISSION);
      // The tables computed on the driver, written there; the ones Spark computes from staging.
      Map<String, DriverTable> onDriver = new LinkedHashMap<>();
      onDriver.put("dim_unit", new DriverTable(Dimensions.dimUnit(register), Dimensions.DIM_UNIT));
      onDriver.put("dim_school_year", new DriverTable(
          Dimensions.dimSchoolYear(years, settings.schoolYearStarts(), settings.reportingDeadline()), Dimensions.DIM_SCHOOL_YEAR));
      onDriver.put("int_unit_year", new DriverTable(unitYears, Dimensions.UNIT_YEAR));
      onDriver.put("int_unit_ancestor", new DriverTable(ancestors, Dimensions.UNIT_ANCESTOR));
      onDriver.put("fct_rating", new DriverTable(ratingRows, Ratings.SCHEMA));
      // A small build's tables are collected whole to the driver (one action per table), each
      // written without a Spark job.
      boolean collect = small;

      Dataset<Row> dimSchoolYear = frame(onDriver.get("dim_school_year"));
      Dataset<Row> unitYear = frame(onDriver.get("int_unit_year")).cache();
      Dataset<Row> unitAncestor = frame(onDriver.get("int_unit_ancestor")).cache();
      Dataset<Row> current = Facts.current(stgSubmission);
      Map<String, Dataset<Row>> inSpark = new LinkedHashMap<>();
      inSpark.put("fct_submission", Facts.fctSubmission(stgSubmission, dimSchoolYear).cache());
      inSpark.put("fct_figure", Facts.fctFigure(read(staging, StagingTables.FIGURE), current).cache());
      inSpark.put("fct_award", Facts.fctAward(read(staging, StagingTables.AWARD), current).cache());
      inSpark.put("fct_officer_training", Facts.fctOfficerTraining(read(staging, StagingTables.OFFICER), current));

      Dataset<Row> unitFacts = UnitMeasures.unitFacts(unitYear, inSpark.get("fct_figure"),
          inSpark.get("fct_submission"), frame(onDriver.get("fct_rating")), inSpark.get("fct_award"), form.fields())
          .cache();
      Dataset<Row> unitRows = UnitMeasures.rows(unitFacts, indicators);
      Dataset<Row> awardRows = UnitMeasures.awardRows(inSpark.get("fct_award"), unitFacts, indicators);
      if (awardRows != null) {
        unitRows = unitRows.unionByName(awardRows);
      }
      Dataset<Row> martIndicator = IndicatorMart.build(spark, unitRows, unitYear, unitAncestor, indicators);
      inSpark.put("mart_indicator", collect ? martIndicator : martIndicator.cache());

      Path version = store.begin();
      try {
        Map<String, Long> counts = new HashMap<>();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        if (collect) {
          // The mart first: its one action fills the caches of the facts, which the others then read.
          List<Row> mart = martIndicator.collectAsList();
          onDriver.put("mart_target_progress", new DriverTable(targetRows(targets, years, mart), TargetProgress.SCHEMA));
          counts.put("mart_indicator", DriverTableWriter.write("mart_indicator", mart, martIndicator.schema(), version, hadoop));
          for (Map.Entry<String, Dataset<Row>> table : inSpark.entrySet()) {
            if (!table.getKey().equals("mart_indicator")) {
              counts.put(table.getKey(), DriverTableWriter.write(table.getKey(), table.getValue().collectAsList(),
                  table.getValue().schema(), version, hadoop));
            }
          }
        } else {
          onDriver.put("mart_target_progress", new DriverTable(targetRows(targets, years, martIndicator), TargetProgress.SCHEMA));
          for (Map.Entry<String, Dataset<Row>> table : inSpark.entrySet()) {
            counts.put(table.getKey(), WarehouseWriter.write(spark, table.getKey(), table.getValue(), version, small));
          }
        }
        for (Map.Entry<String, DriverTable> table : onDriver.entrySet()) {
          counts.put(table.getKey(), DriverTableWriter.write(table.getKey(), table.getValue().rows(),
              table.getValue().schema(), version, hadoop));
        }
        Map<String, Long> written = new LinkedHashMap<>();
        TABLES.forEach(table -> written.put(table, counts.get(table)));
        WarehouseTests.run(version, written, indicators);
        List<String> labels = years.stream().map(SchoolYear::label).toList();
        Path publishedVersion = store.publish(version, settings.keepWarehouseVersions());
        BuildInputs.record(store.root(), publishedVersion, inputs, written, labels);
        return new Result(store.current().orElseThrow(), written, labels, false);
      } catch (RuntimeException e) {
        store.abandon(version);
        throw e;
      } finally {
        // A session that goes on (cdgd run, the benchmark) keeps none of this build's caches.
        for (Dataset<Row> cached : List.of(unitYear, unitAncestor, unitFacts, inSpark.get("fct_submission"),
            inSpark.get("fct_figure"), inSpark.get("fct_award"), inSpark.get("mart_indicator"))) {
          cached.unpersist(false);
        }
      }
    }
  }

  /** Every table of the warehouse, in the order the build's summary lists them. */
  static final List<String> TABLES = List.of("dim_unit", "dim_school_year", "int_unit_year",
      "int_unit_ancestor", "fct_submission", "fct_figure", "fct_award", "fct_officer_training",
      "fct_rating", "mart_indicator", "mart_target_progress");

  /**
   * Up to this many unit-years × indicators the Spark-computed tables are collected and written on
   * the driver: the mart holds about ten rows per unit-year and indicator (breakdowns and the
   * nodes above), so this keeps it to a few hundred thousand rows, tens of megabytes.
   */
  static final long COLLECTED_UNIT_INDICATORS = 40_000;

  /** A table's rows computed on the driver, with its schema. */
  private record DriverTable(List<Row> rows, StructType schema) {}

  /** The progress of each target, from the mart's values of the targets' units (in the cluster). */
  private List<Row> targetRows(TargetCatalog targets, List<SchoolYear> years, Dataset<Row> mart) {
    List<String> units = targets.terms().stream().map(TargetCatalog.Term::unit).toList();
    if (units.isEmpty()) {
      return List.of();
    }
    return targetRows(targets, years, mart.filter(col("unit_code").isin(units.toArray()))
        .filter(col("value").isNotNull()).collectAsList());
  }

  /** The progress of each target, from rows of the mart (any others among them are ignored). */
  private static List<Row> targetRows(TargetCatalog targets, List<SchoolYear> years, List<Row> mart) {
    Set<String> units = new java.util.HashSet<>(targets.terms().stream().map(TargetCatalog.Term::unit).toList());
    Map<String, Double> values = new HashMap<>();
    for (Row row : mart) {
      String unit = row.getAs("unit_code");
      Double value = row.getAs("value");
      if (units.contains(unit) && value != null) {
        values.put(String.join("|", unit, row.getAs("indicator_code"), row.getAs("breakdown"),
            row.getAs("breakdown_value"), row.getAs("school_year")), value);
      }
    }
    return TargetProgress.rows(targets, years.stream().map(SchoolYear::label).toList(),
        (unit, indicator, breakdown, value, year) ->
            Optional.ofNullable(values.get(String.join("|", unit, indicator, breakdown, value, year))));
  }

  /**
   * The school years of the accepted submissions and of the ratings, read on the driver from the
   * staged submissions (one row per workbook, two columns read): no Spark job before the build's one.
   */
  private List<SchoolYear> schoolYears(Path staging, List<Row> ratings) {
    TreeSet<SchoolYear> years = new TreeSet<>();
    StructType columns = Schemas.of("school_year", DataTypes.StringType, "status", DataTypes.StringType);
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    for (Path file : StagingLayout.parquetFiles(staging.resolve(StagingTables.SUBMISSION))) {
      try (ParquetRowReader rows = ParquetRowReader.open(file.toUri(), columns, hadoop)) {
        rows.forEachRemaining(row -> {
          if ("accepted".equals(row.getString(1)) && row.getString(0) != null) {
            SchoolYear.parse(row.getString(0)).ifPresent(years::add);
          }
        });
      }
    }
    ratings.forEach(r -> SchoolYear.parse(r.getString(0)).ifPresent(years::add));
    return new ArrayList<>(years);
  }

  private Dataset<Row> read(Path staging, String table) {
    return StagingLayout.read(spark, staging.resolve(table), StagingTables.SCHEMAS.get(table));
  }

  private Dataset<Row> frame(DriverTable table) {
    return spark.createDataFrame(table.rows(), table.schema());
  }
}
