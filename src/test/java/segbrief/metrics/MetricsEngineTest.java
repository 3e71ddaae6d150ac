package segbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.TestData;
import segbrief.TestData.Donation;
import segbrief.brief.Brief;
import segbrief.brief.CrossTab;
import segbrief.brief.SegmentTable;
import segbrief.pipeline.BriefPipeline;
import segbrief.pipeline.Timings;
import segbrief.spec.SpecLoader;

/** Every metric against values worked out here with plain Java over the same rows. */
class MetricsEngineTest {
    @TempDir
    static Path dir;
    static List<Donation> rows;
    static Brief all;
    static Brief year2023;

    @BeforeAll
    static void run() {
        rows = TestData.donations(900, 7);
        TestData.write(dir, "donations.csv", TestData.csv(rows));
        Path spec = TestData.write(dir, "brief.yaml", TestData.SPEC);
        all = new BriefPipeline(new Timings()).compute(SpecLoader.load(spec), new BriefPipeline.Options(null, dir.resolve("tmp"), "1GB")).brief();
        year2023 = new BriefPipeline(new Timings()).compute(SpecLoader.load(spec), new BriefPipeline.Options("2023", dir.resolve("tmp"), "1GB")).brief();
    }

    @Test
    void kpis_match_plain_sums() {
        double total = rows.stream().mapToDouble(Donation::amount).sum();
        long donors = rows.stream().map(Donation::donor).distinct().count();
        assertThat(kpi(all, "amount.sum")).isCloseTo(total, within(1e-6));
        assertThat(kpi(all, "customers")).isEqualTo(donors);
        assertThat(kpi(all, "rows")).isEqualTo(rows.size());
        assertThat(kpi(all, "amount.mean")).isCloseTo(total / rows.size(), within(1e-9));
        assertThat(all.quality().rowsRead()).isEqualTo(900);
        assertThat(all.quality().rowsRejected()).isZero();
    }

    @Test
    void segment_table_has_every_category_with_sum_count_customers_median_and_share() {
        SegmentTable t = table(all, "category");
        Map<String, List<Donation>> groups = rows.stream().collect(Collectors.groupingBy(
                d -> Objects.requireNonNullElse(d.category(), SegmentTable.MISSING), TreeMap::new, Collectors.toList()));
        assertThat(t.rows()).extracting(SegmentTable.Row::segment).containsExactlyInAnyOrderElementsOf(groups.keySet());
        double total = rows.stream().mapToDouble(Donation::amount).sum();
        for (SegmentTable.Row r : t.rows()) {
            List<Donation> g = groups.get(r.segment());
            double sum = g.stream().mapToDouble(Donation::amount).sum();
            assertThat(r.count()).isEqualTo(g.size());
            assertThat(r.customers()).isEqualTo(g.stream().map(Donation::donor).distinct().count());
            assertThat(r.measures().get("amount").sum()).isCloseTo(sum, within(1e-6));
            assertThat(r.measures().get("amount").mean()).isCloseTo(sum / g.size(), within(1e-9));
            assertThat(r.measures().get("amount").median()).isCloseTo(median(g), within(1e-9));
            assertThat(r.measures().get("amount").share()).isCloseTo(sum / total, within(1e-12));
        }
    }

    @Test
    void segments_are_sorted_by_primary_sum_with_missing_kept() {
        SegmentTable t = table(all, "category");
        List<Double> sums = t.rows().stream().filter(r -> !r.segment().equals(SegmentTable.MISSING))
                .map(r -> r.measures().get("amount").sum()).toList();
        assertThat(sums).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(t.rows().getLast().segment()).isEqualTo(SegmentTable.MISSING);
        assertThat(t.rows().getLast().count()).isEqualTo(rows.stream().filter(d -> d.category() == null).count());
    }

    @Test
    void age_brackets_follow_the_edges_in_order() {
        SegmentTable t = table(all, "age");
        assertThat(t.binned()).isTrue();
        Function<Integer, String> bracket = a -> a == null ? SegmentTable.MISSING : a < 18 ? "Under 18" : a < 25 ? "18-24"
                : a < 35 ? "25-34" : a < 45 ? "35-44" : a < 55 ? "45-54" : a < 65 ? "55-64" : "65+";
        Map<String, Long> expected = rows.stream().collect(Collectors.groupingBy(d -> bracket.apply(d.age()), Collectors.counting()));
        assertThat(t.rows()).extracting(SegmentTable.Row::segment)
                .containsExactly("18-24", "25-34", "35-44", "45-54", "55-64", "65+", SegmentTable.MISSING);
        for (SegmentTable.Row r : t.rows()) assertThat(r.count()).as(r.segment()).isEqualTo(expected.get(r.segment()));
    }

    @Test
    void crosstab_cells_sum_the_primary_measure() {
        CrossTab x = all.crossTabs().stream().filter(c -> c.rowColumn().equals("device") && c.columnColumn().equals("gender"))
                .findFirst().orElseThrow();
        for (int r = 0; r < x.rows().size(); r++) {
            for (int c = 0; c < x.columns().size(); c++) {
                String dev = x.rows().get(r);
                String gen = x.columns().get(c);
                double sum = rows.stream().filter(d -> d.device().equals(dev) && d.gender().equals(gen)).mapToDouble(Donation::amount).sum();
                assertThat(x.sums().get(r).get(c)).isCloseTo(sum, within(1e-6));
            }
        }
        assertThat(x.total()).isCloseTo(rows.stream().mapToDouble(Donation::amount).sum(), within(1e-6));
    }

    @Test
    void the_period_filters_rows_and_compares_with_the_year_before() {
        List<Donation> in = rows.stream().filter(d -> d.date().startsWith("2023")).toList();
        List<Donation> before = rows.stream().filter(d -> d.date().startsWith("2022")).toList();
        double now = in.stream().mapToDouble(Donation::amount).sum();
        double prev = before.stream().mapToDouble(Donation::amount).sum();
        assertThat(year2023.meta().periodLabel()).isEqualTo("2023");
        assertThat(kpi(year2023, "rows")).isEqualTo(in.size());
        assertThat(kpi(year2023, "amount.sum")).isCloseTo(now, within(1e-6));
        var k = year2023.kpis().stream().filter(x -> x.key().equals("amount.sum")).findFirst().orElseThrow();
        assertThat(k.change()).isCloseTo((now - prev) / prev, within(1e-9));
    }

    @Test
    void monthly_trend_counts_every_dated_row() {
        var trend = all.trends().stream().filter(t -> t.grain().equals("month")).findFirst().orElseThrow();
        assertThat(trend.points().stream().mapToLong(p -> p.count()).sum()).isEqualTo(rows.size());
        Map<String, Double> byMonth = new TreeMap<>();
        rows.forEach(d -> byMonth.merge(d.date().substring(0, 7), d.amount(), Double::sum));
        assertThat(trend.points()).extracting(p -> p.period()).containsExactlyElementsOf(byMonth.keySet());
        trend.points().forEach(p -> assertThat(p.sum()).isCloseTo(byMonth.get(p.period()), within(1e-6)));
        Map<String, java.util.Set<String>> donors = new TreeMap<>();
        rows.forEach(d -> donors.computeIfAbsent(d.date().substring(0, 7), k -> new java.util.HashSet<>()).add(d.donor()));
        trend.points().forEach(p -> assertThat(p.customers()).as(p.period()).isEqualTo(donors.get(p.period()).size()));
    }

    @Test
    void the_top_category_answer_quotes_its_total_and_share() {
        SegmentTable t = table(all, "category");
        SegmentTable.Row lead = t.rows().getFirst();
        var f = all.formats();
        String total = f.compact(lead.measures().get("amount").sum(), segbrief.brief.ValueKind.MONEY);
        segbrief.brief.Claim claim = all.claims().stream().filter(c -> c.id().equals("lead:category:" + lead.segment()))
                .findFirst().orElseThrow();
        // a lead that passes its test is stated with its share; one that does not is "too close to call"
        if (claim.passed()) {
            assertThat(all.findings().getFirst().answer()).startsWith(lead.segment() + " leads with " + total)
                    .contains(f.percent(lead.measures().get("amount").share()));
        } else {
            assertThat(all.findings().getFirst().answer())
                    .startsWith(lead.segment() + " and " + claim.against() + " are too close to call (" + total + " against ");
        }
    }

    private static double median(List<Donation> g) {
        List<Double> v = new ArrayList<>(g.stream().map(Donation::amount).sorted().toList());
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    private static double kpi(Brief b, String key) {
        return b.kpis().stream().filter(k -> k.key().equals(key)).findFirst().orElseThrow().value();
    }

    private static SegmentTable table(Brief b, String column) {
        return b.segments().stream().filter(s -> s.column().equals(column)).findFirst().orElseThrow();
    }
}
