package segbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import segbrief.brief.SegmentTable;

/** Medians per segment on {@link Facts} (few values: from value counts) and on 601 values (sorted per dimension). */
class SegmentMediansTest {
    @ParameterizedTest(name = "duckdb dialect {0}")
    @ValueSource(booleans = {true, false})
    void few_valued_measures_get_their_medians_from_value_counts(boolean duck) throws Exception {
        try (Facts f = new Facts()) {
            var engine = f.engine(duck);
            SegmentKeys keys = new SegmentKeys(List.of(Facts.region(), Facts.band()), engine.dialect());
            SegmentRows rows = SegmentRows.of("facts", keys, "\"cust\"", List.of(SegmentSumsTest.AMOUNT, "\"items\""));
            var r = SegmentMedians.run(engine, rows, keys, Map.of(
                    0, Set.of("N", "S", SegmentTable.MISSING), 1, Set.of("Under 25", "25+", SegmentTable.MISSING)));

            assertThat(r.distinct()).containsExactly(7, 3);  // 5 10 20 30 40 50 60; 1 2 3
            assertThat(r.medians().get(0).get("N")).containsExactly(15, 1);  // 5 10 | 20 30; 1 1 | 1 2
            assertThat(r.medians().get(0).get("S")).containsExactly(45, 1);  // 40 50; 1 1 3
            assertThat(r.medians().get(0).get(SegmentTable.MISSING)).containsExactly(60, 2);
            assertThat(r.medians().get(1).get("Under 25")).containsExactly(10, 1);  // 5 10 20; 1 1 2
            assertThat(r.medians().get(1).get("25+")).containsExactly(45, 1.5);  // 30 40 | 50 60; 1 1 | 2 3
            assertThat(r.medians().get(1).get(SegmentTable.MISSING)[0]).isNaN();  // no amount
        }
    }

    @Test
    void many_valued_measures_are_sorted_per_dimension() throws Exception {
        try (Facts f = new Facts()) {
            f.sql("CREATE TABLE wide AS SELECT i AS x, CASE WHEN i < 100 THEN 'low' ELSE 'high' END AS g FROM range(601) t(i)");
            Dim g = new Dim("g", "G", "CAST(\"g\" AS VARCHAR)", false, List.of(), null);
            SegmentKeys keys = new SegmentKeys(List.of(g), f.duckdb.dialect());
            var r = SegmentMedians.run(f.duckdb, SegmentRows.of("wide", keys, null, List.of("\"x\"")), keys,
                    Map.of(0, Set.of("low", "high")));
            assertThat(r.distinct()).containsExactly(601);
            assertThat(r.medians().get(0).get("low")).containsExactly(49.5);  // 0..99
            assertThat(r.medians().get(0).get("high")).containsExactly(350);  // 100..600
        }
    }

    @Test
    void value_counts_serve_the_fewest_valued_measures_while_the_combinations_stay_few() {
        // 10 segments: items (3 values) gives 40 combinations, then 400 values 16,040; 600 values are too many
        assertThat(SegmentMedians.discrete(new long[]{600, 3, 400}, 10)).containsExactly(1, 2);
        // 10 × 501 = 5,010, then × 501 = 2.5 million: the second is sorted
        assertThat(SegmentMedians.discrete(new long[]{500, 500}, 10)).containsExactly(0);
    }
}
