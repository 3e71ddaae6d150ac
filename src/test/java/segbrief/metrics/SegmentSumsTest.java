package segbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import segbrief.brief.SegmentTable;

/** Query "segment sums" on {@link Facts}, figures worked out from the table by hand. */
class SegmentSumsTest {
    static final String AMOUNT = "CAST(\"amount\" AS DECIMAL(18, 6))";

    @ParameterizedTest(name = "duckdb dialect {0}")
    @ValueSource(booleans = {true, false})
    void sums_means_values_and_variance_per_segment_and_per_cell(boolean duck) throws Exception {
        try (Facts f = new Facts()) {
            var engine = f.engine(duck);
            SegmentKeys keys = new SegmentKeys(List.of(Facts.region(), Facts.band()), engine.dialect());
            SegmentRows rows = SegmentRows.of("facts", keys, "\"cust\"", List.of(AMOUNT, "\"items\""));
            SegmentSums.Result r = SegmentSums.run(engine, rows, keys, 0, List.of(List.of(0, 1)));

            assertThat(r.of(0)).containsOnlyKeys("N", "S", SegmentTable.MISSING);
            SegmentSums.Sums north = r.of(0).get("N");  // 10, 20, 30, 5; items 1, 2, 1, 1
            assertThat(north.rows()).isEqualTo(4);
            assertThat(north.sum()).containsExactly(65, 5);
            assertThat(north.mean()).containsExactly(16.25, 1.25);
            assertThat(north.values()).containsExactly(4, 4);
            // squared deviations from 16.25: 39.0625 + 14.0625 + 189.0625 + 126.5625 = 368.75, over 3
            assertThat(north.variance()).isCloseTo(368.75 / 3, within(1e-9));
            SegmentSums.Sums south = r.of(0).get("S");  // 40, 50, blank; items 3, 1, 1
            assertThat(south.rows()).isEqualTo(3);
            assertThat(south.sum()).containsExactly(90, 5);
            assertThat(south.mean()[0]).isEqualTo(45);
            assertThat(south.mean()[1]).isCloseTo(5 / 3.0, within(1e-12));
            assertThat(south.values()).containsExactly(2, 3);
            assertThat(south.variance()).isEqualTo(50);  // (25 + 25) / 1
            SegmentSums.Sums missing = r.of(0).get(SegmentTable.MISSING);
            assertThat(missing.rows()).isEqualTo(1);
            assertThat(missing.sum()).containsExactly(60, 2);
            assertThat(missing.variance()).isNaN();

            // the bin is grouped by branch number and read back as its label
            assertThat(r.of(1)).containsOnlyKeys("Under 25", "25+", SegmentTable.MISSING);
            assertThat(r.of(1).get("Under 25").sum()).containsExactly(35, 4);
            assertThat(r.of(1).get("25+").sum()).containsExactly(180, 7);
            assertThat(r.of(1).get(SegmentTable.MISSING).rows()).isEqualTo(1);
            assertThat(r.of(1).get(SegmentTable.MISSING).sum()[0]).isNaN();
            assertThat(r.of(1).get(SegmentTable.MISSING).values()).containsExactly(0, 1);

            var cells = r.of(0, 1);
            assertThat(cells).containsOnlyKeys(List.of("N", "Under 25"), List.of("N", "25+"), List.of("S", "25+"),
                    List.of("S", SegmentTable.MISSING), List.of(SegmentTable.MISSING, "25+"));
            // 10, 20, 5: mean 35 / 3, squared deviations 25 / 9 + 625 / 9 + 400 / 9, over 2
            SegmentSums.Cell low = cells.get(List.of("N", "Under 25"));
            assertThat(low.sum()).isEqualTo(35);
            assertThat(low.rows()).isEqualTo(3);
            assertThat(low.values()).isEqualTo(3);
            assertThat(low.variance()).isCloseTo(1050 / 9.0 / 2, within(1e-9));
            assertThat(cells.get(List.of("S", "25+"))).isEqualTo(new SegmentSums.Cell(90, 2, 2, 50));
            assertThat(cells.get(List.of("S", SegmentTable.MISSING)).values()).isZero();
        }
    }
}
