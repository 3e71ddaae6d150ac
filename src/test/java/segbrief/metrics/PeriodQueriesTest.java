package segbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.brief.Trend;

/** Views "period view" and "previous period view", query "kpi totals" and the previous period's, on {@link Facts}. */
class PeriodQueriesTest {
    @TempDir
    Path dir;

    @Test
    void all_data_totals_customers_and_no_previous_period() throws Exception {
        try (Facts f = new Facts()) {
            var data = Facts.ingested();
            PeriodViews.create(f.duckdb, data, Period.ALL);
            assertThat(PeriodViews.rows(f.duckdb)).isEqualTo(8);
            var kpis = new KpiTotals(f.duckdb, Facts.spec(dir), data, new ExactMeasures(f.duckdb, data));
            var totals = kpis.totals("kpi totals", MetricsEngine.VIEW);
            assertThat(totals.get("amount").sum()).isEqualTo(215);  // 10 + 20 + 30 + 40 + 50 + 60 + 5
            assertThat(totals.get("amount").mean()).isCloseTo(215 / 7.0, within(1e-12));  // the blank left out
            assertThat(totals.get("items")).isEqualTo(new Metrics.Totals(12, 1.5));
            assertThat(kpis.customers("customers", MetricsEngine.VIEW)).isEqualTo(4);
            assertThat(kpis.orders("orders", MetricsEngine.VIEW)).isZero();  // no order column
            assertThat(kpis.previous(Period.ALL)).isNull();
            assertThat(PeriodViews.span(f.duckdb, "period span", data, MetricsEngine.VIEW))
                    .containsExactly(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 20));
        }
    }

    @Test
    void a_month_and_the_month_before() throws Exception {
        try (Facts f = new Facts()) {
            var data = Facts.ingested();
            Period feb = Period.parse("2023-02");
            PeriodViews.create(f.duckdb, data, feb);
            assertThat(PeriodViews.rows(f.duckdb)).isEqualTo(1);  // a, 20
            var kpis = new KpiTotals(f.duckdb, Facts.spec(dir), data, new ExactMeasures(f.duckdb, data));
            assertThat(kpis.totals("kpi totals", MetricsEngine.VIEW).get("amount")).isEqualTo(new Metrics.Totals(20, 20));
            Metrics.Previous jan = kpis.previous(feb);
            assertThat(jan.label()).isEqualTo("2023-01");
            assertThat(jan.rows()).isEqualTo(4);  // 10, 30, blank, 5
            assertThat(jan.customers()).isEqualTo(3);  // a, b, d
            assertThat(jan.totals().get("amount")).isEqualTo(new Metrics.Totals(45, 15));
            assertThat(jan.totals().get("items")).isEqualTo(new Metrics.Totals(4, 1));
            assertThat(PeriodViews.previousLabel(Period.parse("2023-Q1"))).isEqualTo("2022-Q4");
            assertThat(PeriodViews.previousLabel(Period.parse("2023"))).isEqualTo("2022");
        }
    }

    @Test
    void float_measures_are_summed_as_decimals_wide_enough_for_their_values() throws Exception {
        try (Facts f = new Facts()) {
            var exact = new ExactMeasures(f.duckdb, Facts.ingested());
            assertThat(exact.of("amount")).isEqualTo("CAST(\"amount\" AS DECIMAL(18, 6))");  // largest 60
            assertThat(exact.of("items")).isEqualTo("\"items\"");  // integers are exact
            assertThat(exact.sumOfSquares("items", 8)).isEqualTo("fsum(CAST(\"items\" AS DOUBLE) * CAST(\"items\" AS DOUBLE))");
            f.sql("INSERT INTO facts_all VALUES ('e', 'N', 1e9, 1, DATE '2023-04-01')");
            var billion = new ExactMeasures(f.duckdb, Facts.ingested());
            // squares up to 1e18: exact over 100,000 rows (1e23), summed as doubles over ten million (1e25)
            assertThat(billion.sumOfSquares("amount", 100_000)).startsWith("sum(CAST(\"amount\" AS DECIMAL(38, 6)) *");
            assertThat(billion.sumOfSquares("amount", 10_000_000)).startsWith("fsum(");
            f.sql("INSERT INTO facts_all VALUES ('e', 'N', 2e11, 1, DATE '2023-04-01')");
            assertThat(new ExactMeasures(f.duckdb, Facts.ingested()).of("amount")).isEqualTo("CAST(\"amount\" AS DECIMAL(38, 6))");
        }
    }

    @Test
    void trend_sums_per_month_and_customers_per_month() throws Exception {
        try (Facts f = new Facts()) {
            var spec = Facts.spec(dir);
            Trends trends = new Trends(f.duckdb, "facts", Facts.ingested(), spec);
            // 2023-01-01 to 2023-03-20: 78 days, months but not years
            assertThat(trends.grains(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 20))).containsExactly("month");
            String squares = new ExactMeasures(f.duckdb, Facts.ingested()).sumOfSquares("amount", 8);
            assertThat(squares).as("exact: 60 squared times 8 fits")
                    .isEqualTo("sum(CAST(\"amount\" AS DECIMAL(38, 6)) * CAST(\"amount\" AS DECIMAL(38, 6)))");
            List<Trends.PeriodSum> months = trends.sums("month", SegmentSumsTest.AMOUNT, squares);
            assertThat(months).containsExactly(
                    new Trends.PeriodSum("2023-01-01", 4, 45, 1025),  // 10 30 blank 5: 100 + 900 + 25
                    new Trends.PeriodSum("2023-02-01", 1, 20, 400),
                    new Trends.PeriodSum("2023-03-01", 3, 150, 7700));  // 1600 + 2500 + 3600
            var key = trends.periodKey("month", months);
            assertThat(key.values()).containsExactly("2023-01-01", "2023-02-01", "2023-03-01");
            var customers = new DistinctCustomers(f.duckdb, "facts", "\"cust\"").count(List.of(key));
            List<Trend> t = trends.trends(Map.of("month", months), customers.byKey());
            assertThat(t.getFirst().points()).extracting(Trend.Point::period).containsExactly("2023-01", "2023-02", "2023-03");
            assertThat(t.getFirst().points()).extracting(Trend.Point::customers).containsExactly(3L, 1L, 2L);
        }
    }
}
