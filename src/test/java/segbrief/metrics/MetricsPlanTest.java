package segbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.brief.SegmentTable;
import segbrief.engine.Dialect;
import segbrief.engine.Engine;
import segbrief.engine.Rows;

/** The planner on {@link Facts}: the figures put together, and which named queries it runs. */
class MetricsPlanTest {
    @TempDir
    Path dir;

    @Test
    void the_whole_plan_on_eight_facts_and_one_per_customer_pass_per_column() throws Exception {
        try (Facts f = new Facts()) {
            List<String> names = new ArrayList<>();
            Engine counting = counting(f.duckdb, names);
            MetricsEngine plan = new MetricsEngine(counting, Facts.ingested(), Facts.spec(dir), Period.ALL, EdgeText.PLAIN);
            Metrics m = plan.compute();

            assertThat(m.rows()).isEqualTo(8);
            assertThat(m.customers()).isEqualTo(4);
            SegmentTable region = m.segments("region");
            // ordered by amount: S 90, N 65, then missing last
            assertThat(region.rows()).extracting(SegmentTable.Row::segment).containsExactly("S", "N", SegmentTable.MISSING);
            assertThat(region.rows()).extracting(SegmentTable.Row::customers).containsExactly(3L, 2L, 1L);
            assertThat(region.rows().getFirst().measures().get("amount").median()).isEqualTo(45);
            assertThat(region.rows().getFirst().measures().get("amount").share()).isEqualTo(90 / 215.0);
            assertThat(m.trends()).singleElement().satisfies(t -> assertThat(t.points()).hasSize(3));

            plan.valuesPerCustomer(List.of("region"), m.customers());
            var spreads = plan.spreads(m.customers());
            assertThat(spreads).hasSize(4);  // everyone, then (missing), N, S
            assertThat(names).filteredOn("per-customer values by segment"::equals).hasSize(1);
            assertThat(names).contains("period view", "kpi totals", "segment sums", "distinct customers by segment mask",
                    "distinct measure values", "segment medians from value counts", "trend sums by month", "column profile",
                    "value per customer");
        }
    }

    private static Engine counting(Engine e, List<String> names) {
        return new Engine() {
            @Override public String name() { return e.name(); }
            @Override public Dialect dialect() { return e.dialect(); }
            @Override public Rows query(String name, String sql) { names.add(name); return e.query(name, sql); }
            @Override public void execute(String name, String sql) { names.add(name); e.execute(name, sql); }
            @Override public void close() { e.close(); }
        };
    }
}
