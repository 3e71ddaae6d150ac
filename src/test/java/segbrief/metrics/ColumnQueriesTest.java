package segbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.brief.Continuity;
import segbrief.brief.DataQuality.ColumnProfile;
import segbrief.brief.SegmentTable;

/** Queries "column profile", "value per customer" and "per-customer values by segment" on {@link Facts}. */
class ColumnQueriesTest {
    @TempDir
    Path dir;

    @Test
    void missing_and_distinct_values_per_column_with_known_counts_reused() throws Exception {
        try (Facts f = new Facts()) {
            // known already: the customers and the measure's values (taken as given); the rest counted
            List<ColumnProfile> p = ColumnProfiles.run(f.duckdb, "facts", Facts.ingested(), Facts.spec(dir),
                    Map.of("cust", 4L, "amount", 7L), 8);
            assertThat(p.subList(0, 4)).containsExactly(
                    new ColumnProfile("cust", "customer id", "VARCHAR", 1, 4),
                    new ColumnProfile("region", "dimension", "VARCHAR", 1, 2),
                    new ColumnProfile("amount", "primary measure", "DOUBLE", 1, 7),
                    new ColumnProfile("items", "measure", "INTEGER", 0, 3));
            assertThat(p.get(4).column()).isEqualTo("day");
            assertThat(p.get(4).role()).isEqualTo("date");
            assertThat(p.get(4).missing()).isZero();
            assertThat(p.get(4).distinct()).as("eight days, counted exactly").isEqualTo(8);
            // above the exact limit the same query estimates (HyperLogLog); still near 8 here
            List<ColumnProfile> estimated = ColumnProfiles.run(f.duckdb, "facts", Facts.ingested(), Facts.spec(dir),
                    Map.of("cust", 4L, "amount", 7L), segbrief.brief.DataQuality.EXACT_DISTINCT_ROWS + 1);
            assertThat(estimated.get(4).distinct()).isBetween(6L, 10L);
        }
    }

    @Test
    void value_per_customer_overall_and_per_segment() throws Exception {
        try (Facts f = new Facts()) {
            SegmentKeys keys = new SegmentKeys(List.of(Facts.region()), f.duckdb.dialect());
            var values = new CustomerValues(f.duckdb, "facts", Facts.spec(dir), keys, SegmentSumsTest.AMOUNT);
            // per customer: a 30, b 70, c 110, d none: mean 70, variance (1600 + 0 + 1600) / 2
            // per region: N a 30, b 30; S b 40, c 50 (d has no value); none: c 60
            assertThat(values.spreads(4)).containsExactly(
                    new Continuity.Spread(null, null, 4, 70, 1600),
                    new Continuity.Spread("region", SegmentTable.MISSING, 1, 60, Double.NaN),
                    new Continuity.Spread("region", "N", 2, 30, 0),
                    new Continuity.Spread("region", "S", 2, 45, 50));
            assertThat(values.bySegment(List.of("region"), 4).get("region").get("S"))
                    .isEqualTo(new SegmentUnits(2, 90, 1600 + 2500));
        }
    }

    @Test
    void squares_too_large_for_38_digits_are_summed_as_doubles() throws Exception {
        try (Facts f = new Facts()) {
            f.sql("INSERT INTO facts_all VALUES ('e', 'N', 1e14, 1, DATE '2023-04-01')");
            SegmentKeys keys = new SegmentKeys(List.of(Facts.region()), f.duckdb.dialect());
            String amount = new ExactMeasures(f.duckdb, Facts.ingested()).of("amount");
            var north = new CustomerValues(f.duckdb, "facts", Facts.spec(dir), keys, amount)
                    .bySegment(List.of("region"), 5).get("region").get("N");
            // a 30, b 30, e 1e14: its square, 1e28 with twelve places, has 40 digits
            assertThat(north.n()).isEqualTo(3);
            assertThat(north.sum()).isEqualTo(1e14 + 60);
            assertThat(north.sumSquares()).isCloseTo(1e28 + 1800, org.assertj.core.api.Assertions.withinPercentage(1e-9));
        }
    }
}
