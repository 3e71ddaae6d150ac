package segbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import segbrief.brief.SegmentTable;
import segbrief.engine.Dialect;

/**
 * Distinct customers per segment on {@link Facts}, by bit masks (DuckDB) and by count DISTINCT per key (the portable
 * strategy): the same counts either way. The row without a customer counts for no segment.
 */
class DistinctCustomersTest {
    static final List<String> MONTHS = List.of("2023-01-01", "2023-02-01", "2023-03-01");

    @ParameterizedTest(name = "duckdb dialect {0}")
    @ValueSource(booleans = {true, false})
    void customers_per_value_by_text_by_branch_and_by_period(boolean duck) throws Exception {
        try (Facts f = new Facts()) {
            var engine = f.engine(duck);
            assertThat(engine.dialect().distinctCounting())
                    .isEqualTo(duck ? Dialect.DistinctCounting.BITMASK : Dialect.DistinctCounting.PER_KEY);
            Dim.Case band = Facts.band().branches();
            var counts = new DistinctCustomers(engine, "facts", "\"cust\"").count(List.of(
                    DistinctCustomers.Keyed.byValue(Facts.region().sql(), List.of("N", "S")),
                    DistinctCustomers.Keyed.byPosition(band.branchSql(engine.dialect()), band.branchLabels()),
                    DistinctCustomers.Keyed.byPosition("year(day) * 12 + month(day) - 24276", MONTHS)));

            assertThat(counts.total()).isEqualTo(4);  // a, b, c, d
            assertThat(counts.byKey().get(0)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("N", 2L, "S", 3L, SegmentTable.MISSING, 1L));  // N: a b; S: b c d; none: c
            assertThat(counts.byKey().get(1)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("Under 25", 1L, "25+", 2L, SegmentTable.MISSING, 1L));  // a; b c; d (no amount)
            assertThat(counts.byKey().get(2)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("2023-01-01", 3L, "2023-02-01", 1L, "2023-03-01", 2L));  // a b d; a; b c
        }
    }

    @Test
    void more_values_than_a_mask_holds_are_counted_by_their_own_query() throws Exception {
        try (Facts f = new Facts()) {
            List<String> values = new ArrayList<>(List.of("N", "S"));
            for (int i = 0; values.size() <= DistinctCustomers.MASK_BITS; i++) values.add("x" + i);
            var counts = new DistinctCustomers(f.duckdb, "facts", "\"cust\"")
                    .count(List.of(DistinctCustomers.Keyed.byValue(Facts.region().sql(), values.stream().sorted().toList())));
            assertThat(counts.total()).isEqualTo(4);
            assertThat(counts.byKey().getFirst()).containsExactlyInAnyOrderEntriesOf(
                    Map.of("N", 2L, "S", 3L, SegmentTable.MISSING, 1L));
        }
    }

    @Test
    void without_a_customer_column_every_row_is_one() throws Exception {
        try (Facts f = new Facts()) {
            var counts = new DistinctCustomers(f.duckdb, "facts", null).count(List.of());
            assertThat(counts.total()).isEqualTo(8);
        }
    }
}
