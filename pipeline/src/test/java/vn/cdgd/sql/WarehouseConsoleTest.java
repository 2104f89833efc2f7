package vn.cdgd.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cdgd.conf.Workspace;

class WarehouseConsoleTest {
  @TempDir Path workspace;

  @Test
  void createsOneViewPerTableFolderAndNoneForStaging() {
    FakeWarehouse.publish(workspace);
    try (WarehouseConsole console = WarehouseConsole.open(new Workspace(workspace))) {
      assertThat(console.views()).containsExactly("dim_unit", "fct_award", "mart_indicator");
      assertThatThrownBy(() -> console.query("select * from stg_officer"))
          .isInstanceOf(QueryFailedException.class)
          .hasMessageContaining("stg_officer");
    }
  }

  @Test
  void keepsSchoolYearPartitionsAsText() {
    FakeWarehouse.publish(workspace);
    try (WarehouseConsole console = WarehouseConsole.open(new Workspace(workspace))) {
      QueryResult result = console.query(
          "select school_year, typeof(school_year) as type, count(*) as n from mart_indicator"
              + " group by all order by school_year");
      assertThat(result.rows())
          .containsExactly(List.of("2019-2020", "VARCHAR", 3L), List.of("2020-2021", "VARCHAR", 1L));
    }
  }

  @Test
  void readsNonAsciiPartitionValues() {
    FakeWarehouse.publish(workspace);
    try (WarehouseConsole console = WarehouseConsole.open(new Workspace(workspace))) {
      QueryResult result = console.query("select province, form, decision_date from fct_award");
      assertThat(result.rows()).containsExactly(List.of("Đắk Nông", "Bằng khen", LocalDate.of(2020, 10, 6)));
    }
  }

  @Test
  void readsAnUnpartitionedTable() {
    FakeWarehouse.publish(workspace);
    try (WarehouseConsole console = WarehouseConsole.open(new Workspace(workspace))) {
      assertThat(console.query("select count(*) from dim_unit").rows()).containsExactly(List.of(2L));
      assertThat(console.columns().get("dim_unit")).containsExactly("unit_code", "unit_name", "parent_code");
    }
  }

  @Test
  void keepsReadingTheVersionItOpenedWhenANewOneIsPublished() {
    Path first = FakeWarehouse.publish(workspace);
    try (WarehouseConsole console = WarehouseConsole.open(new Workspace(workspace))) {
      FakeWarehouse.publishSecondVersion(workspace);
      assertThat(console.version()).isEqualTo(first.toAbsolutePath().normalize());
      assertThat(console.query("select count(*) from dim_unit").rows()).containsExactly(List.of(2L));
    }
  }

  @Test
  void describesColumnsWithDuckDbTypesAndJavaValues() {
    FakeWarehouse.publish(workspace);
    try (WarehouseConsole console = WarehouseConsole.open(new Workspace(workspace))) {
      QueryResult result = console.query(
          "select numerator, value, 1.50::decimal(5,2) as d from mart_indicator"
              + " where indicator_code = 'I02' and school_year = '2019-2020'");
      assertThat(result.columns()).extracting(QueryResult.Column::type)
          .containsExactly("BIGINT", "DOUBLE", "DECIMAL(5,2)");
      assertThat(result.rows()).containsExactly(List.of(94L, 0.94, new BigDecimal("1.50")));
    }
  }

  @Test
  void refusesAWrongQueryWithDuckDbsMessageInAtMostTwoLines() {
    FakeWarehouse.publish(workspace);
    try (WarehouseConsole console = WarehouseConsole.open(new Workspace(workspace))) {
      assertThatThrownBy(() -> console.query("select nope from dim_unit"))
          .isInstanceOf(QueryFailedException.class)
          .satisfies(e -> assertThat(e.getMessage().lines().count()).isBetween(1L, 2L))
          .hasMessageContaining("nope")
          .hasMessageNotContaining("LINE 1");
    }
  }

  @Test
  void saysToBuildFirstWhenNothingIsPublished() {
    assertThatThrownBy(() -> WarehouseConsole.open(new Workspace(workspace)))
        .isInstanceOf(WarehouseNotPublishedException.class)
        .hasMessageContaining("cdgd build");
  }

  @Test
  void writesNothingUnderTheUsersHome() {
    FakeWarehouse.publish(workspace);
    try (WarehouseConsole console = WarehouseConsole.open(new Workspace(workspace))) {
      QueryResult result = console.query(
          "select current_setting('home_directory'), current_setting('extension_directory'),"
              + " current_setting('autoinstall_known_extensions')");
      Path home = workspace.resolve("output/.duckdb").toAbsolutePath();
      assertThat(result.rows().get(0)).containsExactly(
          home.toString(), home.resolve("extensions").toString(), false);
    }
  }
}
